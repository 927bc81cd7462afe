import { timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/client';
import { getDb } from '../db';
import { adminToken, MIN_TOKEN_LENGTH } from '../env';
import { ADMIN_TOKEN_ACTOR, type Actor, type Role } from '../domain/accounts';
import { bearerToken, resolvePrincipal, READER, type Principal } from '../auth/principal';

export interface Context {
  db: Db;
  /** Whether the request speaks for an admin (signed in, a personal token, or TALLY_ADMIN_TOKEN). */
  isAdmin: boolean;
  /**
   * Who the request speaks for (../auth/principal.ts). A context made with `isAdmin` alone (as
   * tests and scripts make one) is the admin token's: role admin, actor `token:admin`.
   */
  role?: Role;
  actor?: Actor;
  user?: { id: string; name: string } | null;
  via?: Principal['via'];
  /** Present on the plain HTTP API (/api/v1): its URL, and a way to set response headers. */
  http?: { url: string; setHeader(name: string, value: string): void };
}

export const roleOf = (ctx: Context): Role => ctx.role ?? (ctx.isAdmin ? 'admin' : 'reader');
export const actorOf = (ctx: Context): Actor => (ctx.actor !== undefined ? ctx.actor : ctx.isAdmin ? ADMIN_TOKEN_ACTOR : null);

/**
 * `Authorization: Bearer <token>`, the token exactly: only ASCII spaces or tabs around it are
 * ignored (a no-break space is not a space here), and a token that cannot be had (blank, short,
 * unwritable) matches nothing.
 */
function bearerMatches(header: string | null): boolean {
  const given = bearerToken(header);
  if (!given) return false;
  let token: string;
  try {
    token = adminToken();
  } catch (e) {
    console.error('[tally] no admin token:', (e as Error).message);
    return false;
  }
  if (token.length < MIN_TOKEN_LENGTH) return false;
  const a = Buffer.from(given);
  const want = Buffer.from(token);
  return a.length === want.length && timingSafeEqual(a, want);
}

/** Whether the request carries TALLY_ADMIN_TOKEN (or DATA_DIR/admin-token): the scripts' way in. */
export function isAdminRequest(headers: Headers): boolean {
  return bearerMatches(headers.get('authorization'));
}

/** Who the headers speak for; a database that does not answer makes nobody anybody (a reader). */
export async function principalOf(db: Db, headers: Headers): Promise<Principal> {
  try {
    return await resolvePrincipal(db, headers, isAdminRequest);
  } catch (e) {
    console.error('[tally] could not look up the session or token:', (e as Error).message);
    return READER;
  }
}

export async function createContext(opts: { headers: Headers; db?: Db; http?: Context['http']; principal?: Principal }): Promise<Context> {
  const db = opts.db ?? (await getDb());
  const who = opts.principal ?? (await principalOf(db, opts.headers));
  return {
    db,
    isAdmin: who.role === 'admin',
    role: who.role,
    actor: who.actor,
    user: who.user,
    via: who.via,
    ...(opts.http ? { http: opts.http } : {}),
  };
}
