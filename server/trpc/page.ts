import { z } from 'zod';
import type { Context } from './context';
import { HTTP_PAGE, pageOf, paginate, type Page } from '../domain/page';
import { publicOrigin } from '../env';

/**
 * One page of a list for a procedure: on HTTP the first 100 by default, with `X-Total-Count` and
 * a `Link` to the next page; from tRPC the whole list unless a limit is given.
 */
export function pageFor<T>(ctx: Context, all: T[], key: (x: T) => string, params: { limit?: number; cursor?: string }): T[] {
  const page = paginate(all, key, params, ctx.http ? HTTP_PAGE : Infinity);
  linkHeaders(ctx, page);
  return page.items;
}

/** On HTTP, a page's total in `X-Total-Count` and its next page in `Link: <…>; rel="next"`, as GitHub's API does. */
export function linkHeaders(ctx: Context, page: { items: unknown[]; nextCursor: string | null; total: number }): void {
  if (!ctx.http) return;
  ctx.http.setHeader('X-Total-Count', String(page.total));
  ctx.http.setHeader('Access-Control-Expose-Headers', 'Link, X-Total-Count');
  if (page.nextCursor) {
    const u = new URL(ctx.http.url);
    u.searchParams.set('cursor', page.nextCursor);
    u.searchParams.set('limit', String(page.items.length));
    ctx.http.setHeader('Link', `<${publicOrigin()}${u.pathname}${u.search}>; rel="next"`);
  }
}

/**
 * A list procedure's output: on HTTP the array of the page's items (the rest in headers, as every
 * HTTP list answers), from tRPC the page itself, {items, nextCursor, total}. Typed as the page,
 * which is what tRPC callers receive.
 */
export function listOutput<T extends z.ZodType>(item: T) {
  return z
    .union([z.array(item), pageOf(item)])
    .describe('HTTP: the array of this page’s items (next page in Link, total in X-Total-Count). tRPC: {items, nextCursor, total}') as unknown as ReturnType<typeof pageOf<T>>;
}

/** A page as its procedure answers it (see listOutput). */
export function answerPage<T>(ctx: Context, page: Page<T>): Page<T> {
  if (!ctx.http) return page;
  linkHeaders(ctx, page);
  return page.items as unknown as Page<T>;
}

/** The limit and cursor a list reads with: a page of HTTP_PAGE unless a limit is given. */
export const pageParams = (input?: { limit?: number; cursor?: string }) => ({ limit: input?.limit ?? HTTP_PAGE, cursor: input?.cursor });
