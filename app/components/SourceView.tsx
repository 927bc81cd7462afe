'use client';
import Link from 'next/link';
import { useEffect, useMemo } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useTRPC } from '@/app/trpc/client';
import { segmentText, type Segment } from '@/server/domain/highlight';
import { furnitureLines } from '@/server/extract/text/furniture';
import { dateLabel } from '@/server/domain/attribution';
import { isActive } from '@/server/domain/flags/active';
import { ClaimPanel } from './ClaimPanel';
import { FlagList } from './FlagList';
import { RetractionNotice, SourceHistory } from './SourceHistory';

/** The article with every figure highlighted; the selected claim's sentence is marked and in view. */
export function SourceView({ id, selected }: { id: string; selected: string | null }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.sources.get.queryOptions({ id }));
  const { source, original, claims, flags, measures } = data;
  const claim = claims.find((c) => c.id === selected) ?? null;
  const shown = claims.filter((c) => isActive(c) || c.id === selected);
  // Figures set aside as incidental stay on their article, marked apart, counted nowhere (listed on /review?show=set-aside).
  const aside = claims.filter((c) => c.review === 'set-aside' && c.id !== selected);
  const retracted = claims.filter((c) => c.review === 'retracted').length;
  // Scanning every line of the text is worth doing once per article, not once per selection.
  const furniture = useMemo(() => furnitureLines(source.text), [source.text]);
  const segments = useMemo(
    () =>
      segmentText(
        source.text,
        [...shown, ...aside].map((c) => ({ id: c.id, start: c.figureStart, end: c.figureEnd })),
        claim ? { start: claim.start, end: claim.end } : null,
        furniture,
      ),
    [source.text, shown, aside, claim, furniture],
  );
  const byId = new Map(claims.map((c) => [c.id, c]));

  useEffect(() => {
    if (!selected) return;
    const el = document.getElementById(`claim-${selected}`) ?? document.querySelector<HTMLElement>('.quote--selected');
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
    }
  }, [selected]);

  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb">
        <Link href="/">Dashboard</Link> / <Link href="/sources">Sources</Link>
      </nav>
      <p className="eyebrow">Source</p>
      <h1>{source.title}</h1>
      <p className="source-meta" data-testid="source-meta">
        <strong>{source.outlet}</strong>
        {source.wire && source.wire !== source.outlet ? ` (via ${source.wire})` : ''} ·{' '}
        <span data-testid="source-date">{dateLabel(source.published, source.publishedEstimate)}</span>
        {source.url && (
          <>
            {' '}
            · <a href={source.url} rel="noopener noreferrer">original</a>
          </>
        )}
      </p>
      {original && (
        <p className="source-reprint small" data-testid="source-reprint">
          Reprint of <Link href={`/sources/${original.id}`}>{original.outlet}: “{original.title}”</Link>
          {original.published ? `, ${dateLabel(original.published, null)}` : ''} — its figures count as that source’s, not as another origin.
        </p>
      )}
      {!source.published && source.publishedEstimate && <p className="estimate-note small">{source.publishedEstimate.reason}</p>}
      <RetractionNotice id={source.id} />
      <div className="source-layout">
        <aside className="source-aside" aria-label="Figures in this article">
          {selected && !claim && <p className="state small">No figure “{selected}” in this article.</p>}
          {claim && (
            <ClaimPanel
              claim={claim}
              measureTitle={measures.find((m) => m.id === claim.measureId)?.title ?? claim.measureId}
              flags={flags.filter((f) => f.claimIds.includes(claim.id))}
            />
          )}
          <h2 className="aside-h">{shown.length === 0 && retracted > 0 ? 'No figure of this article counts' : `${shown.length} figures in this article`}</h2>
          {retracted > 0 && <p className="small muted">{retracted.toLocaleString('en-GB')} retracted: kept in the history below, counted nowhere.</p>}
          <ol className="figure-list">
            {shown.map((c) => (
              <li key={c.id} aria-current={c.id === selected ? 'true' : undefined}>
                <Link href={`/sources/${source.id}?claim=${c.id}#claim-${c.id}`} scroll={false}>
                  {c.stance === 'denies' ? `Denied: “${c.value.text}”` : c.value.text}
                </Link>{' '}
                <span className="muted small">· {c.unit}</span>
              </li>
            ))}
          </ol>
          {aside.length > 0 && (
            <details className="small source-aside-set" data-testid="source-set-aside">
              <summary>
                {aside.length.toLocaleString('en-GB')} set aside as incidental, counted nowhere
              </summary>
              <ol className="figure-list">
                {aside.map((c) => (
                  <li key={c.id}>
                    <Link href={`/sources/${source.id}?claim=${c.id}#claim-${c.id}`} scroll={false}>
                      {c.value.text}
                    </Link>{' '}
                    <span className="muted">· {c.unit}</span>
                  </li>
                ))}
              </ol>
              <p className="muted">
                <Link href="/review?show=set-aside">Set aside on /review</Link>: promote one that is a real claim.
              </p>
            </details>
          )}
          {flags.length > 0 && (
            <>
              <h2 className="aside-h">Flags touching this article</h2>
              <FlagList flags={flags} />
            </>
          )}
        </aside>
        <article className="article-text" data-testid="article-text">
          {segments.map((s, i) => {
            if (s.furniture) return i > 0 && segments[i - 1].furniture ? null : <Furniture key={s.start} run={furnitureRun(segments, i)} />;
            // On a phone the panel is above the text: repeat who and when right after the quote.
            const note =
              claim && s.inQuote && !segments[i + 1]?.inQuote ? (
                <span className="inline-claim" data-testid="inline-claim">
                  {claim.citation} · {dateLabel(claim.published, claim.publishedEstimate)}
                </span>
              ) : null;
            const c = s.markId ? byId.get(s.markId) : undefined;
            const body = c ? (
              <mark
                key={s.start}
                id={`claim-${c.id}`}
                data-claim-id={c.id}
                data-review={c.review === 'set-aside' ? 'set-aside' : undefined}
                tabIndex={-1}
                className={c.id === selected ? 'mark--selected' : c.review === 'set-aside' ? 'mark--aside' : undefined}
              >
                <Link href={`/measures/${c.measureId}`} title={c.review === 'set-aside' ? `${c.value.text}: set aside as incidental, counted nowhere` : `${c.value.text}: see every figure for this measure`}>
                  {s.text}
                </Link>
              </mark>
            ) : (
              s.text
            );
            return s.inQuote ? (
              <span key={s.start}>
                <span className="quote--selected" data-quote-of={selected ?? undefined}>
                  {body}
                </span>
                {note}
              </span>
            ) : (
              <span key={s.start}>{body}</span>
            );
          })}
        </article>
      </div>
      <SourceHistory id={source.id} />
    </>
  );
}

/** The furniture segments from i on, joined: one folded block per run. */
function furnitureRun(segments: Segment[], i: number): string {
  let text = '';
  for (let k = i; k < segments.length && segments[k].furniture; k++) text += segments[k].text;
  return text;
}

/**
 * Scraped page furniture (icon lists, share bars) is kept in the stored text, so every quote's
 * offsets stay true, but folded away: a reader opens it only to check what the scraper kept.
 */
function Furniture({ run }: { run: string }) {
  return (
    <details className="furniture" data-testid="furniture">
      <summary>Page furniture kept by the scraper ({run.length.toLocaleString('en-GB')} characters of icons and menus, not part of the article)</summary>
      <span className="furniture__text">{run}</span>
    </details>
  );
}
