import { Suspense } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HydrateClient, findOrNull, getQueryClient, trpc } from '@/app/trpc/server';
import { PageSkeleton } from '@/app/components/Skeletons';
import { TopicView } from '@/app/components/TopicView';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string }> };

const load = (id: string) => findOrNull((c) => c.topics.panel({ id }));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const panel = await load((await params).id);
  return panel ? { title: panel.topic.title, description: panel.topic.description } : { title: 'Story not found' };
}

export default async function TopicPage({ params }: Params) {
  const { id } = await params;
  if (!(await load(id))) notFound();
  void getQueryClient().prefetchQuery(trpc.topics.panel.queryOptions({ id }));
  return (
    <HydrateClient>
      <Suspense fallback={<PageSkeleton />}>
        <TopicView id={id} />
      </Suspense>
    </HydrateClient>
  );
}
