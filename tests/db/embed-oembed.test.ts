import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/server/db/client';
import * as oembedRoute from '@/app/api/oembed/route';
import * as embedRoute from '@/app/embed/[...path]/route';
import { bumpRevision, insertClaim, insertSource } from '@/server/db/write';
import { intervalFor } from '@/server/domain/value';
import { targets } from './targets';

/**
 * oEmbed (issue 10 item 7): the iframe it returns carries the embed's options (?theme=,
 * ?unreviewed=) whether they come on the endpoint's query or on the url it is asked about, and
 * a value neither takes is a 400 that says so. Called through the route modules, as Next does.
 */
const holder = globalThis as unknown as { __tallyDb?: Promise<Db> };
const ORIGIN = 'http://127.0.0.1';
const MEASURE = 'drones-delivered';

interface Oembed {
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  error?: string;
}

async function oembed(query: Record<string, string>) {
  const res = await oembedRoute.GET(new Request(`${ORIGIN}/api/oembed?${new URLSearchParams(query)}`));
  return { status: res.status, body: (await res.json()) as Oembed };
}

/** The iframe's src in an oEmbed answer, made relative to the site. */
const srcOf = (html: string) => {
  const m = /<iframe src="([^"]+)"/.exec(html);
  if (!m) throw new Error(`no iframe in ${html}`);
  return m[1].replace(/&amp;/g, '&').replace(/^https?:\/\/[^/]+/, '');
};

async function embedHtml(path: string): Promise<{ status: number; text: string }> {
  const url = new URL(path, ORIGIN);
  const segments = url.pathname.split('/').slice(2).map(decodeURIComponent);
  const res = await embedRoute.GET(new Request(url), { params: Promise.resolve({ path: segments }) });
  return { status: res.status, text: await res.text() };
}

describe.each(targets)('oEmbed over $name', (target) => {
  let db: Db;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ db, dispose } = await target.open());
    holder.__tallyDb = Promise.resolve(db);
    // A figure accepted automatically and never reviewed: a chart shows it only when asked.
    await db.transaction(async (tx) => {
      await insertSource(tx, {
        id: 'oembed-wire', outlet: 'The oEmbed Wire', wire: null, title: 'Drones', url: null, published: '2023-05-20', publishedEstimate: null,
        text: 'An official said 700 drones had been delivered.', contentHash: 'oembed-wire', origin: 'ingested',
      });
      await insertClaim(tx, {
        id: 'oembed-auto', measureId: MEASURE, sourceId: 'oembed-wire', value: intervalFor({ qualifier: 'exact', n: 700 }, '700'), unit: 'drones', currency: null,
        asOf: null, periodStart: null, speaker: null, citedBy: [], stance: 'asserts', quote: 'An official said 700 drones had been delivered.', start: 0, end: 47,
        figureStart: 17, figureEnd: 20, origin: 'extracted', review: 'auto', note: null, confidence: null, supersedes: null,
      });
      await bumpRevision(tx);
    });
  });
  afterAll(async () => {
    holder.__tallyDb = undefined;
    await db.close().catch(() => {});
    await new Promise((r) => setTimeout(r, 300));
    await dispose();
  });

  it('passes ?theme= and ?unreviewed= on the url through to the iframe and the thumbnail', async () => {
    const { status, body } = await oembed({ url: `${ORIGIN}/embed/${MEASURE}?theme=dark&unreviewed=1`, format: 'json' });
    expect(status).toBe(200);
    const src = srcOf(body.html);
    expect(src).toBe(`/embed/${MEASURE}?theme=dark&unreviewed=1`);
    expect(body.thumbnail_url).toMatch(new RegExp(`/embed/${MEASURE}/chart\\.png\\?theme=dark&unreviewed=1$`));
    // The URL it returns is one the embed serves, in dark, with the unreviewed figure marked.
    const page = await embedHtml(src);
    expect(page.status).toBe(200);
    expect(page.text).toContain('data-theme="dark"');
    expect(page.text).toContain('data-claim-id="oembed-auto"');
    // Without the option the same chart leaves that figure out, and the iframe says nothing extra.
    const plain = await oembed({ url: `${ORIGIN}/measures/${MEASURE}` });
    expect(srcOf(plain.body.html)).toBe(`/embed/${MEASURE}`);
    expect((await embedHtml(srcOf(plain.body.html))).text).not.toContain('data-claim-id="oembed-auto"');
    // The chart with one more figure is taller: the height is the one of the chart returned.
    expect(body.height).toBeGreaterThan(plain.body.height);
  });

  it('takes the options on its own query too, over the url’s', async () => {
    const own = await oembed({ url: `${ORIGIN}/measures/${MEASURE}`, theme: 'light', unreviewed: '1' });
    expect(srcOf(own.body.html)).toBe(`/embed/${MEASURE}?theme=light&unreviewed=1`);
    // A picture has no reader: light is its default, so the thumbnail asks for nothing but the figures.
    expect(own.body.thumbnail_url).toMatch(/\/chart\.png\?unreviewed=1$/);
    const over = await oembed({ url: `${ORIGIN}/embed/${MEASURE}?theme=dark&unreviewed=1`, theme: 'auto', unreviewed: '0' });
    expect(srcOf(over.body.html)).toBe(`/embed/${MEASURE}`);
    const topic = await oembed({ url: `${ORIGIN}/#topic-iran-drones`, theme: 'dark' });
    expect(srcOf(topic.body.html)).toBe('/embed/topic/iran-drones?theme=dark');
  });

  it('keeps a pinned chart its snapshot: the theme passes, unreviewed does not', async () => {
    const { version } = JSON.parse((await embedHtml(`/embed/${MEASURE}/info.json`)).text) as { version: string };
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    const pinned = await oembed({ url: `${ORIGIN}/embed/${MEASURE}/v/${version}?theme=dark&unreviewed=1` });
    expect(pinned.status).toBe(200);
    expect(srcOf(pinned.body.html)).toBe(`/embed/${MEASURE}/v/${version}?theme=dark`);
  });

  it('answers a value it does not take with a 400 that says what it takes', async () => {
    const cases: [Record<string, string>, number, string][] = [
      [{ url: `${ORIGIN}/measures/${MEASURE}`, theme: 'blue' }, 400, 'theme must be one of light, dark, auto; got “blue”.'],
      [{ url: `${ORIGIN}/measures/${MEASURE}`, unreviewed: 'maybe' }, 400, 'unreviewed must be 1 or 0; got “maybe”.'],
      [{ url: `${ORIGIN}/embed/${MEASURE}?theme=sepia` }, 400, 'in the url: theme must be one of light, dark, auto; got “sepia”.'],
      [{ url: `${ORIGIN}/measures/${MEASURE}`, maxwidth: 'wide' }, 400, 'maxwidth must be a whole number of pixels; got “wide”.'],
      [{ url: `${ORIGIN}/measures/${MEASURE}`, maxheight: '-5' }, 400, 'maxheight must be a whole number of pixels; got “-5”.'],
      [{ format: 'json' }, 400, 'the url parameter is required'],
      [{ url: '' }, 400, 'the url parameter is required'],
      [{ url: `${ORIGIN}/measures/${MEASURE}`, format: 'xml' }, 501, 'format “xml” is not supported; use format=json'],
    ];
    for (const [query, status, error] of cases) {
      const r = await oembed(query);
      expect([r.status, r.body.error], JSON.stringify(query)).toEqual([status, error]);
    }
    // Still clamped, not refused: a number out of range is read as the nearest it allows.
    const small = await oembed({ url: `${ORIGIN}/measures/${MEASURE}`, maxwidth: '50', maxheight: '99999' });
    expect([small.status, small.body.width]).toEqual([200, 200]);
  });
});
