import { getDb } from '../db';
import { freshCatalog, latestVersion, pinnedVersion } from './versions';
import { estimateHeight, snippets } from './snippets';
import { assetPath, parseEmbedSegments, type EmbedTarget } from './links';
import { publicOrigin, requestOrigin } from './http';

/**
 * GET /api/oembed?url=&maxwidth=&maxheight=&format=json (oembed.com, type "rich"). It accepts a
 * figure page (/measures/{id}), the dashboard at a topic (/#topic-{id}) or any embed URL, on this
 * site's own host; the answer embeds that chart, pinned if the URL was pinned.
 */

const json = (status: number, body: unknown) =>
  Response.json(body, {
    status,
    headers: { 'Cache-Control': status === 200 ? 'public, max-age=300' : 'public, max-age=60', 'Access-Control-Allow-Origin': '*' },
  });

/**
 * Which chart a URL names, or null; a URL on another host names nothing here. A relative URL (what
 * oembedLinkFor writes when no public URL is configured) is read against `origins[0]`.
 */
export function targetOf(raw: string, origins: string[]): EmbedTarget | null | 'bad' {
  // An absolute http(s) URL, or a path from the site's root; anything else is malformed.
  if (!/^(https?:\/\/|\/(?!\/))/i.test(raw)) return 'bad';
  let u: URL;
  try {
    u = new URL(raw, origins[0]);
  } catch {
    return 'bad';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'bad';
  if (!origins.some((o) => new URL(o).host === u.host)) return null;
  let parts: string[];
  try {
    parts = u.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return 'bad'; // a % escape that is not UTF-8 ("/measures/%ff") names nothing
  }
  if (parts[0] === 'measures' && parts.length === 2) return parseEmbedSegments([parts[1]]);
  if (parts[0] === 'embed') {
    const t = parseEmbedSegments(parts.slice(1));
    return t && t.asset === null ? t : null;
  }
  const topic = /^#topic-([a-z0-9-]+)$/.exec(u.hash);
  if (parts.length === 0 && topic) return parseEmbedSegments(['topic', topic[1]]);
  return null;
}

const bound = (v: string | null, lo: number, hi: number, fallback: number) => {
  const n = v === null ? NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : fallback;
};

export async function handleOembed(req: Request): Promise<Response> {
  const params = new URL(req.url).searchParams;
  const format = params.get('format') ?? 'json';
  if (format !== 'json') return json(501, { error: `format “${format}” is not supported; use format=json` });
  const raw = params.get('url');
  if (!raw) return json(400, { error: 'the url parameter is required' });
  const origin = publicOrigin(req);
  const t = targetOf(raw, [requestOrigin(req), origin]);
  if (t === 'bad') return json(400, { error: 'the url parameter is not a valid http(s) URL' });
  if (!t) return json(404, { error: 'no Tally chart at that URL' });
  const db = await getDb();
  const cat = await freshCatalog(db, t.kind, t.id);
  const v = t.version ? await pinnedVersion(db, cat, t.kind, t.id, t.version) : await latestVersion(db, cat, t.kind, t.id);
  if (!v) return json(404, { error: 'no Tally chart at that URL' });
  const width = bound(params.get('maxwidth'), 200, 680, 680);
  const height = Math.min(estimateHeight(v.model, width), bound(params.get('maxheight'), 100, 3000, 3000));
  const s = snippets(v.model, origin, t.version, v.version, height);
  return json(200, {
    version: '1.0',
    type: 'rich',
    provider_name: 'Tally',
    provider_url: `${origin}/`,
    title: v.model.title,
    html: s.iframeScript.replace('width="100%"', `width="${width}"`),
    width,
    height,
    thumbnail_url: origin + assetPath(t.kind, t.id, t.version, 'chart.png'),
    thumbnail_width: 1200,
    thumbnail_height: 675,
    cache_age: t.version ? 31536000 : 300,
  });
}
