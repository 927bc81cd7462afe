import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';

type Handler = (req: Request, ctx?: unknown) => Promise<Response>;

/**
 * The real route handlers over the process's own database in a fresh DATA_DIR, as `npm start`
 * opens it, with the rate limits reset before each test. Call at a test file's top level: the
 * fields are filled in before its first test.
 */
export function routeHarness(name: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `tally-${name}-`));
  process.env.DATA_DIR = dir;
  process.env.DATABASE_URL = '';
  const h = {
    rest: undefined as unknown as Handler,
    trpc: undefined as unknown as Handler,
    token: '',
    LIMITS: undefined as unknown as Record<string, { burst: number; perSecond: number }>,
    url: (p: string) => `http://127.0.0.1:3000${p}`,
  };
  let resetLimits = () => {};
  beforeAll(async () => {
    h.rest = (await import('@/app/api/v1/[...path]/route')).POST as Handler;
    h.trpc = (await import('@/app/api/trpc/[trpc]/route')).POST as Handler;
    h.token = (await import('@/server/env')).adminToken();
    ({ resetLimits, LIMITS: h.LIMITS } = await import('@/server/http/rate-limit'));
    await (await import('@/server/db')).getDb();
  }, 120_000);
  afterAll(async () => {
    await (await (await import('@/server/db')).getDb()).close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => resetLimits());
  return h;
}
