import { randomBytes } from 'node:crypto';
import type { Db, ReadDb } from './client';
import { newPersonalToken, randomSecret, sha256 } from '../auth/secrets';
import { SESSION_DAYS } from '../auth/cookies';
import { NotFoundError } from '../domain/errors';
import type { AccountRole, TokenView } from '../domain/accounts';

/** Sessions of signed-in browsers and personal API tokens; both stored as the SHA-256 of their secret. */

export interface SignedIn {
  userId: string;
  name: string;
  role: AccountRole;
}
export interface SessionFound extends SignedIn {
  sessionId: string;
  csrf: string;
}

/** A new session: the cookie's value and its CSRF token, shown to this browser only. */
export async function createSession(db: Db, userId: string): Promise<{ token: string; csrf: string }> {
  const token = randomSecret();
  const csrf = randomSecret();
  // Ended sessions go when a new one starts: the table holds live sessions and a few stale ones.
  await db.query('DELETE FROM sessions WHERE expires_at < now()');
  await db.query(`INSERT INTO sessions (id, user_id, csrf, expires_at) VALUES ($1, $2, $3, now() + make_interval(days => $4))`, [sha256(token), userId, csrf, SESSION_DAYS]);
  return { token, csrf };
}

export async function findSession(db: ReadDb, token: string): Promise<SessionFound | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [r] = await db.query<{ id: string; csrf: string; user_id: string; name: string; role: AccountRole }>(
    'SELECT s.id, s.csrf, u.id AS user_id, u.name, u.role FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1 AND s.expires_at > now()',
    [sha256(token)],
  );
  return r ? { sessionId: r.id, csrf: r.csrf, userId: r.user_id, name: r.name, role: r.role } : null;
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE id = $1', [sha256(token)]);
}

/** A new personal token for the person, returned once: only its hash is kept. */
export async function createToken(db: Db, userId: string, label: string): Promise<{ token: string; view: TokenView }> {
  const token = newPersonalToken();
  const id = `t_${randomBytes(6).toString('hex')}`;
  const [r] = await db.query<TokenRow>('INSERT INTO api_tokens (id, user_id, label, token_hash) VALUES ($1, $2, $3, $4) RETURNING *', [id, userId, label.trim(), sha256(token)]);
  return { token, view: tokenView(r) };
}

interface TokenRow {
  id: string;
  label: string;
  created_at: Date | string;
  last_used_at: Date | string | null;
  revoked_at: Date | string | null;
}
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const tokenView = (r: TokenRow): TokenView => ({ id: r.id, label: r.label, createdAt: iso(r.created_at)!, lastUsedAt: iso(r.last_used_at), revokedAt: iso(r.revoked_at) });

export async function listTokens(db: ReadDb, userId: string): Promise<TokenView[]> {
  return (await db.query<TokenRow>('SELECT * FROM api_tokens WHERE user_id = $1 ORDER BY revoked_at IS NOT NULL, created_at DESC LIMIT 200', [userId])).map(tokenView);
}

/** Revoked at once and kept, marked; another person's token is "not found", as if it were not there. */
export async function revokeToken(db: Db, userId: string, id: string): Promise<TokenView> {
  const [r] = await db.query<TokenRow>('UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 AND user_id = $2 RETURNING *', [id, userId]);
  if (!r) throw new NotFoundError('token', id);
  return tokenView(r);
}

/**
 * The person a personal token belongs to, or null (unknown or revoked). Its last use is noted at
 * most once a minute, so a script's every request is not also a write.
 */
export async function findToken(db: Db, token: string): Promise<SignedIn | null> {
  const [r] = await db.query<{ id: string; user_id: string; name: string; role: AccountRole; stale: boolean }>(
    `SELECT t.id, u.id AS user_id, u.name, u.role, (t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute') AS stale
     FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1 AND t.revoked_at IS NULL`,
    [sha256(token)],
  );
  if (!r) return null;
  if (r.stale) await db.query('UPDATE api_tokens SET last_used_at = now() WHERE id = $1', [r.id]).catch(() => {});
  return { userId: r.user_id, name: r.name, role: r.role };
}
