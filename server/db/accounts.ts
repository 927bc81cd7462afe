import { randomBytes } from 'node:crypto';
import type { Db, ReadDb } from './client';
import { hashPassword } from '../auth/password';
import { generatedPassword } from '../auth/secrets';
import { ConflictError, NotFoundError } from '../domain/errors';
import type { AccountRole, UserView } from '../domain/accounts';

/** People with accounts: reviewers and admins (./sessions.ts keeps their sessions and API tokens). */

interface UserRow {
  id: string;
  name: string;
  role: AccountRole;
  password_hash: string;
  created_at: Date | string;
}
export interface StoredUser {
  id: string;
  name: string;
  role: AccountRole;
  passwordHash: string;
}

function noUser(name: string): NotFoundError {
  const e = new NotFoundError('user', name);
  e.message = `No account named "${name.trim()}".`;
  return e;
}

const view = (r: UserRow): UserView => ({ id: r.id, name: r.name, role: r.role, createdAt: new Date(r.created_at).toISOString() });

export async function findUserByName(db: ReadDb, name: string): Promise<StoredUser | null> {
  const [r] = await db.query<UserRow>('SELECT * FROM users WHERE lower(name) = lower($1)', [name.trim()]);
  return r ? { id: r.id, name: r.name, role: r.role, passwordHash: r.password_hash } : null;
}

export async function listUsers(db: ReadDb): Promise<UserView[]> {
  return (await db.query<UserRow>('SELECT * FROM users ORDER BY lower(name) LIMIT 1000')).map(view);
}

export async function countUsers(db: ReadDb): Promise<number> {
  const [r] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  return r.n;
}

/**
 * A new account. Without a password one is made and returned, to be shown once; the name must
 * be free however it is capitalised (a second "Ana" is a conflict, never a silent duplicate).
 */
export async function addUser(db: Db, input: { name: string; role: AccountRole; password?: string }): Promise<{ user: UserView; password: string | null }> {
  const password = input.password ?? generatedPassword();
  const hash = await hashPassword(password);
  const id = `u_${randomBytes(8).toString('hex')}`;
  const rows = await db.query<UserRow>(
    'INSERT INTO users (id, name, role, password_hash) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING *',
    [id, input.name.trim(), input.role, hash],
  );
  if (!rows.length) throw new ConflictError(`There is already an account named "${input.name.trim()}".`);
  return { user: view(rows[0]), password: input.password ? null : password };
}

/** A role changed; the last admin cannot stop being one (nobody could then manage people). */
export function setRole(db: Db, name: string, role: AccountRole): Promise<UserView> {
  return db.transaction(async (tx) => {
    const user = await findUserByName(tx, name);
    if (!user) throw noUser(name);
    if (user.role === 'admin' && role !== 'admin') {
      const [r] = await tx.query<{ n: number }>("SELECT count(*)::int AS n FROM users WHERE role = 'admin'");
      if (r.n <= 1) throw new ConflictError(`${user.name} is the only admin: make someone else admin first.`);
    }
    const [row] = await tx.query<UserRow>('UPDATE users SET role = $2 WHERE id = $1 RETURNING *', [user.id, role]);
    return view(row);
  });
}

/** A new password (generated when none is given, and returned to be shown once); every session of the person ends. */
export function setPassword(db: Db, name: string, password?: string): Promise<{ user: UserView; password: string | null }> {
  return db.transaction(async (tx) => {
    const user = await findUserByName(tx, name);
    if (!user) throw noUser(name);
    const fresh = password ?? generatedPassword();
    const [row] = await tx.query<UserRow>('UPDATE users SET password_hash = $2 WHERE id = $1 RETURNING *', [user.id, await hashPassword(fresh)]);
    await tx.query('DELETE FROM sessions WHERE user_id = $1', [user.id]);
    return { user: view(row), password: password ? null : fresh };
  });
}

/**
 * On a server's first start with nobody to sign in, an admin named "admin" with a generated
 * password, returned once to be printed. Null when there are accounts already (or another process
 * made the first one a moment ago).
 */
export function ensureFirstAdmin(db: Db): Promise<{ name: string; password: string } | null> {
  return db.transaction(async (tx) => {
    // Two processes starting on one PostgreSQL: only one makes the first admin.
    await tx.query('SELECT pg_advisory_xact_lock(7412)');
    if ((await countUsers(tx)) > 0) return null;
    const { user, password } = await addUser(tx, { name: 'admin', role: 'admin' });
    return { name: user.name, password: password! };
  });
}
