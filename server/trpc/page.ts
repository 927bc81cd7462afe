import type { Context } from './context';
import { HTTP_PAGE, paginate } from '../domain/page';
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
