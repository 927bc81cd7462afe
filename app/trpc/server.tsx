import { cache, type ReactNode } from 'react';
import { headers } from 'next/headers';
import { HydrationBoundary, dehydrate } from '@tanstack/react-query';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { appRouter } from '@/server/trpc/router';
import { createContext } from '@/server/trpc/context';
import { makeQueryClient } from './query-client';

/** One query client per request, shared by every prefetch in it. */
export const getQueryClient = cache(makeQueryClient);

export const trpc = createTRPCOptionsProxy({
  ctx: async () => createContext({ headers: await headers() }),
  router: appRouter,
  queryClient: getQueryClient,
});

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

export { serverCaller, findOrNull, listPage } from './caller';
