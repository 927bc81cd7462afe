import { getDb } from '../db';
import type { Db } from '../db/client';
import { embedPage } from './html';
import { cardSvg } from './card';
import { svgToPng } from './png';
import { parseEmbedQuery, PRINT_PNG, type EmbedQuery } from './query';
import { today, type Stamp } from './stamp';
import { paletteFor } from './palette';
import { unreviewedCount } from './model';
import type { Catalog } from '../db/catalog';
import { snippetHeight, snippets, type EmbedInfo } from './snippets';
import { safeJson } from './escape';
import { freshCatalog, freshRevision, latestVersion, pinnedVersion, revisionNow, type Version } from './versions';
import { assetPath, dataPath, embedQuery, OG_SIZE, pagePath, parseEmbedSegments, PNG_SIZE, type EmbedTarget } from './links';
import { FILE_CSP, HTML, CACHE_LATEST, CACHE_PINNED, answer, badRequest, htmlHeaders, makeBody, notFound, publicOrigin, reply, type Answer, type Body } from './http';
import { Lru } from './cache';

/**
 * GET /embed/… : the route handler's whole logic (app/embed/[...path]/route.ts only forwards).
 * An embed, its SVG and its PNG are pure functions of the data, so two caches stand in front of
 * rendering:
 *
 * - answers: the request's path and query → its whole answer (body, ETag, headers) and the
 *   catalog revision it was made at. While the revision has not moved (./versions.ts says so
 *   without a database round trip), a request is this one map lookup, and a conditional request
 *   with the answer's ETag is a 304 with no body.
 * - bodies: the rendered bytes by chart, data version, asset and its effective parameters. The
 *   version is a hash of the chart's data, so a write that does not touch this chart finds the
 *   same bytes (and the same ETag: browsers keep getting 304s), and any spelling of the same
 *   query (?width=abc, extra parameters) renders once.
 *
 * Both are LRU and bounded by entries and bytes. ETags are hashes of the bytes, so they cannot
 * outlive a change of the renderer across a deploy. 404s are not kept: they are cheap, and an
 * unknown id must not evict a real chart.
 */

export interface CachedAnswer extends Answer {
  revision: number;
  /** The day a picture or info.json was made: they say "retrieved" that day, so they are made again the next. */
  day?: string;
}

/** A cached answer still good now: made at this revision and, if it carries a date, today. */
const current = (a: CachedAnswer, revision: number) => a.revision === revision && (a.day === undefined || a.day === today());

const ANSWERS_MAX = 2000;
const BODIES_MAX = 1000;
const BYTES_MAX = 32 * 1024 * 1024;

interface Caches {
  answers: Lru<CachedAnswer>;
  bodies: Lru<Promise<Body>>;
}
// Per database handle (one per process in the app, several in tests).
const byDb = new WeakMap<Db, Caches>();

export function embedCaches(db: Db): Caches {
  let c = byDb.get(db);
  if (!c) byDb.set(db, (c = { answers: new Lru(ANSWERS_MAX, BYTES_MAX), bodies: new Lru(BODIES_MAX, BYTES_MAX) }));
  return c;
}

function rendered(db: Db, key: string, make: () => Promise<Body> | Body): Promise<Body> {
  const { bodies } = embedCaches(db);
  const hit = bodies.get(key);
  if (hit) return hit;
  const value = Promise.resolve().then(make);
  value.then(
    (b) => bodies.resize(key, value, b.bytes.byteLength),
    // A failed render must not stick: the next request tries again.
    () => bodies.peek(key) === value && bodies.delete(key),
  );
  bodies.set(key, value);
  return value;
}

/** The database the route last answered from: what the answer in front of Next (./fast.ts) looks in. */
let servingDb: Db | null = null;

/**
 * The cached answer for a request's path and query (as the client sent them), if it was made at
 * the revision the process knows to be current right now; null when that needs asking (a commit
 * here, more than a second since the last check) or was never answered. Synchronous.
 */
export function cachedAnswer(pathAndQuery: string): CachedAnswer | null {
  const db = servingDb;
  if (!db) return null;
  const revision = revisionNow(db);
  if (revision === null) return null;
  const hit = embedCaches(db).answers.get(pathAndQuery);
  return hit && current(hit, revision) ? hit : null;
}

const fileHeaders = (pinned: boolean, name: string) => ({
  'Cache-Control': pinned ? CACHE_PINNED : CACHE_LATEST,
  'Content-Security-Policy': FILE_CSP,
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Content-Disposition': `inline; filename="${name}"`,
});

function info(t: EmbedTarget, v: Version, origin: string, q: EmbedQuery, unreviewed: number, stamp: Stamp): string {
  const { model, version } = v;
  const height = snippetHeight(model);
  // Pictures in the theme chosen (auto draws light, as a picture has no reader to ask).
  const file = (asset: 'chart.png' | 'chart.svg', extra = '') => {
    const q0 = embedQuery({ theme: q.theme === 'dark' ? 'dark' : undefined });
    return origin + assetPath(t.kind, t.id, version, asset) + (q0 && extra ? `${q0}&${extra}` : q0 || (extra ? `?${extra}` : ''));
  };
  const opts = { theme: q.theme, unreviewed: !!model.unreviewed, stamp };
  const body: EmbedInfo = {
    kind: t.kind,
    id: t.id,
    title: model.title,
    version,
    height,
    theme: q.theme,
    unreviewed: { included: !!model.unreviewed, count: unreviewed },
    latest: snippets(model, origin, null, version, height, opts),
    pinned: snippets(model, origin, version, version, height, opts),
    updated: stamp.updated,
    retrieved: stamp.retrieved,
    files: {
      png: { url: file('chart.png'), ...PNG_SIZE },
      png2x: { url: file('chart.png', 'scale=2'), width: PNG_SIZE.width * 2, height: PNG_SIZE.height * 2 },
      print: { url: file('chart.png', 'size=print'), width: PRINT_PNG.width, dpi: PRINT_PNG.dpi },
      svg: file('chart.svg'),
      csv: origin + dataPath(t.kind, t.id, 'csv'),
      json: origin + dataPath(t.kind, t.id, 'json'),
    },
    page: origin + pagePath(t.kind, t.id),
  };
  return safeJson(body);
}

export async function handleEmbed(req: Request, segments: string[]): Promise<Response> {
  const db = await getDb();
  servingDb = db;
  const revision = revisionNow(db) ?? (await freshRevision(db));
  const url = new URL(req.url);
  const key = url.pathname + url.search;
  const { answers } = embedCaches(db);
  const hit = answers.get(key);
  if (hit && current(hit, revision)) return reply(req, hit);

  const t = parseEmbedSegments(segments);
  if (!t) return notFound(req, 'There is no chart at this address.');
  const parsed = parseEmbedQuery(url.searchParams);
  if (!parsed.ok) return badRequest(req, parsed.error, t.asset === null ? 'html' : t.asset === 'info.json' ? 'json' : 'text');
  const q = parsed.query;
  const cat = await freshCatalog(db, t.kind, t.id);
  // A pinned version is its snapshot, unreviewed figures or not; only the latest reads ?unreviewed.
  const v = t.version ? await pinnedVersion(db, cat, t.kind, t.id, t.version) : await latestVersion(db, cat, t.kind, t.id, { unreviewed: q.unreviewed });
  if (!v) {
    const what = t.kind === 'measure' ? `Tally has no figure “${t.id}”.` : `Tally has no comparison chart for the topic “${t.id}”.`;
    return notFound(req, t.version ? `This chart has no version ${t.version}.` : what);
  }
  const made = await render(db, t, v, q, cat);
  // The older of the two: an answer marked older than it is is only made again, never served stale.
  const a: CachedAnswer = { ...made, revision: Math.min(revision, cat.revision), ...(t.asset ? { day: made.day } : {}) };
  answers.set(key, a, a.body.bytes.byteLength);
  return reply(req, a);
}

async function render(db: Db, t: EmbedTarget, v: Version, q: EmbedQuery, cat: Catalog): Promise<Answer & { day: string }> {
  const day = today();
  return { ...(await renderAsset(db, t, v, q, cat, { version: v.version, updated: v.updated, retrieved: day })), day };
}

async function renderAsset(db: Db, t: EmbedTarget, v: Version, q: EmbedQuery, cat: Catalog, stamp: Stamp): Promise<Answer> {
  const pinned = t.version !== null;
  // A picture has no reader to ask: auto draws light. The page keeps auto, for CSS to decide.
  const theme = t.asset === null || t.asset === 'info.json' ? q.theme : q.theme === 'dark' ? 'dark' : 'light';
  const key = `${t.kind}:${t.id}:${v.version}:${pinned ? 'p' : 'l'}:${t.asset ?? 'html'}:${theme}`;
  const credit = () => publicOrigin().replace(/^https?:\/\//, '') + pagePath(t.kind, t.id);
  const name = `tally-${t.id}-${v.version}`;
  switch (t.asset) {
    case null: {
      const body = await rendered(db, key, () => makeBody(embedPage(v.model, { version: v.version, pinned, theme }), HTML));
      return answer(body, htmlHeaders(pinned));
    }
    case 'chart.svg': {
      const width = q.width ?? 680;
      const c = credit();
      const pal = paletteFor(theme);
      const body = await rendered(db, `${key}:${width}:${c}:${stamp.retrieved}`, () => makeBody(cardSvg(v.model, { width, credit: c, pal, stamp }).svg, 'image/svg+xml; charset=utf-8'));
      return answer(body, fileHeaders(pinned, `${name}.svg`));
    }
    case 'chart.png':
    case 'og.png': {
      const og = t.asset === 'og.png';
      const print = !og && q.size === 'print';
      // A print PNG is as tall as the chart needs; a screen one keeps the frame it is asked for, at 1× or 2× the pixels.
      const scale = og || print ? 1 : q.scale;
      const width = (og ? OG_SIZE.width : print ? PRINT_PNG.width : (q.width ?? PNG_SIZE.width)) * scale;
      const height = og ? OG_SIZE.height : print ? undefined : (q.height ?? Math.round((width / scale) * PNG_SIZE.height / PNG_SIZE.width)) * scale;
      const c = credit();
      const pal = paletteFor(theme);
      const body = await rendered(db, `${key}:${width}x${height ?? 'auto'}:${c}:${stamp.retrieved}`, async () =>
        makeBody(await svgToPng(cardSvg(v.model, { width, height, credit: c, pal, stamp }).svg, width, pal.paper), 'image/png'),
      );
      return answer(body, fileHeaders(pinned, `${name}.png`));
    }
    case 'info.json': {
      const origin = publicOrigin();
      const body = await rendered(db, `${key}:${origin}:${cat.revision}:${stamp.retrieved}`, () => makeBody(info(t, v, origin, q, unreviewedCount(cat, t.kind, t.id), stamp), 'application/json; charset=utf-8'));
      return answer(body, { 'Cache-Control': pinned ? CACHE_PINNED : CACHE_LATEST, 'Access-Control-Allow-Origin': '*' });
    }
  }
}
