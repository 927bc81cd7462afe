import { beforeAll, describe, expect, it } from 'vitest';
import { routeHarness } from './route-harness';

const h = routeHarness('hardening');
const rest: Handler = (req, ctx) => h.rest(req, ctx);
const trpc: Handler = (req, ctx) => h.trpc(req, ctx);
type Handler = (req: Request, ctx?: unknown) => Promise<Response>;

const url = h.url;
const get = async (p: string) => (await import('@/app/api/v1/[...path]/route')).GET(new Request(url(p)));
const post = (p: string, body: unknown, headers: Record<string, string> = {}) =>
  rest(new Request(url(p), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) }));
const admin = { authorization: '' };
const article = (text: string, outlet = 'The Test Gazette') => ({ text, outlet, title: 'A test', published: '2024-03-01' });

describe('bad input is a 4xx that says what is wrong', () => {
  beforeAll(() => {
    admin.authorization = `Bearer ${h.token}`;
  });

  it('a figure too large to be one ("1e309") is not a figure, and every list still reads', async () => {
    const res = await post('/api/v1/sources', article('The fund reached 1e309 dollars, officials said. Rescuers found 42 people.'), admin);
    expect(res.status).toBe(200);
    const out = await res.json();
    expect(out.figures.map((f: { valueText: string }) => f.valueText)).not.toContain('1e309 dollars');
    for (const p of ['/api/v1/claims', '/api/v1/review', '/api/v1/measures', '/api/v1/summary', `/api/v1/sources/${out.sourceId}`]) {
      expect((await get(p)).status, p).toBe(200);
    }
  });

  it('a stored non-finite bound (from before they were refused) reads as open, not as a broken list', async () => {
    const { getDb } = await import('@/server/db');
    const db = await getDb();
    const [c] = await db.query<{ id: string }>('SELECT id FROM claims ORDER BY id LIMIT 1');
    await db.exec('ALTER TABLE claims DROP CONSTRAINT claims_high_finite');
    try {
      await db.transaction(async (tx) => {
        await tx.query(`UPDATE claims SET high = 'Infinity' WHERE id = $1`, [c.id]);
        await tx.query('UPDATE revision SET n = n + 1 WHERE id = 1');
      });
      const res = await get('/api/v1/claims');
      expect(res.status).toBe(200);
      const claims = (await res.json()) as { id: string; value: { high: number | null } }[];
      expect(claims.find((x) => x.id === c.id)?.value.high).toBeNull();
    } finally {
      await db.query(`UPDATE claims SET high = NULL WHERE high = 'Infinity'`);
      await db.exec('ALTER TABLE claims ADD CONSTRAINT claims_high_finite CHECK (high IS NULL OR (high >= -1e40 AND high <= 1e40)) NOT VALID');
    }
  });

  it.each([
    ['outlet', { outlet: 'The\u0000Gazette' }],
    ['title', { title: 'A\u0000title' }],
    ['url', { url: 'https://example.com/\u0000' }],
  ])('a NUL byte in %s is refused with a message, and nothing is stored', async (field, change) => {
    const before = (await (await get('/api/v1/sources')).json()).length;
    const res = await post('/api/v1/sources', { ...article(`Rescuers found ${field.length + 7} people, police said.`), ...change }, admin);
    expect(res.status).toBe(400);
    expect((await res.json()).message).toMatch(new RegExp(`${field}.*(NUL|URL)`, 'i'));
    expect((await (await get('/api/v1/sources')).json()).length).toBe(before);
  });

  it('a NUL byte in an id is a 400 or 404, never a 500', async () => {
    for (const p of ['/api/v1/measures/%00', '/api/v1/claims/a%00b', '/api/v1/sources/%00']) expect([400, 404]).toContain((await get(p)).status);
  });

  it('a query parameter named like an object property is refused by name', async () => {
    for (const q of ['constructor=', 'toString=1&toString=2', '__proto__=x', 'hasOwnProperty=1']) {
      const res = await get(`/api/v1/claims?${q}`);
      expect(res.status).toBe(400);
      expect((await res.json()).message).toMatch(/Unknown query parameter/);
    }
  });

  it('a malformed % escape in a path is a JSON 404 (it names nothing)', async () => {
    const res = await get('/api/v1/measures/%ff');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect((await res.json()).error).toMatch(/malformed % escape/);
  });

  it('a tRPC batch larger than 16 calls is refused before any runs', async () => {
    const n = 1000;
    const paths = Array.from({ length: n }, () => 'ingest.preview').join(',');
    const input = Object.fromEntries(Array.from({ length: n }, (_, i) => [i, article('Rescuers found 42 people.')]));
    const t0 = Date.now();
    const res = await trpc(new Request(url(`/api/trpc/${paths}?batch=1`), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) }));
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(/at most 16 calls/);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('/api/trpc refuses a body over 3 MB as /api/v1 does, without reading it whole', async () => {
    const big = JSON.stringify({ 0: article('x'.repeat(3_100_000)) });
    for (const res of [
      await trpc(new Request(url('/api/trpc/ingest.preview?batch=1'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: big })),
      await post('/api/v1/sources/preview', big),
    ]) {
      expect(res.status).toBe(413);
    }
  });
});

describe('rate limits answer 429 with Retry-After', () => {
  it('on wrong tokens: guessing stops after a few tries, for every route', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < h.LIMITS['bad-token'].burst + 3; i++) {
      statuses.push((await post('/api/v1/sources', article(`Guess ${i}: 12 people.`), { authorization: `Bearer wrong-token-${i}-xxxxxxxxxxxx` })).status);
    }
    expect(statuses.slice(0, h.LIMITS['bad-token'].burst).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const limited = await get('/api/v1/summary').then(() => post('/api/v1/sources', article('One more: 13 people.'), { authorization: 'Bearer another-wrong-token-xx' }));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Reading needs no token and is not limited; past the limit a read with a token is answered
    // as anyone's (a stale token in a browser keeps the site readable), and no token is checked.
    expect((await get('/api/v1/summary')).status).toBe(200);
    const { GET } = await import('@/app/api/v1/[...path]/route');
    expect((await GET(new Request(url('/api/v1/summary'), { headers: { authorization: 'Bearer stale-token-xxxxxxxxxx' } }))).status).toBe(200);
    const trpcGet = (await import('@/app/api/trpc/[trpc]/route')).GET as Handler;
    const whoami = await trpcGet(new Request(url('/api/trpc/review.whoami'), { headers: { authorization: `Bearer ${h.token}` } }));
    expect(whoami.status).toBe(401);
  });

  it('on previews: a burst is served, then 429', async () => {
    // Sent at once, as a script would: the limit is taken as each request arrives.
    const statuses = (await Promise.all(Array.from({ length: h.LIMITS.preview.burst + 2 }, (_, i) => post('/api/v1/sources/preview', article(`Rescuers found ${i + 3} people.`))))).map((r) => r.status);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(h.LIMITS.preview.burst);
    expect(statuses).toContain(429);
  });

  it('on writes: a burst is stored, then 429', async () => {
    const statuses = (await Promise.all(Array.from({ length: h.LIMITS.write.burst + 2 }, () => post('/api/v1/no-such-write', {}, { authorization: `Bearer ${h.token}` })))).map((r) => r.status);
    expect(statuses.filter((s) => s === 404).length).toBeGreaterThanOrEqual(h.LIMITS.write.burst);
    expect(statuses).toContain(429);
  });
});

describe('HTTP lists paginate with a cursor, as GitHub does', () => {
  it.each(['/api/v1/claims', '/api/v1/sources', '/api/v1/measures', '/api/v1/flags', '/api/v1/topics'])('%s: pages of 3 chained by Link cover the list once', async (path) => {
    const all = (await (await get(path)).json()) as { id: string }[];
    const seen: string[] = [];
    let next: string | null = `${path}?limit=3`;
    for (let pages = 0; next && pages < 100; pages++) {
      const res = await get(next.replace(/^https?:\/\/[^/]+/, ''));
      expect(res.status).toBe(200);
      expect(Number(res.headers.get('x-total-count'))).toBe(all.length);
      const items = (await res.json()) as { id: string }[];
      expect(items.length).toBeLessThanOrEqual(3);
      seen.push(...items.map((x) => x.id));
      next = /<([^>]+)>; rel="next"/.exec(res.headers.get('link') ?? '')?.[1] ?? null;
    }
    expect(seen).toEqual(all.map((x) => x.id));
  });

  it('answers the first 100 by default, refuses a bad limit or cursor with 400, and tRPC callers get a page with its total', async () => {
    // More than a page of claims, so the default page is a real cut.
    const lines = Array.from({ length: 120 }, (_, i) => `On day ${i + 1} officials said ${200 + i} people were rescued.`).join('\n');
    expect((await post('/api/v1/sources', article(lines, 'Pagination Wire'), { authorization: `Bearer ${h.token}` })).status).toBe(200);
    const res = await get('/api/v1/claims');
    expect(Number(res.headers.get('x-total-count'))).toBeGreaterThan(100);
    expect(res.status).toBe(200);
    expect(((await res.json()) as unknown[]).length).toBe(Math.min(100, Number(res.headers.get('x-total-count'))));
    for (const q of ['limit=0', 'limit=501', 'limit=x', 'cursor=not!base64', `cursor=${Buffer.from('no-such-claim').toString('base64url')}`]) {
      const bad = await get(`/api/v1/claims?${q}`);
      expect(bad.status, q).toBe(400);
    }
    const { createCaller } = await import('@/server/trpc/router');
    const { getDb } = await import('@/server/db');
    const caller = createCaller({ db: await getDb(), isAdmin: false });
    const page = await caller.claims.list({});
    expect(page.items).toHaveLength(100);
    expect(page.total).toBe(Number(res.headers.get('x-total-count')));
    expect((await caller.claims.list({ cursor: page.nextCursor! })).items[0].id).not.toBe(page.items[0].id);
    expect((await caller.claims.list({ limit: 2 })).items).toHaveLength(2);
  });
});
