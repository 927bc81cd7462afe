import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '@/server/trpc/router';
import type { Context } from '@/server/trpc/context';
import type { Db } from '@/server/db/client';
import { addUser, ensureFirstAdmin, findUserByName, listUsers, setPassword, setRole } from '@/server/db/accounts';
import { createSession, createToken, endSession, findSession, findToken, listTokens, revokeToken } from '@/server/db/sessions';
import { verifyPassword } from '@/server/auth/password';
import { resolvePrincipal } from '@/server/auth/principal';
import { checkLedger } from '@/server/db/ledger';
import { backup, restore } from '@/server/db/backup';
import { openDatabase } from '@/server/db';
import { targets } from './targets';

/* Accounts, sessions, personal tokens and who-made-it on events, on PGlite and PostgreSQL. */

const ARTICLE = {
  outlet: 'Account Gazette',
  title: 'Ferry strike enters second week',
  published: '2024-03-12',
  text: 'About 40 ferries stayed in port on Tuesday, the union said. Officials said 12,000 passengers had been stranded since the strike began.',
};

describe.each(targets)('named people over $name', (target) => {
  let db: Db;
  let dispose: () => Promise<void>;
  const as = (who: Partial<Context>) => createCaller({ db, isAdmin: false, ...who });

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
  });
  afterAll(async () => dispose());

  it('makes the first admin once, and names stay unique however they are capitalised', async () => {
    const first = await ensureFirstAdmin(db);
    expect(first).toMatchObject({ name: 'admin' });
    expect(first!.password.length).toBeGreaterThanOrEqual(20);
    expect(await ensureFirstAdmin(db)).toBeNull();
    const admin = await findUserByName(db, 'ADMIN');
    expect(admin?.role).toBe('admin');
    expect(await verifyPassword(first!.password, admin!.passwordHash)).toBe(true);
    const { user, password } = await addUser(db, { name: 'Rita Reviewer', role: 'reviewer', password: 'a long enough password' });
    expect(password).toBeNull();
    expect(user).toMatchObject({ name: 'Rita Reviewer', role: 'reviewer' });
    await expect(addUser(db, { name: 'rita reviewer', role: 'admin' })).rejects.toThrow(/already an account named/);
    expect((await listUsers(db)).map((u) => u.name)).toEqual(['admin', 'Rita Reviewer']);
  });

  it('keeps at least one admin, and a new password ends the person’s sessions', async () => {
    await expect(setRole(db, 'admin', 'reviewer')).rejects.toThrow(/only admin/);
    await expect(setRole(db, 'nobody', 'admin')).rejects.toThrow(/No account named "nobody"/);
    const rita = (await findUserByName(db, 'Rita Reviewer'))!;
    const s = await createSession(db, rita.id);
    expect(await findSession(db, s.token)).toMatchObject({ name: 'Rita Reviewer', role: 'reviewer', csrf: s.csrf });
    const { password } = await setPassword(db, 'Rita Reviewer');
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(await findSession(db, s.token)).toBeNull();
    await setPassword(db, 'Rita Reviewer', 'a long enough password');
  });

  it('stores sessions and tokens as hashes only; expired sessions and revoked tokens sign nobody in', async () => {
    const rita = (await findUserByName(db, 'Rita Reviewer'))!;
    const s = await createSession(db, rita.id);
    const rows = await db.query<{ id: string; csrf: string }>('SELECT id, csrf FROM sessions');
    expect(rows.some((r) => r.id === s.token)).toBe(false);
    expect(rows.some((r) => r.id.length === 64)).toBe(true);
    await db.query("UPDATE sessions SET expires_at = now() - interval '1 second'");
    expect(await findSession(db, s.token)).toBeNull();
    const again = await createSession(db, rita.id);
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions'))[0].n).toBe(1); // the expired one went
    await endSession(db, again.token);
    expect(await findSession(db, again.token)).toBeNull();

    const { token, view } = await createToken(db, rita.id, 'import script');
    expect((await db.query<{ token_hash: string }>('SELECT token_hash FROM api_tokens'))[0].token_hash).not.toContain(token.slice(6));
    expect(await findToken(db, token)).toMatchObject({ userId: rita.id, role: 'reviewer' });
    expect((await listTokens(db, rita.id))[0].lastUsedAt).not.toBeNull();
    const admin = (await findUserByName(db, 'admin'))!;
    await expect(revokeToken(db, admin.id, view.id)).rejects.toThrow(/No token/); // not theirs
    await revokeToken(db, rita.id, view.id);
    expect(await findToken(db, token)).toBeNull();
    expect((await listTokens(db, rita.id))[0].revokedAt).not.toBeNull();
  });

  it('resolves a request: bearer token before cookie, the admin token, a session, or a reader', async () => {
    const rita = (await findUserByName(db, 'Rita Reviewer'))!;
    const { token } = await createToken(db, rita.id, 'resolve');
    const s = await createSession(db, rita.id);
    const isAdmin = (h: Headers) => h.get('authorization') === 'Bearer the-admin-token-0123456789';
    const who = (h: Record<string, string>) => resolvePrincipal(db, new Headers(h), isAdmin);
    expect(await who({ authorization: `Bearer ${token}` })).toMatchObject({ role: 'reviewer', actor: rita.id, via: 'token' });
    expect(await who({ authorization: 'Bearer the-admin-token-0123456789', cookie: `tally_session=${s.token}` })).toMatchObject({ role: 'admin', actor: 'token:admin' });
    expect(await who({ cookie: `tally_session=${s.token}` })).toMatchObject({ role: 'reviewer', actor: rita.id, via: 'session', csrf: s.csrf });
    // A wrong bearer token is a reader's request even with a good cookie: the token decides.
    expect(await who({ authorization: 'Bearer tally_wrong', cookie: `tally_session=${s.token}` })).toMatchObject({ role: 'reader', actor: null });
    expect(await who({ cookie: 'tally_session=forged' })).toMatchObject({ role: 'reader' });
    expect(await who({})).toMatchObject({ role: 'reader', via: null });
  });

  it('records who made each review decision, edit and measure change, and shows it in the history', async () => {
    const rita = (await findUserByName(db, 'Rita Reviewer'))!;
    const reviewer = as({ role: 'reviewer', actor: rita.id, user: { id: rita.id, name: rita.name }, via: 'session' });
    const stored = await reviewer.ingest.create(ARTICLE);
    const [a, b] = stored.figures.map((f) => f.claimId!).filter(Boolean);
    expect(a && b).toBeTruthy();
    await reviewer.review.accept({ id: a, reason: null });
    const measureId = stored.figures.find((f) => f.claimId === a)!.measureId!;
    // The admin token, as scripts use it; and an old-style context with isAdmin alone.
    await as({ role: 'admin', actor: 'token:admin', user: null, via: 'admin-token' }).review.reject({ id: b, reason: 'not a figure of this strike' });
    const history = await as({}).review.history({ id: measureId });
    expect(history.find((e) => e.claimId === a && e.action === 'accepted')?.by).toBe('Rita Reviewer');
    const otherMeasure = stored.figures.find((f) => f.claimId === b)!.measureId!;
    expect((await as({}).review.history({ id: otherMeasure })).find((e) => e.claimId === b && e.action === 'rejected')?.by).toBe('admin token');
    // Before accounts nobody was recorded: "unknown".
    expect(history.find((e) => e.action === 'accepted-automatically' || e.action === 'awaiting-review')?.by).toBe('unknown');

    await reviewer.measures.update({ id: measureId, title: 'Ferries kept in port by the strike' });
    const changes = await as({}).measures.changes({ id: measureId });
    expect(changes.at(-1)).toMatchObject({ action: 'edited', by: 'Rita Reviewer', detail: { to: { title: 'Ferries kept in port by the strike' } } });
    const stored2 = await db.query<{ actor: string }>("SELECT actor FROM catalog_events WHERE action = 'edited'");
    expect(stored2[0].actor).toBe(rita.id);
  });

  it('lets a reviewer write but not manage people (403), a reader neither (401), an admin both', async () => {
    const rita = (await findUserByName(db, 'Rita Reviewer'))!;
    const admin = (await findUserByName(db, 'admin'))!;
    const reviewer = as({ role: 'reviewer', actor: rita.id, user: { id: rita.id, name: rita.name } });
    await expect(reviewer.account.users()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(reviewer.account.addUser({ name: 'Mallory', role: 'admin' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as({}).account.users()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(as({}).review.accept({ id: 'x', reason: null })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const boss = as({ role: 'admin', actor: admin.id, user: { id: admin.id, name: admin.name } });
    const made = await boss.account.addUser({ name: 'Nadia', role: 'reviewer' });
    expect(made.password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    await expect(boss.account.addUser({ name: '<b>x</b>', role: 'reviewer' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(boss.account.addUser({ name: 'Nadia', role: 'reviewer' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await boss.account.setRole({ name: 'nadia', role: 'admin' })).role).toBe('admin');
    // The shared admin token is nobody: it manages people but has no tokens of its own.
    await expect(as({ isAdmin: true }).account.createToken({ label: 'x' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const t = await reviewer.account.createToken({ label: 'laptop' });
    expect(t.token).toMatch(/^tally_/);
    expect((await reviewer.account.tokens()).map((x) => x.label)).toContain('laptop');
    expect(await as({}).account.me()).toEqual({ role: 'reader', name: null, via: null });
  });

  it('counts users and tokens in the row ledger, and backs them up without sessions', async () => {
    await checkLedger(db);
    const counts = await db.query<{ tbl: string }>("SELECT tbl FROM row_ledger WHERE tbl IN ('users', 'api_tokens', 'sessions')");
    expect(counts.map((c) => c.tbl).sort()).toEqual(['api_tokens', 'users']);
    if (target.name !== 'pglite') return; // one round trip is enough: the format is the same
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-acct-backup-'));
    try {
      const file = path.join(dir, 'b.jsonl');
      const summary = await backup(db, file);
      expect(summary.tables.map((t) => t.table)).toEqual(expect.arrayContaining(['users', 'api_tokens']));
      expect(summary.tables.map((t) => t.table)).not.toContain('sessions');
      const into = await openDatabase({ dir: path.join(dir, 'restored') });
      try {
        await restore(into, file, { force: true });
        expect((await listUsers(into)).map((u) => u.name)).toEqual((await listUsers(db)).map((u) => u.name));
        expect((await into.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions'))[0].n).toBe(0);
        await checkLedger(into);
      } finally {
        await into.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
