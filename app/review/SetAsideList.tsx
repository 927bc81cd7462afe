'use client';
import Link from 'next/link';
import { useCallback, useState } from 'react';
import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useTRPC } from '@/app/trpc/client';
import { AdminToken } from '@/app/components/ingest/AdminToken';
import { ReviewItem } from '@/app/components/ingest/ReviewItem';
import { SET_ASIDE_PAGE } from './set-aside-page';

const nextCursor = (p: { nextCursor: string | null }) => p.nextCursor ?? undefined;

/**
 * Figures ingest set aside as incidental to their story ("two dogs", someone's age, "three days a
 * week"): kept on their source page, counted nowhere, waiting for nobody. A person who finds a real
 * claim among them promotes it: Accept puts it on the measure ingest proposed, Edit on another.
 */
export function SetAsideList() {
  const trpc = useTRPC();
  const q = useSuspenseInfiniteQuery(trpc.review.queue.infiniteQueryOptions({ state: 'set-aside', limit: SET_ASIDE_PAGE }, { getNextPageParam: nextCursor }));
  const [admin, setAdmin] = useState(false);
  const onAdmin = useCallback((ok: boolean) => setAdmin(ok), []);
  const claims = q.data.pages.flatMap((p) => p.items);
  const total = q.data.pages[0]?.total ?? 0;
  return (
    <div className="ingest">
      <AdminToken onChange={onAdmin} />
      {total === 0 ? (
        <div className="state" data-testid="set-aside-empty">
          Nothing set aside. Figures that ingest reads as incidental to their story — an age, “two dogs”, the minutes someone had to leave — are listed here, and count nowhere
          until a person promotes one.
        </div>
      ) : (
        <section aria-labelledby="set-aside-h" data-set-aside-total={total}>
          <h2 id="set-aside-h">
            {total.toLocaleString('en-GB')} figure{total === 1 ? '' : 's'} set aside
          </h2>
          <p className="small muted">
            Read as incidental to their story, so they count nowhere — not on charts, in flags, counts or search — and wait for nobody. Accept one to count it on the measure
            shown, or edit it onto another; reject one that is no figure at all. Articles in the order they were added, figures in reading order.
          </p>
          <ul className="review-set-aside" style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '.75rem' }}>
            {claims.map((c) => (
              <ReviewItem key={c.id} c={c} admin={admin} />
            ))}
          </ul>
          {q.hasNextPage && (
            <p style={{ marginTop: '.75rem' }}>
              <button type="button" className="btn" onClick={() => q.fetchNextPage()} disabled={q.isFetchingNextPage} data-set-aside-more>
                {q.isFetchingNextPage ? 'Loading…' : `Show ${Math.min(SET_ASIDE_PAGE, total - claims.length).toLocaleString('en-GB')} more of ${total.toLocaleString('en-GB')}`}
              </button>
            </p>
          )}
          <p className="small muted">
            Waiting figures are on <Link href="/review">the review queue</Link>.
          </p>
        </section>
      )}
    </div>
  );
}
