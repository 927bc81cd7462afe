import { MAX_BATCH_ARTICLES } from '../ingest/batch';

/**
 * What a request of article batches costs against the write limit: one write per article, as if
 * each had been sent alone, so a batch saves round trips, never the limit. Only the body says how
 * many articles there are; a batch over the maximum is refused (400) and costs what the maximum does.
 */

/** Whether the request calls POST /api/v1/sources/batch, or ingest.batch among its tRPC calls. */
export function carriesBatch(req: Request, api: 'rest' | 'trpc'): boolean {
  const { pathname } = new URL(req.url);
  return api === 'rest' ? /^\/api\/v1\/sources\/batch\/?$/.test(pathname) : /(^|[/,])ingest\.batch(,|$)/.test(pathname);
}

const articles = (input: unknown): number => {
  const list = (input as { articles?: unknown } | null | undefined)?.articles;
  return Array.isArray(list) ? Math.min(Math.max(list.length, 1), MAX_BATCH_ARTICLES) : 1;
};

/** Writes the request costs, given its parsed body: a batch's articles, and one for any other call. */
export function writeCost(req: Request, api: 'rest' | 'trpc', body: unknown): number {
  if (api === 'rest') return articles(body);
  const url = new URL(req.url);
  const names = url.pathname.replace(/^\/api\/trpc\/?/, '').split(',');
  if (url.searchParams.get('batch') !== '1') return names[0] === 'ingest.batch' ? articles(body) : 1;
  const inputs = (body ?? {}) as Record<string, unknown>;
  return names.reduce((n, name, i) => n + (name === 'ingest.batch' ? articles(inputs[String(i)]) : 1), 0);
}
