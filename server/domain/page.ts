import { z } from 'zod';
import { InputError } from './errors';

/**
 * Cursor pagination for the lists. HTTP lists answer their first page by default and name the
 * next in a `Link: <…>; rel="next"` header with the total in `X-Total-Count`, as GitHub's API does;
 * a cursor is opaque (the last item's id, encoded) and stays valid while that item exists.
 */
import { HTTP_PAGE, MAX_PAGE } from './page-size';

export { HTTP_PAGE, MAX_PAGE };

export const PageParams = {
  limit: z.coerce.number().int().min(1, 'limit is at least 1').max(MAX_PAGE, `limit is at most ${MAX_PAGE}`).optional(),
  cursor: z.string().min(1).max(400).optional(),
};
export const PageInput = z.object(PageParams);

/** The headers an HTTP list answers with, for the OpenAPI document. */
export const PageHeaders = z.object({
  'X-Total-Count': z.string().describe('How many items the whole list holds'),
  Link: z.string().optional().describe('<URL of the next page>; rel="next", when there is one'),
});

/** A list's page as tRPC answers it (HTTP answers `items` and puts the rest in headers). */
export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable(), total: z.number().int() });

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

export const encodeCursor = (id: string) => Buffer.from(id, 'utf8').toString('base64url');
export function decodeCursor(cursor: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new InputError('cursor is not one Tally gave: pass the cursor from the previous page');
  return Buffer.from(cursor, 'base64url').toString('utf8');
}

export function paginate<T>(all: T[], key: (x: T) => string, params: { limit?: number; cursor?: string }, defaultLimit: number): Page<T> {
  let start = 0;
  if (params.cursor) {
    const id = decodeCursor(params.cursor);
    const at = all.findIndex((x) => key(x) === id);
    if (at < 0) throw new InputError('cursor names nothing in this list (the item it named is gone): start again from the first page');
    start = at + 1;
  }
  const limit = params.limit ?? defaultLimit;
  const items = all.slice(start, start + limit);
  const more = start + limit < all.length && items.length > 0;
  return { items, nextCursor: more ? encodeCursor(key(items[items.length - 1])) : null, total: all.length };
}
