import { principalOf } from '../trpc/context';
import { getDb } from '../db';
import { publicOrigin } from '../env';
import { csrfProblem } from '../auth/csrf';
import { READER, type Principal } from '../auth/principal';
import { clientOf, exhausted, LIMITS, take, type LimitClass } from './rate-limit';
import { MAX_BATCH_ARTICLES } from '../ingest/batch';
import { carriesBatch, writeCost } from './batch-cost';

/**
 * What every API request passes before a procedure sees it, the same on /api/v1 and /api/trpc
 * (documented in the README under "Limits"): a readable path, a bounded body that is JSON, a
 * bounded batch, and rate limits on writes, previews and wrong tokens.
 */

/** 1 MB of article text, escaped in JSON, with room for the other fields. */
export const MAX_BODY_BYTES = 3_000_000;
/** Calls in one tRPC batch; the site's own client never sends more (app/trpc/client.tsx). */
export const MAX_BATCH = 16;

export function problem(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ message, code }, { status, headers });
}

function tooMany(seconds: number, what: string): Response {
  return problem(429, 'TOO_MANY_REQUESTS', `Too many ${what} from this address; try again in ${seconds} s.`, { 'Retry-After': String(seconds) });
}

/**
 * A path whose % escapes do not decode (`/measures/%ff`) names nothing: 404, not a crash. proxy.ts
 * answers the same before a request gets here; this is for the handlers reached without it.
 */
export function malformedPath(url: string): Response | null {
  const { pathname } = new URL(url);
  try {
    decodeURIComponent(pathname);
  } catch {
    const message = 'Nothing at this address: it has a malformed % escape (each % must start two hex digits of UTF-8).';
    return Response.json({ error: message, message, code: 'NOT_FOUND' }, { status: 404 });
  }
  return null;
}

/** Which limited class a request is in, if any: previews, writes, or neither (reads). */
function classOf(req: Request, api: 'rest' | 'trpc'): LimitClass | null {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return null;
  const { pathname } = new URL(req.url);
  // Fetching a page costs what a preview does (and more of someone else's): limited as one.
  const preview = api === 'rest' ? /\/sources\/(preview|fetch)\/?$/.test(pathname) : /(^|[/,])ingest\.(preview|fetch)(,|$)/.test(pathname);
  return preview ? 'preview' : 'write';
}

/** How many calls a tRPC request makes: one, or as many as its batch names. */
function callsIn(req: Request, api: 'rest' | 'trpc'): number {
  if (api === 'rest') return 1;
  const url = new URL(req.url);
  if (url.searchParams.get('batch') !== '1') return 1;
  return url.pathname.replace(/^\/api\/trpc\/?/, '').split(',').length;
}

/**
 * A query parameter named like a property every object has (`constructor`, `toString`,
 * `__proto__`) is no parameter of any procedure, and the OpenAPI adapter's query parsing trips on
 * it: refused by name.
 */
function inheritedParameter(url: string): Response | null {
  for (const key of new URL(url).searchParams.keys()) {
    if (key in Object.prototype) return problem(400, 'BAD_REQUEST', `Unknown query parameter "${key.slice(0, 40)}".`);
  }
  return null;
}

/**
 * A refusal (Response), or the request to hand on (Request): its body read once, at most 3 MB,
 * and given to the handler from memory.
 */
export async function guardRequest(req: Request, api: 'rest' | 'trpc'): Promise<Response | Request> {
  const out = await guardAndIdentify(req, api);
  if (out instanceof Response) return out;
  principals.set(out.req, out.who);
  return out.req;
}

/**
 * Who a request that passed the guard speaks for (looked up once, here), for the route handler to
 * hand to createContext; a request the guard never saw is looked up there.
 */
const principals = new WeakMap<Request, Principal>();
export const guardedPrincipal = (req: Request): Principal | undefined => principals.get(req);

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Who the headers speak for; a database that cannot be opened makes the request a reader's (the handler then says why). */
async function identify(headers: Headers): Promise<Principal> {
  const db = await getDb().catch(() => null);
  return db ? principalOf(db, headers) : READER;
}

async function guardAndIdentify(req: Request, api: 'rest' | 'trpc'): Promise<Response | { req: Request; who: Principal }> {
  const bad = malformedPath(req.url) ?? inheritedParameter(req.url);
  if (bad) return bad;
  const client = clientOf(req.headers);
  let who: Principal = READER;
  if (req.headers.has('authorization')) {
    const limited = exhausted('bad-token', client);
    if (limited === null) who = await identify(req.headers);
    // The admin token or a live personal token; anything else counts against the wrong-token limit.
    const wait = limited ?? (who.via ? null : take('bad-token', client));
    if (wait !== null) {
      // Past the limit no token is checked. A read still answers, as for anyone without a token
      // (a stale token kept by a browser must not take the site away); a write is refused.
      if (req.method !== 'GET' && req.method !== 'HEAD') return tooMany(wait, 'wrong tokens');
      const headers = new Headers(req.headers);
      headers.delete('authorization');
      req = new Request(req.url, { method: req.method, headers, signal: req.signal });
      who = READER;
    }
  } else {
    who = await identify(req.headers);
    // A change made with a session cookie must come from one of Tally's own pages (../auth/csrf.ts).
    if (who.via === 'session' && !SAFE.has(req.method)) {
      const why = csrfProblem(req, who.csrf ?? '', [publicOrigin()]);
      if (why) return problem(403, 'FORBIDDEN', why);
    }
  }
  const calls = callsIn(req, api);
  if (calls > MAX_BATCH) return problem(400, 'BAD_REQUEST', `A batch may hold at most ${MAX_BATCH} calls; this one has ${calls}.`);
  const cls = classOf(req, api);
  // A batch of articles costs one write per article, which only its body says (./batch-cost).
  const byBody = cls === 'write' && carriesBatch(req, api);
  if (cls && !byBody) {
    for (let i = 0; i < calls; i++) {
      const wait = take(cls, client);
      if (wait !== null) return tooMany(wait, cls === 'preview' ? 'previews' : 'writes');
    }
  }
  const charge = (body: unknown) => {
    const cost = writeCost(req, api, body);
    // Only several batches in one tRPC request get here: more than a burst could never be let through.
    if (cost > LIMITS.write.burst) return problem(400, 'BAD_REQUEST', `This request counts as ${cost} writes (one per article), more than the ${LIMITS.write.burst} a client may make at once; send at most ${MAX_BATCH_ARTICLES} articles a request.`);
    const wait = take('write', client, Date.now(), cost);
    return wait === null ? null : tooMany(wait, 'writes');
  };
  const checked = await checkBody(req, api, who, byBody ? charge : undefined);
  return checked instanceof Response ? checked : { req: checked, who };
}

const NO_BODY = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS']);

/**
 * Bodies are checked before the procedures see them, so a body that is too large or is not JSON
 * gets a message that says so, not a generic parse error.
 */
async function checkBody(req: Request, api: 'rest' | 'trpc', who: Principal, charge?: (body: unknown) => Response | null): Promise<Response | Request> {
  if (NO_BODY.has(req.method)) return charge?.(undefined) ?? req;
  const tooLarge = () => problem(413, 'PAYLOAD_TOO_LARGE', 'The request body is over 3 MB; an article’s text may be at most 1 MB.');
  const length = Number(req.headers.get('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) return tooLarge();
  const raw = await readAtMost(req, MAX_BODY_BYTES);
  if (raw === null) return tooLarge();
  const pass = new Request(req.url, { method: req.method, headers: req.headers, body: raw.byteLength > 0 ? (raw as Uint8Array<ArrayBuffer>) : undefined, signal: req.signal });
  if (api === 'rest' && !/application\/json/i.test(req.headers.get('content-type') ?? '')) return problem(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as JSON with Content-Type: application/json.');
  // Without a reviewer's or admin's credentials a write is refused (401) whatever its body; tRPC says so.
  if (api === 'rest' && who.role === 'reader' && /^\/api\/v1\/sources(\/batch)?$/.test(new URL(req.url).pathname.replace(/\/+$/, ''))) return charge?.(undefined) ?? pass;
  if (raw.byteLength === 0 && api === 'trpc') return charge?.(undefined) ?? pass;
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch (e) {
    return problem(400, 'PARSE_ERROR', e instanceof SyntaxError ? `The request body is not valid JSON (${e.message}).` : 'The request body is invalid UTF-8: send JSON as UTF-8 text.');
  }
  return charge?.(body) ?? pass;
}

/** The body, or null once it passes `max` bytes: a 50 MB body is never read whole. */
async function readAtMost(req: Request, max: number): Promise<Uint8Array | null> {
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
