'use client';
import Link from 'next/link';
import { useCallback, useState } from 'react';
import { useMutation, useQueryClient, useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useTRPC } from '@/app/trpc/client';
import type { Claim } from '@/server/domain/schemas';
import { formatInterval } from '@/server/domain/value';
import { speakerLabel } from '@/server/domain/attribution';
import { AdminToken } from './AdminToken';
import { EditClaim } from './EditClaim';
import { claimDateText } from '../ClaimsTable';

type Item = Claim & { measureTitle: string };

export const REVIEW_PAGE = 50;
const nextCursor = (p: { nextCursor: string | null }) => p.nextCursor ?? undefined;

/** Unsure figures first, then those accepted automatically; each can be accepted, edited or rejected. */
export function ReviewQueue() {
  const trpc = useTRPC();
  const pending = useSuspenseInfiniteQuery(trpc.review.queue.infiniteQueryOptions({ state: 'pending', limit: REVIEW_PAGE }, { getNextPageParam: nextCursor }));
  const auto = useSuspenseInfiniteQuery(trpc.review.queue.infiniteQueryOptions({ state: 'auto', limit: REVIEW_PAGE }, { getNextPageParam: nextCursor }));
  const [admin, setAdmin] = useState(false);
  const onAdmin = useCallback((ok: boolean) => setAdmin(ok), []);
  const total = (q: typeof pending) => q.data.pages[0]?.total ?? 0;
  return (
    <div className="ingest">
      <AdminToken onChange={onAdmin} />
      {total(pending) + total(auto) === 0 && (
        <div className="state">
          Nothing to review. Figures from <Link href="/ingest">new articles</Link> that Tally is unsure of will wait here.
        </div>
      )}
      {total(pending) > 0 && <Group title={`Awaiting review (${total(pending).toLocaleString('en-GB')})`} query={pending} admin={admin} />}
      {total(auto) > 0 && <Group title={`Accepted automatically, not reviewed (${total(auto).toLocaleString('en-GB')})`} query={auto} admin={admin} />}
    </div>
  );
}

type Pages = { data: { pages: { items: Item[]; total: number }[] }; hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage(): unknown };

/** One state's claims, a page at a time: a desk with thousands waiting sees the first 50 and can ask for more. */
function Group({ title, query, admin }: { title: string; query: Pages; admin: boolean }) {
  const items = query.data.pages.flatMap((p) => p.items);
  const total = query.data.pages[0]?.total ?? 0;
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      <ul className="list">
        {items.map((c) => (
          <ReviewItem key={c.id} c={c} admin={admin} />
        ))}
      </ul>
      {query.hasNextPage && (
        <p style={{ marginTop: '.75rem' }}>
          <button type="button" className="btn" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage} data-review-more>
            {query.isFetchingNextPage ? 'Loading…' : `Show ${Math.min(REVIEW_PAGE, total - items.length)} more of ${total.toLocaleString('en-GB')}`}
          </button>
        </p>
      )}
    </section>
  );
}

function ReviewItem({ c, admin }: { c: Item; admin: boolean }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [mode, setMode] = useState<'view' | 'edit' | 'reject'>('view');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const done = { onSuccess: () => qc.invalidateQueries(), onError: (e: unknown) => setError(e instanceof TRPCClientError ? e.message : 'Tally could not be reached.') };
  const accept = useMutation(trpc.review.accept.mutationOptions(done));
  const reject = useMutation(trpc.review.reject.mutationOptions(done));
  const q = c.quote;
  const at = c.figureStart - c.start;
  return (
    <li className="review-item" data-claim-id={c.id} data-review={c.review}>
      <div className="review-item__head">
        <strong>{c.stance === 'denies' ? `Denied: “${c.value.text}”` : c.value.text}</strong>
        <span className="num">{c.stance === 'denies' ? '' : `${formatInterval(c.value)} ${c.unit}`}</span>
        <span className="small">
          → <Link href={`/measures/${c.measureId}`}>{c.measureTitle}</Link>
          {c.confidence !== null && <span className="muted"> · {Math.round(c.confidence * 100)}% sure</span>}
        </span>
      </div>
      <p className="review-item__quote">
        “{q.slice(0, at)}
        <mark>{q.slice(at, at + c.figureEnd - c.figureStart)}</mark>
        {q.slice(at + c.figureEnd - c.figureStart)}”
      </p>
      <p className="small muted">
        {speakerLabel(c.speaker) ?? 'the outlet itself'} · <Link href={`/sources/${c.sourceId}?claim=${c.id}#claim-${c.id}`}>{c.outlet}</Link> · as of {claimDateText(c)}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {mode === 'view' && (
        <div className="actions">
          <button className="btn btn--primary" disabled={!admin || accept.isPending} onClick={() => accept.mutate({ id: c.id })}>
            Accept
          </button>
          <button className="btn" disabled={!admin} onClick={() => setMode('edit')}>
            Edit
          </button>
          <button className="btn" disabled={!admin} onClick={() => setMode('reject')}>
            Reject
          </button>
        </div>
      )}
      {mode === 'reject' && (
        <form
          className="actions"
          onSubmit={(e) => {
            e.preventDefault();
            reject.mutate({ id: c.id, reason });
          }}
        >
          <label className="sr-only" htmlFor={`r-${c.id}`}>
            Why reject it?
          </label>
          <input id={`r-${c.id}`} className="field-inline" placeholder="Why reject it? (kept with the claim)" value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
          <button className="btn btn--primary" type="submit" disabled={reason.trim().length < 3 || reject.isPending}>
            Reject
          </button>
          <button className="btn" type="button" onClick={() => setMode('view')}>
            Cancel
          </button>
        </form>
      )}
      {mode === 'edit' && <EditClaim c={c} onDone={() => setMode('view')} />}
    </li>
  );
}
