import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, ReadDb } from '@/server/db/client';
import { getCatalog } from '@/server/db/catalog';
import { bumpRevision, insertClaim } from '@/server/db/write';
import { bumpTopicVersions } from '@/server/db/derive';
import { topicOfMeasure } from '@/server/db/topic-catalog';
import { intervalFor } from '@/server/domain/value';
import type { NewClaim } from '@/server/domain/new-claim';
import * as embedRoute from '@/app/embed/[...path]/route';
import { CACHE_LATEST, CACHE_PINNED, publicOrigin } from '@/server/embed/http';
import { embedPage } from '@/server/embed/html';
import { cardSvg } from '@/server/embed/card';
import { svgToPng } from '@/server/embed/png';
import { pagePath } from '@/server/embed/links';
import { embedCaches } from '@/server/embed/serve';
import { acceptsGzip, serveFromCache } from '@/server/embed/fast';
import { latestVersion, REVISION_TTL_MS } from '@/server/embed/versions';
import { today } from '@/server/embed/stamp';
import { targets } from './targets';

/**
 * The embed cache (issue 8.7): answers keyed by revision and request, bodies by data version; a
 * request while the revision stands is a map lookup with no database round trip, and the answer
 * is what a fresh render gives, byte for byte. Called through the route module, as Next does, with
 * the database every route gets from getDb() set to this target's.
 */
const holder = globalThis as unknown as { __tallyDb?: Promise<Db> };
const MEASURE = 'drones-delivered';
const ORIGIN = 'http://127.0.0.1';

function claim(id: string, n: number): NewClaim {
  return {
    id, measureId: MEASURE, sourceId: 'pa-russia-attack-drones-2023-05-15',
    value: intervalFor({ qualifier: 'about', n }, `about ${n}`), unit: 'drones', currency: null, asOf: '2023-05-15', periodStart: null,
    speaker: null, citedBy: [], stance: 'asserts', quote: `about ${n}`, start: 0, end: 9, figureStart: 0, figureEnd: 9,
    origin: 'extracted', review: 'reviewed', note: null, confidence: null, supersedes: null,
  };
}

async function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const url = new URL(path, ORIGIN);
  const segments = url.pathname.split('/').slice(2).map(decodeURIComponent);
  const res = await embedRoute.GET(new Request(url, { headers }), { params: Promise.resolve({ path: segments }) });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

const credit = () => publicOrigin().replace(/^https?:\/\//, '') + pagePath('measure', MEASURE);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(targets)('embed cache over $name', (target) => {
  let db: Db;
  let dispose: () => Promise<void>;
  let queries = 0;
  beforeAll(async () => {
    ({ db, dispose } = await target.open());
    holder.__tallyDb = Promise.resolve(db);
    // Count every read the embed path makes (the reader is one stable object per handle).
    const reader = db.reader() as { query: ReadDb['query'] };
    const query = reader.query.bind(reader);
    reader.query = ((sql: string, params?: unknown[]) => {
      queries++;
      return query(sql, params);
    }) as ReadDb['query'];
  });
  afterAll(async () => {
    holder.__tallyDb = undefined;
    await db.close().catch(() => {});
    await new Promise((r) => setTimeout(r, 300));
    await dispose();
  });

  it('answers the same bytes from the cache as a fresh render (HTML, SVG, PNG)', async () => {
    const v = (await latestVersion(db, await getCatalog(db.reader()), 'measure', MEASURE))!;
    const first = await get(`/embed/${MEASURE}`);
    const cached = await get(`/embed/${MEASURE}`);
    expect(first.status).toBe(200);
    expect(cached.bytes.equals(first.bytes)).toBe(true);
    expect(cached.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(cached.bytes.toString('utf8')).toBe(embedPage(v.model, { version: v.version, pinned: false }));

    const svg = await get(`/embed/${MEASURE}/chart.svg?width=400`);
    // Another spelling of the same parameters is the same rendering.
    const svgAgain = await get(`/embed/${MEASURE}/chart.svg?width=400&utm_source=x`);
    // A picture carries its version and dates (./embed-exports.test.ts).
    const stamp = { version: v.version, updated: v.updated, retrieved: today() };
    expect(svg.bytes.toString('utf8')).toBe(cardSvg(v.model, { width: 400, credit: credit(), stamp }).svg);
    expect(svgAgain.bytes.equals(svg.bytes)).toBe(true);

    const png = await get(`/embed/${MEASURE}/chart.png?width=300&height=200`);
    const pngAgain = await get(`/embed/${MEASURE}/chart.png?width=300&height=200`);
    const fresh = await svgToPng(cardSvg(v.model, { width: 300, height: 200, credit: credit(), stamp }).svg, 300);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(png.bytes.equals(fresh)).toBe(true);
    expect(pngAgain.bytes.equals(fresh)).toBe(true);

    const pinned = await get(`/embed/${MEASURE}/v/${v.version}`);
    expect(pinned.bytes.toString('utf8')).toBe(embedPage(v.model, { version: v.version, pinned: true }));
  });

  it('asks the database nothing while the revision stands', async () => {
    await get(`/embed/${MEASURE}`);
    const before = queries;
    for (let i = 0; i < 50; i++) {
      const r = await get(i % 2 ? `/embed/${MEASURE}` : `/embed/${MEASURE}/chart.svg?width=400`);
      expect(r.status).toBe(200);
    }
    // At most one revision check if the TTL ran out during the loop.
    expect(queries - before).toBeLessThanOrEqual(1);
    expect(embedCaches(db).answers.size).toBeGreaterThan(0);
  });

  it('answers 304 to If-None-Match with the current ETag, and a full answer to any other', async () => {
    const full = await get(`/embed/${MEASURE}`);
    const etag = full.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    const not = await get(`/embed/${MEASURE}`, { 'if-none-match': etag });
    expect(not.status).toBe(304);
    expect(not.bytes.length).toBe(0);
    expect(not.headers.get('etag')).toBe(etag);
    expect(not.headers.get('cache-control')).toBe(CACHE_LATEST);
    // Strong or weak, in a list: the same tag.
    expect((await get(`/embed/${MEASURE}`, { 'if-none-match': `"x", ${etag.slice(2)}` })).status).toBe(304);
    const other = await get(`/embed/${MEASURE}`, { 'if-none-match': 'W/"not-this-one"' });
    expect(other.status).toBe(200);
    expect(other.bytes.equals(full.bytes)).toBe(true);
    const svg = await get(`/embed/${MEASURE}/chart.svg`);
    expect((await get(`/embed/${MEASURE}/chart.svg`, { 'if-none-match': svg.headers.get('etag')! })).status).toBe(304);
    // An unknown chart is a 404, never a 304.
    expect((await get('/embed/no-such-measure', { 'if-none-match': '*' })).status).toBe(404);
  });

  it('says a pinned version is immutable for a year, and the latest only for a minute', async () => {
    const v = (await latestVersion(db, await getCatalog(db.reader()), 'measure', MEASURE))!;
    for (const asset of ['', '/chart.svg', '/chart.png', '/og.png', '/info.json']) {
      const pinned = await get(`/embed/${MEASURE}/v/${v.version}${asset}`);
      expect(pinned.status, asset).toBe(200);
      expect(pinned.headers.get('cache-control'), asset).toBe(CACHE_PINNED);
      expect(CACHE_PINNED).toBe('public, max-age=31536000, immutable');
      const latest = await get(`/embed/${MEASURE}${asset}`);
      expect(latest.headers.get('cache-control'), asset).toBe(CACHE_LATEST);
      expect(latest.headers.get('cache-control'), asset).not.toContain('immutable');
      // Cached or not, a 304 keeps saying so.
      const again = await get(`/embed/${MEASURE}/v/${v.version}${asset}`, { 'if-none-match': pinned.headers.get('etag')! });
      expect(again.status, asset).toBe(304);
      expect(again.headers.get('cache-control'), asset).toBe(CACHE_PINNED);
    }
  });

  it('a write here changes the latest embed at once (ETag and content); the pinned one stays', async () => {
    const before = await get(`/embed/${MEASURE}`);
    const oldTag = before.headers.get('etag')!;
    const { version } = (await latestVersion(db, await getCatalog(db.reader()), 'measure', MEASURE))!;
    const pinnedBefore = await get(`/embed/${MEASURE}/v/${version}`);
    const svgBefore = await get(`/embed/${MEASURE}/chart.svg`);
    await db.transaction(async (tx) => {
      await insertClaim(tx, claim('test-cache-figure', 640));
      await bumpRevision(tx);
    });
    const after = await get(`/embed/${MEASURE}`);
    expect(after.headers.get('etag')).not.toBe(oldTag);
    expect(after.bytes.toString()).toContain('data-claim-id="test-cache-figure"');
    expect(before.bytes.toString()).not.toContain('test-cache-figure');
    // The browser's old copy is stale now: its tag gets the new page, not a 304.
    const revalidated = await get(`/embed/${MEASURE}`, { 'if-none-match': oldTag });
    expect(revalidated.status).toBe(200);
    expect(revalidated.bytes.equals(after.bytes)).toBe(true);
    expect((await get(`/embed/${MEASURE}/chart.svg`)).headers.get('etag')).not.toBe(svgBefore.headers.get('etag'));
    // The pinned URL still shows what it showed, with the same tag.
    const pinnedAfter = await get(`/embed/${MEASURE}/v/${version}`);
    expect(pinnedAfter.bytes.equals(pinnedBefore.bytes)).toBe(true);
    expect(pinnedAfter.headers.get('etag')).toBe(pinnedBefore.headers.get('etag'));
  });

  it('keeps the ETag across a write that does not change this chart', async () => {
    const before = await get(`/embed/${MEASURE}`);
    await db.transaction(async (tx) => {
      await bumpRevision(tx);
    });
    const after = await get(`/embed/${MEASURE}`, { 'if-none-match': before.headers.get('etag')! });
    expect(after.status).toBe(304);
  });

  it('sees a write this process did not make within the revision TTL', async () => {
    const before = await get(`/embed/${MEASURE}`);
    // Statements outside a transaction: no commit is announced, as with a write by another process.
    // That process's transaction would have moved the claim's topic on too (derive.ts lockTouched);
    // outside one, the trigger's list of touched topics is emptied by each statement's own commit.
    await insertClaim(db, claim('test-cache-elsewhere', 655));
    await bumpTopicVersions(db, [(await topicOfMeasure(db.reader(), MEASURE))!]);
    await bumpRevision(db);
    const soon = await get(`/embed/${MEASURE}`);
    await sleep(REVISION_TTL_MS + 400);
    const later = await get(`/embed/${MEASURE}`);
    expect(later.bytes.toString()).toContain('data-claim-id="test-cache-elsewhere"');
    expect(later.headers.get('etag')).not.toBe(before.headers.get('etag'));
    // Within the TTL the cached answer may still be served; it is never something else.
    expect([before.headers.get('etag'), later.headers.get('etag')]).toContain(soon.headers.get('etag'));
  });

  describe('the answer in front of Next (server/embed/fast.ts)', () => {
    let server: http.Server;
    let base = '';
    beforeAll(async () => {
      server = http.createServer((req, res) => {
        if (!serveFromCache(req, res)) res.writeHead(599).end('miss');
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    const raw = (path: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
        http
          .get(base + path, { headers }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
          })
          .on('error', reject);
      });

    it('answers what the route answered, gzipped once, with the same headers; 304 for the ETag', async () => {
      const route = await get(`/embed/${MEASURE}`);
      const plain = await raw(`/embed/${MEASURE}`);
      expect(plain.status).toBe(200);
      expect(plain.bytes.equals(route.bytes)).toBe(true);
      for (const h of ['etag', 'cache-control', 'content-security-policy', 'content-type', 'x-content-type-options', 'vary']) {
        expect(plain.headers[h], h).toBe(route.headers.get(h));
      }
      const gz = await raw(`/embed/${MEASURE}`, { 'accept-encoding': 'gzip, deflate, br' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.bytes).equals(route.bytes)).toBe(true);
      const not = await raw(`/embed/${MEASURE}`, { 'if-none-match': route.headers.get('etag')! });
      expect(not.status).toBe(304);
      expect(not.bytes.length).toBe(0);
      // A PNG is sent as it is.
      const png = await get(`/embed/${MEASURE}/chart.png?width=300&height=200`);
      const fastPng = await raw(`/embed/${MEASURE}/chart.png?width=300&height=200`, { 'accept-encoding': 'gzip' });
      expect(fastPng.headers['content-encoding']).toBeUndefined();
      expect(fastPng.bytes.equals(png.bytes)).toBe(true);
    });

    it('leaves to Next what the route has not answered at the current revision', async () => {
      await get(`/embed/${MEASURE}`);
      expect((await raw(`/embed/${MEASURE}`)).status).toBe(200);
      expect((await raw(`/embed/${MEASURE}?never=asked`)).status).toBe(599);
      expect((await raw('/embed/no-such-measure')).status).toBe(599);
      expect((await raw(`/embed/${MEASURE}%2F`)).status).toBe(599);
      await db.transaction(async (tx) => {
        await insertClaim(tx, claim('test-cache-fast', 670));
        await bumpRevision(tx);
      });
      // A commit here: the next request goes to the route, which answers the new data.
      expect((await raw(`/embed/${MEASURE}`)).status).toBe(599);
      const fresh = await get(`/embed/${MEASURE}`);
      expect(fresh.bytes.toString()).toContain('test-cache-fast');
      // Showing a new version stores its snapshot, itself a commit: one more look, then the cache.
      expect((await get(`/embed/${MEASURE}`)).bytes.equals(fresh.bytes)).toBe(true);
      const fast = await raw(`/embed/${MEASURE}`);
      expect(fast.status).toBe(200);
      expect(fast.bytes.equals(fresh.bytes)).toBe(true);
    });
  });
});

describe('Accept-Encoding', () => {
  it('allows gzip only when the client does', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('*;q=0')).toBe(false);
    expect(acceptsGzip('gzip;q=0, *')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
