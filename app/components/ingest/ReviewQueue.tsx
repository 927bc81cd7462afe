'use client';
import { ARTICLES_PAGE } from './review-page';
import Link from 'next/link';
import { useCallback, useState } from 'react';
import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useTRPC } from '@/app/trpc/client';
import { AdminToken } from './AdminToken';
import { ReviewArticle } from './ReviewArticle';
import { ReviewCatalogue } from './ReviewCatalogue';

/** Articles a page: each shows up to 25 open figures. */
const nextCursor = (p: { nextCursor: string | null }) => p.nextCursor ?? undefined;

/** What waits for a person, by article, newest first: each with its open figures and the decisions on the whole article. */
export function ReviewQueue() {
  const trpc = useTRPC();
  const q = useSuspenseInfiniteQuery(trpc.review.articles.infiniteQueryOptions({ limit: ARTICLES_PAGE }, { getNextPageParam: nextCursor }));
  const [admin, setAdmin] = useState(false);
  const onAdmin = useCallback((ok: boolean) => setAdmin(ok), []);
  const articles = q.data.pages.flatMap((p) => p.items);
  const total = q.data.pages[0]?.total ?? 0;
  const pending = articles.reduce((k, a) => k + a.pending, 0);
  const auto = articles.reduce((k, a) => k + a.auto, 0);
  return (
    <div className="ingest">
      <AdminToken onChange={onAdmin} />
      {admin && <ReviewCatalogue />}
      {total === 0 ? (
        <div className="state" data-testid="review-empty">
          Nothing to review. Figures from <Link href="/ingest">new articles</Link> that Tally is unsure of will wait here, with those it accepted automatically.
        </div>
      ) : (
        <section aria-labelledby="review-articles-h">
          <h2 id="review-articles-h">
            {total.toLocaleString('en-GB')} article{total === 1 ? '' : 's'} with open figures
          </h2>
          <p className="small muted">
            {articles.length < total ? `The ${articles.length.toLocaleString('en-GB')} newest: ` : ''}
            {pending.toLocaleString('en-GB')} figures awaiting review, {auto.toLocaleString('en-GB')} accepted automatically and not yet reviewed. Newest articles first.
          </p>
          <div className="review-articles">
            {articles.map((a) => (
              <ReviewArticle key={a.sourceId} a={a} admin={admin} />
            ))}
          </div>
          {q.hasNextPage && (
            <p style={{ marginTop: '.75rem' }}>
              <button type="button" className="btn" onClick={() => q.fetchNextPage()} disabled={q.isFetchingNextPage} data-review-more>
                {q.isFetchingNextPage ? 'Loading…' : `Show ${Math.min(ARTICLES_PAGE, total - articles.length).toLocaleString('en-GB')} more of ${total.toLocaleString('en-GB')} articles`}
              </button>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
