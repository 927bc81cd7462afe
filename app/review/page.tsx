import { Suspense } from 'react';
import Link from 'next/link';
import { HydrateClient, getQueryClient, trpc } from '@/app/trpc/server';
import { ReviewQueue } from '@/app/components/ingest/ReviewQueue';
import { ARTICLES_PAGE } from '@/app/components/ingest/review-page';
import { PageSkeleton } from '@/app/components/Skeletons';
import { SetAsideList } from './SetAsideList';
import { SET_ASIDE, SET_ASIDE_PAGE } from './set-aside-page';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Review' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const next = (p: { nextCursor: string | null }) => p.nextCursor ?? undefined;

/** /review: what waits for a person, article by article; /review?show=set-aside: the figures ingest set aside as incidental. */
export default async function ReviewPage({ searchParams }: Props) {
  const aside = (await searchParams).show === SET_ASIDE;
  const qc = getQueryClient();
  if (aside) void qc.prefetchInfiniteQuery(trpc.review.queue.infiniteQueryOptions({ state: 'set-aside', limit: SET_ASIDE_PAGE }, { getNextPageParam: next }));
  else void qc.prefetchInfiniteQuery(trpc.review.articles.infiniteQueryOptions({ limit: ARTICLES_PAGE }, { getNextPageParam: next }));
  return (
    <>
      <p className="eyebrow">Review</p>
      <h1>{aside ? 'Figures set aside' : 'Figures waiting for a person'}</h1>
      <p className="lede">
        {aside
          ? 'Figures ingest read as incidental to their story — an age, a pet, the minutes someone had to leave. They are kept on their articles and count nowhere; promote one that is a real claim.'
          : 'Article by article: accept what ingest matched confidently, correct or reject what it was unsure of, or retract an article pasted by mistake. Nothing is deleted: every decision is kept with when and why.'}
      </p>
      <nav className="search-tabs" aria-label="Review lists">
        <ul>
          <li>
            <Link className="search-tab" href="/review" aria-current={aside ? undefined : 'page'} data-review-tab="waiting">
              Waiting
            </Link>
          </li>
          <li>
            <Link className="search-tab" href={`/review?show=${SET_ASIDE}`} aria-current={aside ? 'page' : undefined} data-review-tab={SET_ASIDE}>
              Set aside
            </Link>
          </li>
        </ul>
      </nav>
      <HydrateClient>
        <Suspense fallback={<PageSkeleton />}>{aside ? <SetAsideList /> : <ReviewQueue />}</Suspense>
      </HydrateClient>
    </>
  );
}
