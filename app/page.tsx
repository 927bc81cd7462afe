import { Suspense } from 'react';
import { HydrateClient, getQueryClient, trpc } from './trpc/server';
import { DashboardView } from './components/DashboardView';
import { DashboardSkeleton } from './components/Skeletons';

export const dynamic = 'force-dynamic';

export default function DashboardPage() {
  void getQueryClient().prefetchQuery(trpc.topics.dashboard.queryOptions());
  return (
    <HydrateClient>
      <Suspense fallback={<DashboardSkeleton />}>
        <DashboardView />
      </Suspense>
    </HydrateClient>
  );
}
