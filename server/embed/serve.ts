import { getDb } from '../db';
import { embedPage } from './html';
import { cardSvg } from './card';
import { clampSize, svgToPng } from './png';
import { estimateHeight, snippets, type EmbedInfo } from './snippets';
import { safeJson } from './escape';
import { freshCatalog, latestVersion, pinnedVersion, type Version } from './versions';
import { assetPath, dataPath, OG_SIZE, pagePath, parseEmbedSegments, PNG_SIZE, type EmbedTarget } from './links';
import { FILE_CSP, HTML, CACHE_LATEST, CACHE_PINNED, htmlHeaders, makeBody, notFound, publicOrigin, send, type Body } from './http';

/**
 * GET /embed/… : the route handler's whole logic (app/embed/[...path]/route.ts only forwards).
 * A rendered body depends only on the data version, the asset and its parameters, so it is
 * rendered once and kept; a request then costs one revision query and a map lookup.
 */

const rendered = new Map<string, Promise<Body>>();
const RENDERED_MAX = 300;

function cached(key: string, make: () => Promise<Body> | Body): Promise<Body> {
  const hit = rendered.get(key);
  if (hit) return hit;
  if (rendered.size >= RENDERED_MAX) rendered.delete(rendered.keys().next().value as string);
  const value = Promise.resolve().then(make);
  value.catch(() => rendered.delete(key));
  rendered.set(key, value);
  return value;
}

const fileHeaders = (pinned: boolean, name: string) => ({
  'Cache-Control': pinned ? CACHE_PINNED : CACHE_LATEST,
  'Content-Security-Policy': FILE_CSP,
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Content-Disposition': `inline; filename="${name}"`,
});

function info(t: EmbedTarget, v: Version, origin: string): string {
  const { model, version } = v;
  const height = estimateHeight(model, 680);
  const png = origin + assetPath(t.kind, t.id, version, 'chart.png');
  const body: EmbedInfo = {
    kind: t.kind,
    id: t.id,
    title: model.title,
    version,
    height,
    latest: snippets(model, origin, null, version, height),
    pinned: snippets(model, origin, version, version, height),
    files: {
      png: { url: png, ...PNG_SIZE },
      svg: origin + assetPath(t.kind, t.id, version, 'chart.svg'),
      csv: origin + dataPath(t.kind, t.id, 'csv'),
      json: origin + dataPath(t.kind, t.id, 'json'),
    },
    page: origin + pagePath(t.kind, t.id),
  };
  return safeJson(body);
}

export async function handleEmbed(req: Request, segments: string[]): Promise<Response> {
  const t = parseEmbedSegments(segments);
  if (!t) return notFound(req, 'There is no chart at this address.');
  const db = await getDb();
  const cat = await freshCatalog(db);
  const v = t.version ? await pinnedVersion(db, cat, t.kind, t.id, t.version) : await latestVersion(db, cat, t.kind, t.id);
  if (!v) {
    const what = t.kind === 'measure' ? `Tally has no figure “${t.id}”.` : `Tally has no comparison chart for the topic “${t.id}”.`;
    return notFound(req, t.version ? `This chart has no version ${t.version}.` : what);
  }
  const pinned = t.version !== null;
  const params = new URL(req.url).searchParams;
  const key = `${t.kind}:${t.id}:${v.version}:${pinned ? 'p' : 'l'}:${t.asset ?? 'html'}`;
  const credit = () => publicOrigin(req).replace(/^https?:\/\//, '') + pagePath(t.kind, t.id);
  const name = `tally-${t.id}-${v.version}`;
  switch (t.asset) {
    case null: {
      const body = await cached(key, () => makeBody(embedPage(v.model, { version: v.version, pinned }), HTML));
      return send(req, body, htmlHeaders(pinned));
    }
    case 'chart.svg': {
      const width = clampSize(params.get('width'), 680);
      const c = credit();
      const body = await cached(`${key}:${width}:${c}`, () => makeBody(cardSvg(v.model, { width, credit: c }).svg, 'image/svg+xml; charset=utf-8'));
      return send(req, body, fileHeaders(pinned, `${name}.svg`));
    }
    case 'chart.png':
    case 'og.png': {
      const og = t.asset === 'og.png';
      const width = og ? OG_SIZE.width : clampSize(params.get('width'), PNG_SIZE.width);
      const height = og ? OG_SIZE.height : clampSize(params.get('height'), Math.round((width * PNG_SIZE.height) / PNG_SIZE.width));
      const c = credit();
      const body = await cached(`${key}:${width}x${height}:${c}`, async () =>
        makeBody(await svgToPng(cardSvg(v.model, { width, height, credit: c }).svg, width), 'image/png'),
      );
      return send(req, body, fileHeaders(pinned, `${name}.png`));
    }
    case 'info.json': {
      const origin = publicOrigin(req);
      const body = await cached(`${key}:${origin}`, () => makeBody(info(t, v, origin), 'application/json; charset=utf-8'));
      return send(req, body, { 'Cache-Control': pinned ? CACHE_PINNED : CACHE_LATEST, 'Access-Control-Allow-Origin': '*' });
    }
  }
}
