import { afterEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Each case loads server/env afresh, so its cached token and environment are this case's own.
async function fresh(files: Record<string, string>, envToken?: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-token-'));
  for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), body);
  vi.resetModules();
  vi.stubEnv('DATA_DIR', dir);
  vi.stubEnv('TALLY_ADMIN_TOKEN', envToken ?? '');
  if (envToken === undefined) delete process.env.TALLY_ADMIN_TOKEN;
  const ctx = await import('@/server/trpc/context');
  const env = await import('@/server/env');
  return { dir, ctx, env };
}
const bearer = (t: string) => new Headers({ authorization: `Bearer ${t}` });

afterEach(() => vi.unstubAllEnvs());

describe('the admin token', () => {
  it.each([
    ['empty', ''],
    ['blank', ' \n\t\u00a0\n'],
    ['short', 'abc123\n'],
  ])('is replaced when the file is %s, and the old content never lets anyone in', async (_name, body) => {
    const { dir, ctx, env } = await fresh({ 'admin-token': body });
    for (const t of ['', '\u00a0', ' ', body.trim(), 'abc123']) expect(ctx.isAdminRequest(bearer(t))).toBe(false);
    const written = fs.readFileSync(path.join(dir, 'admin-token'), 'utf8').trim();
    expect(written.length).toBeGreaterThanOrEqual(env.MIN_TOKEN_LENGTH);
    expect(ctx.isAdminRequest(bearer(written))).toBe(true);
  });

  it('is made on first start, owner-readable only, and matched exactly', async () => {
    const { dir, ctx } = await fresh({});
    expect(ctx.isAdminRequest(bearer('x'))).toBe(false);
    const file = path.join(dir, 'admin-token');
    const token = fs.readFileSync(file, 'utf8').trim();
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    expect(ctx.isAdminRequest(bearer(token))).toBe(true);
    expect(ctx.isAdminRequest(bearer(` ${token} `))).toBe(true);
    expect(ctx.isAdminRequest(bearer(`${token}\u00a0`))).toBe(false);
    expect(ctx.isAdminRequest(bearer(token.slice(0, -1)))).toBe(false);
    expect(ctx.isAdminRequest(new Headers({ authorization: token }))).toBe(false);
  });

  it('from the environment must be long enough, or the environment is refused', async () => {
    const { env } = await fresh({}, 'short');
    expect(() => env.env()).toThrow(/TALLY_ADMIN_TOKEN must be at least 16/);
  });
});
