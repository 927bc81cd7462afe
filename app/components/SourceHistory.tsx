'use client';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useTRPC } from '@/app/trpc/client';
import { formatDate } from '@/server/domain/dates';
import type { SourceHistory as History } from '@/server/domain/review-api';

const ACTION: Record<string, string> = {
  'accepted-automatically': 'accepted automatically',
  'awaiting-review': 'waiting for review',
  'set-aside': 'set aside as incidental (counted nowhere)',
  accepted: 'accepted',
  rejected: 'rejected',
  superseded: 'corrected (this version superseded)',
  corrected: 'correction stored',
  moved: 'moved to another measure',
  retracted: 'retracted',
  'edited-in-preview': 'edited in the ingest preview',
  'dropped-in-preview': 'dropped in the ingest preview (not stored)',
};

const when = (at: string) => `${formatDate(at.slice(0, 10))}, ${at.slice(11, 16)} UTC`;

/** A retracted article says so first, with the reason: its figures are kept, and count nowhere. */
export function RetractionNotice({ id }: { id: string }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.sources.history.queryOptions({ id }));
  if (!data.retraction) return null;
  return (
    <p className="source-retracted" role="note" data-testid="source-retracted">
      <strong>Retracted</strong> on {when(data.retraction.at)}: {data.retraction.reason}. Its figures are kept, marked retracted, and count nowhere — not on charts, in flags,
      counts or search.
    </p>
  );
}

/** Every decision on the article and its figures, oldest first: how each entered, who edited or dropped what in the preview, reviews, a retraction. */
export function SourceHistory({ id }: { id: string }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.sources.history.queryOptions({ id }));
  return <HistoryList events={data.events} />;
}

function HistoryList({ events }: { events: History['events'] }) {
  if (events.length === 0) return null;
  return (
    <section className="source-history" aria-labelledby="source-history-h" data-testid="source-history">
      <h2 id="source-history-h" className="aside-h">
        History of this article’s figures
      </h2>
      <ol>
        {events.map((e, i) => (
          <li key={i} data-action={e.action} data-claim-id={e.claimId ?? undefined}>
            <span className="muted small">{when(e.at)}</span>
            <span>
              {e.claimId === null && e.action === 'retracted' ? <strong>The article was retracted</strong> : <strong>{e.valueText ? `“${e.valueText}”` : 'A figure'}</strong>}
              {e.claimId === null && e.action === 'retracted' ? '' : ` ${ACTION[e.action] ?? e.action}`}
              {e.reason ? <span className="muted">: {e.reason}</span> : null}
              {e.by !== 'unknown' && <span className="muted small"> — {e.by}</span>}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
