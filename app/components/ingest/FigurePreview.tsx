'use client';
import type { ReactNode } from 'react';
import type { IngestResult } from '@/server/ingest/result';
import { segmentText } from '@/server/domain/highlight';
import { formatInterval } from '@/server/domain/value';
import { dateLabel } from '@/server/domain/attribution';

/** The text with every figure found highlighted, and a row per figure saying what Tally made of it. */
export function FigurePreview({ result, text, children }: { result: IngestResult; text: string; children?: ReactNode }) {
  const segments = segmentText(
    text,
    result.figures.map((f) => ({ id: f.claimId, start: f.start, end: f.end })),
    null,
  );
  const byId = new Map(result.figures.map((f) => [f.claimId, f]));
  return (
    <section className="preview" aria-labelledby="preview-h" data-testid="preview">
      <h2 id="preview-h">
        {result.figures.length} figure{result.figures.length === 1 ? '' : 's'} found
      </h2>
      <p className="small muted">
        {result.outlet} · {dateLabel(result.published, result.publishedEstimate)} · {result.accepted} would be accepted automatically, {result.needsReview} would wait for
        review.
        {!result.published && result.publishedEstimate && <> {result.publishedEstimate.reason}</>}
      </p>
      {children}
      <div className="table-wrap">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Interval</th>
              <th scope="col">Qualifier</th>
              <th scope="col">Speaker</th>
              <th scope="col">As of</th>
              <th scope="col">Proposed measure</th>
              <th scope="col">Decision</th>
            </tr>
          </thead>
          <tbody>
            {result.figures.map((f) => (
              <tr key={f.claimId} data-figure={f.text}>
                <td>
                  <strong>{f.stance === 'denies' ? `Denied: “${f.text}”` : f.text}</strong>
                </td>
                <td className="num">
                  {f.stance === 'denies' ? '—' : formatInterval(f.value)} {f.unit}
                </td>
                <td>{f.value.qualifier}</td>
                <td>{f.speaker ?? <span className="muted">—</span>}</td>
                <td>{f.asOf ?? 'unknown'}</td>
                <td>
                  {f.measureTitle}
                  {f.newMeasure && <span className="muted small"> (new)</span>}
                  <div className="small muted">{Math.round(f.confidence * 100)}% sure</div>
                </td>
                <td>{f.decision === 'accepted-automatically' ? 'accept automatically' : 'needs review'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="aside-h">The text, with the figures found</h3>
      <div className="article-text preview__text">
        {segments.map((s) => {
          const f = s.markId ? byId.get(s.markId) : undefined;
          return f ? (
            <mark key={s.start} data-claim-id={f.claimId} title={`${f.measureTitle} · ${Math.round(f.confidence * 100)}%`} className={f.decision === 'needs-review' ? 'mark--unsure' : undefined}>
              {s.text}
            </mark>
          ) : (
            <span key={s.start}>{s.text}</span>
          );
        })}
      </div>
    </section>
  );
}
