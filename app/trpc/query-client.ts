import { QueryClient, defaultShouldDehydrateQuery } from '@tanstack/react-query';

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Server-prefetched data is fresh for a while: the client must not refetch it at once.
      queries: { staleTime: 30_000, retry: 1 },
      dehydrate: {
        // Send pending queries too, so a leaf can suspend on a prefetch still in flight.
        shouldDehydrateQuery: (q) => defaultShouldDehydrateQuery(q) || q.state.status === 'pending',
      },
    },
  });
}
