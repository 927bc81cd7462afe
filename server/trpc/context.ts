import { timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/client';
import { getDb } from '../db';
import { adminToken, MIN_TOKEN_LENGTH } from '../env';

export interface Context {
  db: Db;
  isAdmin: boolean;
  /** Present on the plain HTTP API (/api/v1): its URL, and a way to set response headers. */
  http?: { url: string; setHeader(name: string, value: string): void };
}

/**
 * `Authorization: Bearer <token>`, the token exactly: only ASCII spaces or tabs around it are
 * ignored (a no-break space is not a space here), and a token that cannot be had (blank, short,
 * unwritable) matches nothing.
 */
function bearerMatches(header: string | null): boolean {
  const m = /^Bearer[ \t]+([\x21-\x7e]+)[ \t]*$/.exec(header ?? '');
  if (!m) return false;
  let token: string;
  try {
    token = adminToken();
  } catch (e) {
    console.error('[tally] no admin token:', (e as Error).message);
    return false;
  }
  if (token.length < MIN_TOKEN_LENGTH) return false;
  const given = Buffer.from(m[1]);
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

export function isAdminRequest(headers: Headers): boolean {
  return bearerMatches(headers.get('authorization'));
}

export async function createContext(opts: { headers: Headers; db?: Db; http?: Context['http'] }): Promise<Context> {
  return {
    db: opts.db ?? (await getDb()),
    isAdmin: isAdminRequest(opts.headers),
    ...(opts.http ? { http: opts.http } : {}),
  };
}
