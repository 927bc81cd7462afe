import { Suspense } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { HydrateClient, findOrNull, getQueryClient, trpc } from '@/app/trpc/server';
import { SourceView } from '@/app/components/SourceView';
import { PageSkeleton } from '@/app/components/Skeletons';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const load = (id: string) => findOrNull((c) => c.sources.get({ id }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const detail = await load((await params).id);
  return { title: detail ? `${detail.source.outlet}: ${detail.source.title}` : 'Source not found' };
}

const Query = z.object({ claim: z.string().max(200).optional().catch(undefined) });

export default async function SourcePage({ params, searchParams }: Props) {
  const { id } = await params;
  const { claim } = Query.parse(await searchParams);
  if (!(await load(id))) notFound();
  void getQueryClient().prefetchQuery(trpc.sources.get.queryOptions({ id }));
  void getQueryClient().prefetchQuery(trpc.sources.history.queryOptions({ id }));
  return (
    <HydrateClient>
      <Suspense fallback={<PageSkeleton />}>
        <SourceView id={id} selected={claim ?? null} />
      </Suspense>
    </HydrateClient>
  );
}
