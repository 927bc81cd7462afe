import { Suspense } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TRPCError } from '@trpc/server';
import { HydrateClient, getQueryClient, serverCaller, trpc } from '@/app/trpc/server';
import { MeasureView } from '@/app/components/MeasureView';
import { PageSkeleton } from '@/app/components/Skeletons';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string }> };

async function load(id: string) {
  try {
    return await (await serverCaller()).measures.get({ id });
  } catch (e) {
    if (e instanceof TRPCError && (e.code === 'NOT_FOUND' || e.code === 'BAD_REQUEST')) return null;
    throw e;
  }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const detail = await load((await params).id);
  if (!detail) return { title: 'Measure not found' };
  return { title: detail.measure.title, description: detail.measure.description };
}

export default async function MeasurePage({ params }: Params) {
  const { id } = await params;
  if (!(await load(id))) notFound();
  const qc = getQueryClient();
  void qc.prefetchQuery(trpc.measures.get.queryOptions({ id }));
  void qc.prefetchQuery(trpc.measures.chart.queryOptions({ id }));
  return (
    <HydrateClient>
      <Suspense fallback={<PageSkeleton />}>
        <MeasureView id={id} />
      </Suspense>
    </HydrateClient>
  );
}
