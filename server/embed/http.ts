import { createHash } from 'node:crypto';
import { publicOrigin as configuredOrigin } from '../env';
import { EMBED_CSS_HASH } from './css';
import { notFoundPage } from './html';

/**
 * Responses for the embed routes: security headers, caching and ETags. A body is rendered once
 * and served from memory. Through Next it is not pre-compressed: Next drops a route handler's
 * Content-Encoding header and gzips the response itself, so a gzipped body would arrive twice
 * encoded (next/dist/server/send-response.js, FORBIDDEN_HEADERS). The cache's own answer in
 * front of Next (./fast.ts) sends a gzip made once per body instead.
 */

/** Frameable from anywhere, and running nothing it did not ship (issue 4, "Security and headers"). */
export const EMBED_CSP = `default-src 'none'; style-src ${EMBED_CSS_HASH}; img-src 'self' data:; script-src 'self'; base-uri 'self'; form-action 'none'; frame-ancestors *`;
/** Downloads (SVG opened on its own): no script at all. */
export const FILE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors *";

export interface Body {
  bytes: Uint8Array<ArrayBuffer>;
  type: string;
  etag: string;
}

/** The body as bytes once (a Uint8Array over its own ArrayBuffer, as Response wants) and its ETag. */
export function makeBody(content: string | Uint8Array, type: string): Body {
  const bytes = new Uint8Array(typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
  // Weak: Next may gzip the bytes on the way out, and a strong tag would then be wrong.
  const etag = `W/"${createHash('sha1').update(bytes).digest('base64url').slice(0, 20)}"`;
  return { bytes, type, etag };
}

function matches(inm: string, etag: string): boolean {
  const bare = etag.replace(/^W\//, '');
  return inm === '*' || inm.split(',').some((t) => t.trim().replace(/^W\//, '') === bare);
}

export const CACHE_LATEST = 'public, max-age=60, stale-while-revalidate=600';
export const CACHE_PINNED = 'public, max-age=31536000, immutable';

/**
 * A response ready to send again and again: the body and every header but the framing ones,
 * worked out once. A cached embed is one of these; sending it builds no header list anew.
 */
export interface Answer {
  status: number;
  body: Body;
  /** The headers of a 304 (RFC 9110 §15.4.5: ETag, Cache-Control, Vary and the rest, no Content-Type). */
  headers: Record<string, string>;
  /** The same with Content-Type, for a full answer. */
  full: Record<string, string>;
}

export function answer(body: Body, headers: Record<string, string>, status = 200): Answer {
  const common: Record<string, string> = {
    ...headers,
    ETag: body.etag,
    Vary: 'Accept-Encoding',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
  return { status, body, headers: common, full: { ...common, 'Content-Type': body.type } };
}

/** True when the request's If-None-Match names this answer: it may be answered 304 with no body. */
export function notModified(ifNoneMatch: string | null | undefined, a: Answer): boolean {
  return a.status === 200 && !!ifNoneMatch && matches(ifNoneMatch, a.body.etag);
}

export function reply(req: Request, a: Answer): Response {
  if (notModified(req.headers.get('if-none-match'), a)) return new Response(null, { status: 304, headers: a.headers });
  return new Response(a.body.bytes, { status: a.status, headers: a.full });
}

export function send(req: Request, body: Body, headers: Record<string, string>, status = 200): Response {
  return reply(req, answer(body, headers, status));
}

const HTML = 'text/html; charset=utf-8';

export function notFound(req: Request, what: string): Response {
  return send(req, makeBody(notFoundPage(what), HTML), { 'Content-Security-Policy': EMBED_CSP, 'Cache-Control': 'public, max-age=60' }, 404);
}

/**
 * A query the embed cannot read (?theme=blue): 400 with the reason, as a small frameable page
 * for the embed itself, as JSON for info.json, as plain text for a picture. Not cached.
 */
export function badRequest(req: Request, what: string, as: 'html' | 'json' | 'text'): Response {
  const body =
    as === 'html'
      ? makeBody(notFoundPage(what, 'Embed address not understood'), HTML)
      : as === 'json'
        ? makeBody(JSON.stringify({ error: what }), 'application/json; charset=utf-8')
        : makeBody(`${what}\n`, 'text/plain; charset=utf-8');
  return send(req, body, { 'Content-Security-Policy': as === 'html' ? EMBED_CSP : FILE_CSP, 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' }, 400);
}

export function htmlHeaders(pinned: boolean): Record<string, string> {
  return { 'Content-Security-Policy': EMBED_CSP, 'Cache-Control': pinned ? CACHE_PINNED : CACHE_LATEST };
}

/**
 * The origin links and snippets use: TALLY_PUBLIC_URL when set, else the host and port this server
 * was configured with. Never the request's Host (nor X-Forwarded-Host): anyone can send one, and a
 * cache in front would then serve their host in our snippets, oEmbed answers and pinned info.json.
 */
export function publicOrigin(_req?: Request): string {
  return configuredOrigin();
}

/** The origin as the client addressed it (its Host header), which Next's req.url may not carry. */
export function requestOrigin(req: Request): string {
  const url = new URL(req.url);
  const host = req.headers.get('host');
  return host && /^[a-z0-9.:[\]-]+$/i.test(host) ? `${url.protocol}//${host}` : url.origin;
}

export { HTML };
