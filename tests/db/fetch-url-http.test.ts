import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPageServer, type PageServer } from '../fixtures/page-server';
import { routeHarness } from './route-harness';
import { targets } from './targets';

/*
 * Ingest by URL through the real handlers (POST /api/v1/sources with `url` alone, POST
 * /api/v1/sources/fetch, tRPC ingest.fetch) and through createCaller on PGlite and PostgreSQL,
 * the pages served on 127.0.0.1, which TALLY_FETCH_ALLOW lets through; and every refusal a 4xx,
 * 502 or 504 that says what is wrong, never a 500.
 */
process.env.TALLY_FETCH_ALLOW = '127.0.0.1';
process.env.TALLY_FETCH_TIMEOUT_MS = '1000';
const h = routeHarness('fetch-url');
let srv: PageServer;
beforeAll(async () => {
  srv = await startPageServer();
});
afterAll(async () => srv?.close());

const at = (p: string) => `${srv.url}${p}`;
const post = (p: string, body: unknown, token: string | null = h.token) =>
  h.rest(new Request(h.url(p), { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) }));
const get = (p: string) => h.rest(new Request(h.url(p), { method: 'GET' }));

describe('POST /api/v1/sources/fetch', () => {
  it('answers the article read from the page, storing nothing', async () => {
    const r = await post('/api/v1/sources/fetch', { url: at('/news/ferry-strike.html') });
    expect(r.status).toBe(200);
    const a = await r.json();
    expect(a).toMatchObject({ url: at('/news/ferry-strike.html'), outlet: 'The Channel Courier', outletFrom: 'page', title: 'Ferry strike: 40 crossings cancelled as talks collapse', published: '2023-11-07', publishedFrom: 'meta' });
    expect(a.text).toContain('about 9,000 passengers');
    expect(a.text).not.toContain('islandgirl');
  });

  it('needs the admin token: Tally is nobody’s open proxy', async () => {
    const r = await post('/api/v1/sources/fetch', { url: at('/news/ferry-strike.html') }, null);
    expect(r.status).toBe(401);
  });

  it('answers each bad link or page with its status and a message saying what is wrong', async () => {
    const cases: [unknown, number, RegExp][] = [
      [{ url: 'not a link' }, 400, /absolute http\(s\) URL/],
      [{ url: 'file:///etc/passwd' }, 400, /absolute http\(s\) URL/],
      [{}, 400, /url is required/],
      [{ url: `http://127.0.0.2:${srv.port}/news/ferry-strike.html` }, 400, /127\.0\.0\.2 is a private, loopback/],
      [{ url: at('/to-private') }, 400, /127\.0\.0\.2 is a private, loopback/],
      [{ url: at('/loop-a') }, 502, /redirects in a loop/],
      [{ url: at('/big-streamed') }, 413, /over 5\.0 MB/],
      [{ url: at('/never') }, 504, /did not send the page within 1\.0 s/],
      [{ url: at('/pdf') }, 415, /not a web page \(Content-Type: application\/pdf\)/],
      [{ url: at('/gone') }, 502, /answered 404/],
      [{ url: at('/news/section-index.html') }, 422, /no article found/],
    ];
    for (const [body, status, message] of cases) {
      const r = await post('/api/v1/sources/fetch', body);
      const text = await r.text();
      expect(r.status, `${JSON.stringify(body)}: ${text}`).toBe(status);
      expect(text, JSON.stringify(body)).toMatch(message);
      expect(text).not.toMatch(/Internal server error/);
    }
  });

  it('is served on tRPC as ingest.fetch too', async () => {
    const r = await h.trpc(
      new Request(h.url('/api/trpc/ingest.fetch'), { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${h.token}` }, body: JSON.stringify({ url: at('/news/heatwave-graph.html') }) }),
    );
    expect(r.status).toBe(200);
    expect((await r.json()).result.data).toMatchObject({ outlet: 'Southern Star', published: '2024-01-22' });
  });
});

describe('POST /api/v1/sources with url alone', () => {
  it('fetches, reads and stores the article with the URL it was read from; the same page again is a duplicate', async () => {
    const r = await post('/api/v1/sources', { url: at('/short') });
    expect(r.status).toBe(200);
    const stored = await r.json();
    expect(stored).toMatchObject({ stored: true, duplicate: false, title: 'Firefighters hold the line as blaze passes 12,000 hectares' });
    expect(stored.figures.map((f: { text: string }) => f.text)).toEqual(expect.arrayContaining(['more than 12,000 hectares']));
    const source = await (await get(`/api/v1/sources/${stored.sourceId}`)).json();
    expect(source.source).toMatchObject({ outlet: 'Harbour Gazette', url: at('/news/harbour-fire.html'), published: '2024-02-18' });
    expect(source.source.text).not.toContain('KiwiDave');
    expect(await (await post('/api/v1/sources', { url: at('/news/harbour-fire.html') })).json()).toMatchObject({ duplicate: true, sourceId: stored.sourceId });
  });

  it('takes the outlet, title and date sent with the url over the page’s', async () => {
    const r = await post('/api/v1/sources', { url: at('/news/no-metadata.html'), outlet: 'Town News', published: '2024-03-02' });
    const stored = await r.json();
    expect(r.status).toBe(200);
    const source = await (await get(`/api/v1/sources/${stored.sourceId}`)).json();
    expect(source.source).toMatchObject({ outlet: 'Town News', title: 'Water restrictions tightened', published: '2024-03-02' });
  });

  it('keeps the text contract exactly: text, outlet and title as before; a missing field still named', async () => {
    const pdfHits = srv.hits.get('/pdf') ?? 0;
    const ok = await post('/api/v1/sources', { text: 'Officials said 70 drones were launched overnight at the port of Kherson.', outlet: 'Wire', title: 'Overnight attack', url: at('/pdf') });
    expect(ok.status).toBe(200);
    expect(srv.hits.get('/pdf') ?? 0).toBe(pdfHits); // text given: the url is stored, never fetched
    const missing = await post('/api/v1/sources', { text: 'Five drones.', title: 'T' });
    expect(missing.status).toBe(400);
    const said = (body: { issues: { path: string[]; message: string }[] }) => body.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(said(await missing.json())).toEqual(['outlet: outlet is required']);
    const none = await post('/api/v1/sources', {});
    expect(none.status).toBe(400);
    expect(said(await none.json())).toEqual(['text: text is required (or send url alone, and Tally fetches the page)', 'outlet: outlet is required', 'title: title is required']);
  });

  it('refuses a page it cannot use with the fetch’s status, storing nothing', async () => {
    const before = (await (await get('/api/v1/sources')).json()).length;
    for (const [p, status] of [['/news/section-index.html', 422], ['/json', 415], ['/loop-a', 502]] as const) {
      const r = await post('/api/v1/sources', { url: at(p) });
      expect(r.status, p).toBe(status);
    }
    expect((await post('/api/v1/sources', { url: at('/news/ferry-strike.html') }, null)).status).toBe(401);
    expect((await (await get('/api/v1/sources')).json()).length).toBe(before);
  });
});

describe('the OpenAPI document', () => {
  it('documents /sources/fetch and url alone on POST /sources', async () => {
    const { GET } = await import('@/app/api/openapi.json/route');
    const doc = await GET().json();
    expect(doc.paths['/sources/fetch'].post.description).toMatch(/422 \(no article in the page, or a host name that does not exist\)/);
    expect(doc.paths['/sources'].post.description).toMatch(/send `url` alone/);
    const body = doc.paths['/sources'].post.requestBody.content['application/json'].schema;
    expect(body.required ?? []).not.toContain('text');
    expect(Object.keys(body.properties)).toEqual(expect.arrayContaining(['text', 'outlet', 'title', 'url', 'published']));
  });
});

describe.each(targets)('ingest.create with url alone through createCaller over $name', (target) => {
  let opened: Awaited<ReturnType<typeof target.open>>;
  beforeAll(async () => {
    opened = await target.open();
  });
  afterAll(async () => opened?.dispose());

  it('stores the fetched article with its URL and figures', async () => {
    const { createCaller } = await import('@/server/trpc/router');
    const caller = createCaller({ db: opened.db, isAdmin: true });
    const r = await caller.ingest.create({ url: at('/news/heatwave-graph.html') });
    expect(r).toMatchObject({ stored: true, title: 'Heatwave sends 300 people to hospital in three days' });
    const s = await caller.sources.get({ id: r.sourceId });
    expect(s.source).toMatchObject({ outlet: 'Southern Star', url: at('/news/heatwave-graph.html'), published: '2024-01-22' });
    await expect(createCaller({ db: opened.db, isAdmin: false }).ingest.create({ url: at('/news/heatwave-graph.html') })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(caller.ingest.create({ url: at('/never') })).rejects.toMatchObject({ code: 'GATEWAY_TIMEOUT' });
  });
});
