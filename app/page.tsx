import { Suspense } from 'react';
import { serverCaller } from './trpc/caller';
import { DashboardView } from './components/DashboardView';
import { DashboardSkeleton } from './components/Skeletons';

export const dynamic = 'force-dynamic';

/**
 * The dashboard renders on the server, charts' data and all: the browser gets HTML that reads
 * without JavaScript, the chart code where a chart is drawn and the flags' highlighting, and none
 * of tRPC's or React Query's code (no part of this page asks the API from the browser).
 */
async function Dashboard() {
  const data = await (await serverCaller()).topics.dashboard();
  return <DashboardView data={data} />;
}

export default function DashboardPage() {
  return (
    <Suspense fallback={<DashboardSkeleton />}>
      <Dashboard />
    </Suspense>
  );
}
