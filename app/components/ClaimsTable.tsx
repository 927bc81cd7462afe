'use client';
import { useRouter } from 'next/navigation';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTRPC } from '@/app/trpc/client';
import { CLAIMS_PER_PAGE } from './claims-page';
import type { Claim } from '@/server/domain/schemas';
import { formatInterval } from '@/server/domain/interval-text';
import { citationLine, speakerLabel } from '@/server/domain/attribution';
import { formatAsOf, formatDate } from '@/server/domain/dates';
import { drillHref } from './charts/palette';

const REVIEW_LABEL: Record<Claim['review'], string> = {
  reviewed: 'reviewed',
  auto: 'accepted automatically, not reviewed',
  pending: 'awaiting review',
  rejected: 'rejected',
  superseded: 'superseded',
  retracted: 'retracted with its article',
  'set-aside': 'set aside as incidental, counted nowhere',
};

/** The claim's date as the chart, the CSV and the embed say it: the span the text named, or the estimate. */
export function claimDateText(c: Claim): string {
  return formatAsOf(c);
}

/** Every claim of a measure: the wording, the interval it stands for, who, when, and the sentence. */
export function ClaimsTable({ claims, caption, conversions = {} }: { claims: Claim[]; caption: string; conversions?: Record<string, string> }) {
  const router = useRouter();
  if (claims.length === 0) return <p className="state small">No claims yet.</p>;
  return (
    <div className="table-wrap">
      <table className="data claims-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Value as worded</th>
            <th scope="col">Interval</th>
            <th scope="col">Source</th>
            <th scope="col">Speaker and citation</th>
            <th scope="col">Date</th>
            <th scope="col">Quote</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((c) => (
            <tr key={c.id} data-claim-id={c.id} data-review={c.review} onClick={() => router.push(drillHref({ sourceId: c.sourceId, claimId: c.id }))}>
              <td>
                <a href={drillHref({ sourceId: c.sourceId, claimId: c.id })} onClick={(e) => e.stopPropagation()}>
                  <strong>{c.stance === 'denies' ? `Denied: “${c.value.text}”` : c.value.text}</strong>
                </a>
                {c.review !== 'reviewed' && <div className="small muted">{REVIEW_LABEL[c.review]}</div>}
              </td>
              <td className="num">
                {c.stance === 'denies' ? '—' : `${formatInterval(c.value)} ${c.unit}`}
                {conversions[c.id] && <div className="small muted" data-conversion>{conversions[c.id]}</div>}
              </td>
              <td>{c.outlet}</td>
              <td>
                {speakerLabel(c.speaker) ?? <span className="muted">the outlet itself</span>}
                {c.citedBy.length > 0 && <div className="small muted">via {citationLine({ speaker: null, citedBy: c.citedBy, outlet: c.outlet })}</div>}
              </td>
              <td>
                {claimDateText(c)}
                {c.periodStart && <div className="small muted">since {formatDate(c.periodStart)}</div>}
              </td>
              <td className="quote-cell">“{c.quote}”</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export { REVIEW_LABEL };

/**
 * A measure's claims a page at a time (50, then "Show more"), so a measure with thousands of
 * figures gives a page of the same weight as one with four.
 */
export function ClaimPages({ measureId, state, caption }: { measureId: string; state: 'counted' | 'history'; caption: string }) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(trpc.measures.claims.infiniteQueryOptions({ id: measureId, state, limit: CLAIMS_PER_PAGE }, { getNextPageParam: (p) => p.nextCursor ?? undefined }));
  if (query.isPending) return <p className="state small" aria-busy>Loading claims…</p>;
  if (query.isError) return <p className="state small" role="alert">The claims could not be loaded: {query.error.message}</p>;
  const pages = query.data.pages;
  const claims = pages.flatMap((p) => p.items);
  const conversions = Object.assign({}, ...pages.map((p) => p.conversions)) as Record<string, string>;
  const total = pages[0]?.total ?? 0;
  return (
    <>
      <ClaimsTable claims={claims} caption={caption} conversions={conversions} />
      {query.hasNextPage && (
        <p className="no-print" style={{ marginTop: '.75rem' }}>
          <button type="button" className="btn" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage} data-claims-more>
            {query.isFetchingNextPage ? 'Loading…' : `Show ${Math.min(CLAIMS_PER_PAGE, total - claims.length)} more of ${total.toLocaleString('en-GB')}`}
          </button>
        </p>
      )}
    </>
  );
}
