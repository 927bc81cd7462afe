import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateArticle } from '@/scripts/lib/corpus-gen';
import { routeHarness } from './route-harness';

const h = routeHarness('batch-http');
afterEach(() => vi.useRealTimers());
type Handler = (req: Request) => Promise<Response>;
const rest: Handler = (req) => h.rest(req);
const trpc: Handler = (req) => h.trpc(req);
const auth = () => ({ authorization: `Bearer ${h.token}` });

const url = h.url;
const post = (handler: Handler, p: string, body: unknown, headers: Record<string, string> = {}) =>
  handler(new Request(url(p), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) }));
const articles = (n: number, from: number) => Array.from({ length: n }, (_, i) => generateArticle(from + i, 5));

describe('POST /api/v1/sources/batch through the real handler', () => {
  it('answers 200 with one result per article, a NUL byte in one refusing only that one', async () => {
    const [a, b] = articles(2, 0);
    const res = await post(rest, '/api/v1/sources/batch', { articles: [a, { ...b, outlet: 'Bad\u0000Outlet' }, b, a] }, auth());
    expect(res.status).toBe(200);
    const out = (await res.json()) as { index: number; status: string; reason?: string; result?: { sourceId: string } }[];
    expect(out.map((r) => r.status)).toEqual(['stored', 'refused', 'stored', 'duplicate']);
    expect(out[1].reason).toMatch(/outlet contains a NUL character/);
    expect(out[3].result?.sourceId).toBe(out[0].result?.sourceId);
  });

  it('is a 400 that says why for anything but a list of articles, and 401 without the token', async () => {
    for (const [body, pattern] of [
      [{ articles: 'nope' }, /articles must be a list/],
      [{ articles: [] }, /articles is empty/],
      [{ articles: articles(51, 10) }, /at most 50 articles/],
      ['{"articles": [', /not valid JSON/],
    ] as const) {
      const res = await post(rest, '/api/v1/sources/batch', body, auth());
      expect(res.status).toBe(400);
      // The adapter says "Input validation failed" and lists each issue with its message.
      expect(JSON.stringify(await res.json())).toMatch(pattern);
    }
    expect((await post(rest, '/api/v1/sources/batch', { articles: articles(1, 70) })).status).toBe(401);
  });

  it('counts each article as one write: a second full batch at once waits, and says how long', async () => {
    expect(h.LIMITS.write.burst).toBeGreaterThanOrEqual(50);
    // The bucket refills at 20 a second: with the clock held still, how slowly this machine ingests
    // the first batch cannot refill it before the second arrives.
    vi.useFakeTimers({ toFake: ['Date'] });
    const first = await post(rest, '/api/v1/sources/batch', { articles: articles(50, 100) }, auth());
    expect(first.status).toBe(200);
    const second = await post(rest, '/api/v1/sources/batch', { articles: articles(50, 150) }, auth());
    expect(second.status).toBe(429);
    // What the bucket lacks for 50 writes, at its refill rate.
    const wait = Number(second.headers.get('retry-after'));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(Math.ceil((50 - (h.LIMITS.write.burst - 50)) / h.LIMITS.write.perSecond));
    // A small batch still fits in what is left.
    expect((await post(rest, '/api/v1/sources/batch', { articles: articles(2, 200) }, auth())).status).toBe(200);
    vi.useRealTimers();
  }, 120_000);

  it('is the same procedure on /api/trpc, with the same per-article cost', async () => {
    const res = await post(trpc, '/api/trpc/ingest.batch', { articles: articles(3, 300) }, auth());
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { data: { status: string }[] } };
    expect(body.result.data.map((r) => r.status)).toEqual(['stored', 'stored', 'stored']);
    const big = await post(trpc, '/api/trpc/ingest.batch,ingest.batch?batch=1', { 0: { articles: articles(40, 400) }, 1: { articles: articles(40, 440) } }, auth());
    // Two batches in one tRPC request add up; more than a burst could never pass, so it says so.
    expect(big.status).toBe(400);
    expect(JSON.stringify(await big.json())).toMatch(/counts as 80 writes/);
  }, 120_000);
});
