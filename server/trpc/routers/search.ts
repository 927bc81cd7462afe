import { z } from 'zod';
import { publicProcedure, router } from '../init';
import { guard } from '../errors';
import type { Context } from '../context';
import { PageHeaders } from '../../domain/page';
import { SearchInput, SearchItem, SearchPage } from '../../domain/search';
import { search } from '../../db/search';
import { linkHeaders } from '../page';

/**
 * On HTTP a search answers its items as a JSON array, the next page in `Link` and the total in
 * `X-Total-Count`, as every list does (../page.ts); from tRPC it answers {items, nextCursor, total}.
 */
function forHttp(ctx: Context, page: SearchPage): SearchPage | SearchItem[] {
  if (!ctx.http) return page;
  linkHeaders(ctx, page);
  return page.items;
}

export const searchRouter = router({
  query: publicProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/search',
        summary:
          'Measures, topics, sources and figures by words (titles, quotes, speakers, outlets), filtered by date, outlet, speaker and flag kind; ranked by relevance then date. HTTP answers the array of items (Link, X-Total-Count); tRPC answers {items, nextCursor, total, byType, capped}. With words, the 500 most recent matches of each type are ranked and paged; counts stop at 1,000 (`capped` names the types whose count is a floor, and X-Total-Count is then that floor)',
        tags: ['search'],
        responseHeaders: PageHeaders,
      },
    })
    .input(SearchInput)
    .output(z.union([SearchPage, z.array(SearchItem)]))
    .query(({ ctx, input }) => guard(async () => forHttp(ctx, await search(ctx.db.reader(), input)))),
});
