import { getDb } from '../db';
import { freshCatalog, latestVersion, pinnedVersion } from './versions';
import { estimateHeight, snippets } from './snippets';
import { z } from 'zod';
import { assetPath, embedQuery, parseEmbedSegments, type EmbedTarget } from './links';
import { EmbedQuery, parseEmbedQuery } from './query';
import { publicOrigin, requestOrigin } from './http';

/**
 * GET /api/oembed?url=&maxwidth=&maxheight=&format=json[&theme=&unreviewed=] (oembed.com, type
 * "rich"). It accepts a figure page (/measures/{id}), the dashboard at a topic (/#topic-{id}) or
 * any embed URL, on this site's own host; the answer embeds that chart, pinned if the URL was
 * pinned, in the theme and with the unreviewed figures asked for.
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

/**
 * The endpoint's query. Beside oembed.com's own (url, maxwidth, maxheight, format), the embed's
 * options: theme=light|dark|auto and unreviewed=1|0, read from the endpoint's query or, when it
 * does not say, from the url's own (an embed URL copied with ?theme=dark&unreviewed=1), and
 * carried into the iframe URL returned. A value neither takes is a 400 that says what it takes.
 */
const pixels = (name: string) =>
  z
    .string()
    .regex(/^\d{1,5}$/, `${name} must be a whole number of pixels`)
    .transform(Number)
    .optional();

export const OembedQuery = z.object({
  url: z.string({ error: 'the url parameter is required' }).min(1, 'the url parameter is required'),
  // oembed.com: a format the provider does not serve is a 501, not a 400 (handled first).
  format: z.string().default('json'),
  maxwidth: pixels('maxwidth'),
  maxheight: pixels('maxheight'),
  theme: EmbedQuery.shape.theme.removeDefault().optional(),
  unreviewed: EmbedQuery.shape.unreviewed.removeDefault().optional(),
});
export type OembedQuery = z.infer<typeof OembedQuery>;

/** The query read (the first of a repeated parameter, as URLSearchParams.get), or why it cannot be. */
export function parseOembedQuery(params: URLSearchParams): { ok: true; query: OembedQuery } | { ok: false; status: 400 | 501; error: string } {
  const raw: Record<string, string> = {};
  for (const [k, v] of params) if (k in OembedQuery.shape && !(k in raw)) raw[k] = v;
  const format = raw.format ?? 'json';
  if (format !== 'json') return { ok: false, status: 501, error: `format “${format.slice(0, 40)}” is not supported; use format=json` };
  const r = OembedQuery.safeParse(raw);
  if (r.success) return { ok: true, query: r.data };
  const issue = r.error.issues[0];
  const name = String(issue.path[0] ?? 'query');
  if (name === 'url') return { ok: false, status: 400, error: 'the url parameter is required' };
  const what = name === 'unreviewed' ? 'unreviewed must be 1 or 0' : issue.message;
  return { ok: false, status: 400, error: `${what}; got “${(raw[name] ?? '').slice(0, 40)}”.` };
}

const clamp = (v: number | undefined, lo: number, hi: number, fallback: number) => (v === undefined ? fallback : Math.min(hi, Math.max(lo, v)));

export async function handleOembed(req: Request): Promise<Response> {
  const parsed = parseOembedQuery(new URL(req.url).searchParams);
  if (!parsed.ok) return json(parsed.status, { error: parsed.error });
  const q = parsed.query;
  const origin = publicOrigin(req);
  const origins = [requestOrigin(req), origin];
  const t = targetOf(q.url, origins);
  if (t === 'bad') return json(400, { error: 'the url parameter is not a valid http(s) URL' });
  if (!t) return json(404, { error: 'no Tally chart at that URL' });
  // The url's own options, read as the embed reads them: a bad one is the same 400 it would answer.
  const own = parseEmbedQuery(new URL(q.url, origins[0]).searchParams);
  if (!own.ok) return json(400, { error: `in the url: ${own.error}` });
  const theme = q.theme ?? own.query.theme;
  // A pinned chart is its snapshot, with or without unreviewed figures: only the latest reads it.
  const unreviewed = !t.version && (q.unreviewed ?? own.query.unreviewed);
  const db = await getDb();
  const cat = await freshCatalog(db, t.kind, t.id);
  const v = t.version ? await pinnedVersion(db, cat, t.kind, t.id, t.version) : await latestVersion(db, cat, t.kind, t.id, { unreviewed });
  if (!v) return json(404, { error: 'no Tally chart at that URL' });
  const width = clamp(q.maxwidth, 200, 680, 680);
  const height = Math.min(estimateHeight(v.model, width), clamp(q.maxheight, 100, 3000, 3000));
  const s = snippets(v.model, origin, t.version, v.version, height, { theme, unreviewed });
  return json(200, {
    version: '1.0',
    type: 'rich',
    provider_name: 'Tally',
    provider_url: `${origin}/`,
    title: v.model.title,
    html: s.iframeScript.replace('width="100%"', `width="${width}"`),
    width,
    height,
    // A picture has no reader to ask: auto draws light (as /embed/…/chart.png does).
    thumbnail_url: origin + assetPath(t.kind, t.id, t.version, 'chart.png') + embedQuery({ theme: theme === 'dark' ? 'dark' : undefined, unreviewed }),
    thumbnail_width: 1200,
    thumbnail_height: 675,
    cache_age: t.version ? 31536000 : 300,
  });
}
