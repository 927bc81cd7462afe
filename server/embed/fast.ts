import { gzipSync } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { notModified, type Body } from './http';
import { cachedAnswer } from './serve';

/**
 * The embed cache answering before Next does. Next's route pipeline costs a request far more
 * than the cache lookup behind it (routing, the proxy, request and response objects, web
 * streams, a gzip stream per response: a route returning a constant is itself under half a
 * static file's rate). The production server (scripts/serve.mjs) may call this first for a GET
 * or HEAD under /embed/: it answers only what the route already answered at the revision that is
 * current now, byte for byte and header for header, and returns false for everything else,
 * which then goes to Next as before. Installed on globalThis when the embed route first loads,
 * since the server script and Next's bundles share no modules:
 *
 *   if (globalThis.__tallyEmbedFast?.(req, res)) return;
 *
 * What it skips of Next is nothing an embed needs: proxy.ts only checks that an embed path's %
 * escapes decode (only plain ASCII paths are looked up here, and only ones the route answered),
 * and next.config.js sets no headers on /embed.
 */

/** Paths and queries looked up here: letters, digits and - . / = & only; anything else goes to Next. */
const PLAIN = /^\/embed\/[a-z0-9\-./]+(?:\?[a-z0-9\-.=&]*)?$/i;

/** What Next's compression would gzip (text, SVG, JSON); PNGs are sent as they are, as Next does. */
const COMPRESSIBLE = /^(?:text\/|image\/svg\+xml|application\/json)/;
/** Next's compression leaves bodies under 1 KB alone; so does this. */
const GZIP_MIN = 1024;

const gzipped = new WeakMap<Body, Uint8Array>();

function gzipOf(body: Body): Uint8Array {
  let gz = gzipped.get(body);
  if (!gz) gzipped.set(body, (gz = gzipSync(body.bytes, { level: 9 })));
  return gz;
}

/** Whether Accept-Encoding allows gzip (RFC 9110 §12.5.3: a q of 0 refuses it, * stands for it). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  if (!header) return false;
  let star: boolean | null = null;
  for (const part of String(header).toLowerCase().split(',')) {
    const [coding, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const ok = !q || Number(q.slice(2)) > 0;
    if (coding.trim() === 'gzip' || coding.trim() === 'x-gzip') return ok;
    if (coding.trim() === '*') star = ok;
  }
  return star === true;
}

export function serveFromCache(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const url = req.url;
  if (!url || !PLAIN.test(url)) return false;
  const a = cachedAnswer(url);
  if (!a) return false;
  const inm = req.headers['if-none-match'];
  if (notModified(typeof inm === 'string' ? inm : undefined, a)) {
    res.writeHead(304, a.headers).end();
    return true;
  }
  const gzip = COMPRESSIBLE.test(a.body.type) && a.body.bytes.byteLength >= GZIP_MIN && acceptsGzip(req.headers['accept-encoding']);
  const bytes = gzip ? gzipOf(a.body) : a.body.bytes;
  res.writeHead(a.status, { ...a.full, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}), 'Content-Length': String(bytes.byteLength) });
  if (req.method === 'HEAD') res.end();
  else res.end(bytes);
  return true;
}

const holder = globalThis as unknown as { __tallyEmbedFast?: (req: IncomingMessage, res: ServerResponse) => boolean };
holder.__tallyEmbedFast = serveFromCache;
