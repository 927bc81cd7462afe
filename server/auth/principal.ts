import type { Db } from '../db/client';
import { findSession, findToken } from '../db/sessions';
import { ADMIN_TOKEN_ACTOR, type Actor, type Role } from '../domain/accounts';
import { readCookie, SESSION_COOKIE } from './cookies';
import { looksPersonal } from './secrets';

/**
 * Who a request speaks for. A bearer token decides when there is one (the admin token, or a
 * person's own token), and then the cookie is not looked at; else the session cookie; else
 * nobody: a reader, who may read everything and write nothing.
 */
export interface Principal {
  role: Role;
  actor: Actor;
  user: { id: string; name: string } | null;
  via: 'session' | 'token' | 'admin-token' | null;
  /** The session's CSRF token, when a session cookie signed this request in (./csrf.ts). */
  csrf?: string;
}

export const READER: Principal = { role: 'reader', actor: null, user: null, via: null };
export const ADMIN_TOKEN: Principal = { role: 'admin', actor: ADMIN_TOKEN_ACTOR, user: null, via: 'admin-token' };

/** The token of `Authorization: Bearer <token>`, exactly: only ASCII spaces or tabs around it. */
export function bearerToken(header: string | null): string | null {
  const m = /^Bearer[ \t]+([\x21-\x7e]+)[ \t]*$/.exec(header ?? '');
  return m ? m[1] : null;
}

export async function resolvePrincipal(db: Db, headers: Headers, isAdminToken: (h: Headers) => boolean): Promise<Principal> {
  if (headers.has('authorization')) {
    if (isAdminToken(headers)) return ADMIN_TOKEN;
    const token = bearerToken(headers.get('authorization'));
    const found = token && looksPersonal(token) ? await findToken(db, token) : null;
    return found ? { role: found.role, actor: found.userId, user: { id: found.userId, name: found.name }, via: 'token' } : READER;
  }
  const cookie = readCookie(headers.get('cookie'), SESSION_COOKIE);
  if (!cookie) return READER;
  const s = await findSession(db, cookie);
  return s ? { role: s.role, actor: s.userId, user: { id: s.userId, name: s.name }, via: 'session', csrf: s.csrf } : READER;
}
