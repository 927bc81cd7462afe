import type { Metadata } from 'next';
import { HydrateClient, getQueryClient, trpc } from '@/app/trpc/server';
import { SearchView } from '@/app/components/SearchView';
import { nextSearchCursor, readParams, searchState } from './params';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = readParams(await searchParams);
  // A search result page is not worth indexing: every query would be a page of its own.
  return { title: q ? `Search: ${q}` : 'Search', robots: { index: false } };
}

/**
 * Search across figures, measures, topics and sources. Everything the page shows follows from its
 * URL, so a search can be shared and reloaded; the first page of results is prefetched here and
 * streamed in, the next ones come from the browser ("Load more").
 */
export default async function SearchPage({ searchParams }: Props) {
  const params = readParams(await searchParams);
  const state = searchState(params);
  // Only a valid search is prefetched: a refused one is explained by the page, not thrown.
  if (state.status === 'ready') void getQueryClient().prefetchInfiniteQuery(trpc.search.query.infiniteQueryOptions(state.input, { getNextPageParam: nextSearchCursor }));
  return (
    <HydrateClient>
      <SearchView params={params} />
    </HydrateClient>
  );
}
