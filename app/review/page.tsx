import { Suspense } from 'react';
import { HydrateClient, getQueryClient, trpc } from '@/app/trpc/server';
import { REVIEW_PAGE, ReviewQueue } from '@/app/components/ingest/ReviewQueue';
import { PageSkeleton } from '@/app/components/Skeletons';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Review' };

export default function ReviewPage() {
  for (const state of ['pending', 'auto'] as const) {
    void getQueryClient().prefetchInfiniteQuery(trpc.review.queue.infiniteQueryOptions({ state, limit: REVIEW_PAGE }, { getNextPageParam: (p) => p.nextCursor ?? undefined }));
  }
  return (
    <>
      <p className="eyebrow">Review</p>
      <h1>Figures waiting for a person</h1>
      <p className="lede">Accept, correct or reject what ingest was unsure of. Nothing is deleted: corrections and rejections are kept with when and why.</p>
      <HydrateClient>
        <Suspense fallback={<PageSkeleton />}>
          <ReviewQueue />
        </Suspense>
      </HydrateClient>
    </>
  );
}
