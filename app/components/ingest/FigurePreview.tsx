'use client';
import { Fragment, useState, type ReactNode } from 'react';
import type { IngestedFigure, IngestResult } from '@/server/ingest/result';
import type { RowEdit } from '@/server/ingest/edit-schema';
import { segmentText } from '@/server/domain/highlight';
import { formatInterval } from '@/server/domain/value';
import { dateLabel } from '@/server/domain/attribution';
import { PreviewRowEdit } from './PreviewRowEdit';

const DECISION: Record<IngestedFigure['decision'], string> = { 'accepted-automatically': 'accept automatically', 'needs-review': 'needs review', accepted: 'accepted by you', 'set-aside': 'set aside (incidental)' };

/** What a preview's rows can do when a person may edit them (before storing, with the admin token). */
export interface PreviewEditing {
  /** The rows as first previewed, before any edit. */
  base: IngestResult;
  edits: Record<string, RowEdit>;
  /** Set (or with null clear) one row's edit and preview again; rejects with the server's message. */
  onApply(claimId: string, edit: RowEdit | null): Promise<void>;
  busy: boolean;
}

/** The text with every figure found highlighted, and a row per figure saying what Tally made of it; editable row by row. */
export function FigurePreview({ result, text, children, editing }: { result: IngestResult; text: string; children?: ReactNode; editing?: PreviewEditing }) {
  const [open, setOpen] = useState<string | null>(null);
  const dropped = new Set((result.dropped ?? []).map((f) => f.claimId));
  const rows = [...result.figures, ...(result.dropped ?? [])].sort((a, b) => a.start - b.start || a.claimId.localeCompare(b.claimId));
  const baseOf = new Map((editing?.base.figures ?? []).map((f) => [f.claimId, f]));
  const focusRow = (id: string) => window.setTimeout(() => document.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(id)}"] [data-edit-row]`)?.focus(), 0);
  const segments = segmentText(
    text,
    result.figures.map((f) => ({ id: f.claimId, start: f.start, end: f.end })),
    null,
  );
  const byId = new Map(result.figures.map((f) => [f.claimId, f]));
  return (
    <section className="preview" aria-labelledby="preview-h" data-testid="preview">
      <h2 id="preview-h">
        {rows.length} figure{rows.length === 1 ? '' : 's'} found
        {dropped.size > 0 && <span className="muted">, {dropped.size} dropped</span>}
      </h2>
      <p className="small muted">
        {result.outlet} · {dateLabel(result.published, result.publishedEstimate)} · {result.accepted} would be accepted automatically, {result.needsReview} would wait for
        review{result.reviewed ? `, ${result.reviewed} accepted by you` : ''}.
        {!result.published && result.publishedEstimate && <> {result.publishedEstimate.reason}</>}
      </p>
      {editing && !result.stored && (
        <p className="small muted no-print" data-testid="preview-edit-hint">
          Correct a row before storing: <strong>Edit</strong> its speaker, hedge, interval, unit, date or measure (or name a new measure or topic), or <strong>Drop</strong> what is
          no figure. What is stored is what this table shows; each edit is kept in the figure’s history.
        </p>
      )}
      {children}
      <div className="table-wrap">
        <table className="data preview-table">
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Interval</th>
              <th scope="col">Qualifier</th>
              <th scope="col">Speaker</th>
              <th scope="col">As of</th>
              <th scope="col">Proposed measure</th>
              <th scope="col">Decision</th>
              {editing && (
                <th scope="col" className="no-print">
                  <span className="sr-only">Edit</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((f) => {
              const isDropped = dropped.has(f.claimId);
              const base = baseOf.get(f.claimId) ?? f;
              const edit = editing?.edits[f.claimId];
              return (
                <Fragment key={f.claimId}>
                  <tr data-figure={f.text} data-row-id={f.claimId} data-edited={f.edited ? 'true' : undefined} data-dropped={isDropped ? 'true' : undefined} className={isDropped ? 'row--dropped' : f.edited ? 'row--edited' : undefined}>
                    <td data-label="Figure">
                      <div>
                        <strong>{f.stance === 'denies' ? `Denied: “${f.text}”` : f.text}</strong>
                        {f.edited && <span className="tag tag--edited">edited</span>}
                      </div>
                    </td>
                    <td className="num" data-label="Interval">
                      {f.stance === 'denies' ? '—' : formatInterval(f.value)} {f.unit}
                    </td>
                    <td data-label="Qualifier">{f.value.qualifier}</td>
                    <td data-label="Speaker">{f.speaker ?? <span className="muted">—</span>}</td>
                    <td data-label="As of">{f.asOfText ?? f.asOf ?? 'unknown'}</td>
                    <td data-label="Measure">
                      <div>
                        {f.measureTitle}
                        {f.newMeasure && <span className="muted small"> (new)</span>}
                        <div className="small muted">{f.decision === 'accepted' ? 'chosen by you' : `${Math.round(f.confidence * 100)}% sure`}</div>
                      </div>
                    </td>
                    <td className="row-decision" data-label="Decision">{isDropped ? <strong>dropped: not stored</strong> : DECISION[f.decision]}</td>
                    {editing && (
                      <td className="no-print preview-row-actions">
                        {isDropped ? (
                          <button type="button" className="btn btn--small" disabled={editing.busy} data-edit-row onClick={() => editing.onApply(f.claimId, null).then(() => focusRow(f.claimId), () => undefined)} aria-label={`Keep ${f.text}`}>
                            Keep
                          </button>
                        ) : (
                          <>
                            <button type="button" className="btn btn--small" data-edit-row aria-expanded={open === f.claimId} aria-label={`Edit ${f.text}`} onClick={() => setOpen(open === f.claimId ? null : f.claimId)}>
                              Edit
                            </button>
                            <button
                              type="button"
                              className="btn btn--small"
                              disabled={editing.busy}
                              aria-label={`Drop ${f.text}`}
                              onClick={() => (setOpen(null), editing.onApply(f.claimId, { claimId: f.claimId, drop: true }).then(() => focusRow(f.claimId), () => undefined))}
                            >
                              Drop
                            </button>
                          </>
                        )}
                      </td>
                    )}
                  </tr>
                  {editing && open === f.claimId && !isDropped && (
                    <tr className="preview-edit-row">
                      <td colSpan={8}>
                        <PreviewRowEdit
                          figure={f}
                          base={base}
                          edit={edit}
                          published={result.published}
                          onApply={(e) => editing.onApply(f.claimId, e)}
                          onClose={() => (setOpen(null), focusRow(f.claimId))}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
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
