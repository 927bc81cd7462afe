import { TRPCError } from '@trpc/server';
import { ConflictError, FetchError, InputError, NotFoundError, type FetchProblem } from '../domain/errors';

/** The database is down or going away (PostgreSQL's class 08 and 57P0x, a refused or cut socket). */
function databaseUnavailable(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (/^08/.test(code) || /^57P0[1-3]$/.test(code) || ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND'].includes(code))) return true;
  return e instanceof Error && /Connection terminated|connection is closed|PGlite is closed/i.test(e.message);
}

/** A page that could not be fetched: 4xx when the request or the page is at fault, 502/504 when the far server is. */
const FETCH_CODES: Record<FetchProblem, TRPCError['code']> = {
  refused: 'BAD_REQUEST',
  // A link whose host name does not exist is the link's fault, not a far server's.
  'no-such-host': 'UNPROCESSABLE_CONTENT',
  redirects: 'BAD_GATEWAY',
  'too-large': 'PAYLOAD_TOO_LARGE',
  'not-html': 'UNSUPPORTED_MEDIA_TYPE',
  'no-article': 'UNPROCESSABLE_CONTENT',
  unreachable: 'BAD_GATEWAY',
  upstream: 'BAD_GATEWAY',
  timeout: 'GATEWAY_TIMEOUT',
};

export function toTRPCError(e: unknown): never {
  if (e instanceof TRPCError) throw e;
  if (e instanceof FetchError) throw new TRPCError({ code: FETCH_CODES[e.kind], message: e.message });
  if (e instanceof NotFoundError) throw new TRPCError({ code: 'NOT_FOUND', message: e.message });
  if (e instanceof InputError) throw new TRPCError({ code: 'BAD_REQUEST', message: e.message });
  if (e instanceof ConflictError) throw new TRPCError({ code: 'CONFLICT', message: e.message });
  if (databaseUnavailable(e)) throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'The database does not answer just now; try again shortly.', cause: e });
  throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', cause: e });
}

/** Run one call into server/db or server/domain, mapping domain errors on the way out. */
export async function guard<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    return toTRPCError(e);
  }
}
