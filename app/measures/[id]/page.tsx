import { Suspense } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HydrateClient, findOrNull, getQueryClient, trpc } from '@/app/trpc/server';
import { MeasureView } from '@/app/components/MeasureView';
import { CLAIMS_PER_PAGE } from '@/app/components/claims-page';
import { PageSkeleton } from '@/app/components/Skeletons';
import { OG_SIZE, oembedLinkFor, ogImageFor } from '@/server/embed/links';
import { publicOrigin } from '@/server/env';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string }> };

const load = (id: string) => findOrNull((c) => c.measures.overview({ id }));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const detail = await load((await params).id);
  if (!detail) return { title: 'Measure not found' };
  const id = detail.measure.id;
  return {
    title: detail.measure.title,
    description: detail.measure.description,
    alternates: { types: { 'application/json+oembed': oembedLinkFor(id, publicOrigin()) } },
    openGraph: { title: detail.measure.title, description: detail.measure.description, images: [{ url: ogImageFor(id), ...OG_SIZE }] },
    twitter: { card: 'summary_large_image', images: [ogImageFor(id)] },
  };
}

export default async function MeasurePage({ params }: Params) {
  const { id } = await params;
  if (!(await load(id))) notFound();
  const qc = getQueryClient();
  void qc.prefetchQuery(trpc.measures.overview.queryOptions({ id }));
  void qc.prefetchQuery(trpc.measures.chart.queryOptions({ id }));
  void qc.prefetchInfiniteQuery(trpc.measures.claims.infiniteQueryOptions({ id, state: 'counted', limit: CLAIMS_PER_PAGE }, { getNextPageParam: (p) => p.nextCursor ?? undefined }));
  return (
    <HydrateClient>
      <Suspense fallback={<PageSkeleton />}>
        <MeasureView id={id} />
      </Suspense>
    </HydrateClient>
  );
}
