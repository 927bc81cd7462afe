import { Suspense } from 'react';
import { HydrateClient, getQueryClient, trpc } from '@/app/trpc/server';
import { ReviewQueue } from '@/app/components/ingest/ReviewQueue';
import { ARTICLES_PAGE } from '@/app/components/ingest/review-page';
import { PageSkeleton } from '@/app/components/Skeletons';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Review' };

export default function ReviewPage() {
  void getQueryClient().prefetchInfiniteQuery(trpc.review.articles.infiniteQueryOptions({ limit: ARTICLES_PAGE }, { getNextPageParam: (p) => p.nextCursor ?? undefined }));
  return (
    <>
      <p className="eyebrow">Review</p>
      <h1>Figures waiting for a person</h1>
      <p className="lede">
        Article by article: accept what ingest matched confidently, correct or reject what it was unsure of, or retract an article pasted by mistake. Nothing is deleted: every
        decision is kept with when and why.
      </p>
      <HydrateClient>
        <Suspense fallback={<PageSkeleton />}>
          <ReviewQueue />
        </Suspense>
      </HydrateClient>
    </>
  );
}
