import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '@/server/db';
import { startPageServer, type PageServer } from '../fixtures/page-server';
import { scratchDatabase } from './targets';

// `npm run ingest -- FILE URL...` as a person runs it: links fetched from the fixture server on 127.0.0.1, mixed with a file.
const root = path.resolve(__dirname, '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-cli-url-'));
let srv: PageServer;
beforeAll(async () => {
  srv = await startPageServer();
});
const scratches: { end(): Promise<void> }[] = [];
afterAll(async () => {
  await srv?.close();
  for (const s of scratches) await s.end();
  fs.rmSync(tmp, { recursive: true, force: true });
});

// Asynchronous, so the page server in this process can answer the child's requests.
function run(env: Record<string, string>, ...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'run-ts.mjs'), 'scripts/ingest.ts', ...args], { cwd: root, env: { ...process.env, TALLY_FETCH_ALLOW: '127.0.0.1', TALLY_FETCH_TIMEOUT_MS: '2000', ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

const backends = [
  { name: 'pglite', env: async () => ({ DATA_DIR: path.join(tmp, 'data'), DATABASE_URL: '' }), open: (env: Record<string, string>) => openDatabase({ dir: path.join(env.DATA_DIR, 'pglite') }) },
  { name: 'postgres', env: async () => ({ DATA_DIR: path.join(tmp, 'pg-data'), DATABASE_URL: await scratchDatabase('tally_cli_url').then((s) => (scratches.push(s), s.url)) }), open: (env: Record<string, string>) => openDatabase({ url: env.DATABASE_URL }) },
];

describe.each(backends)('npm run ingest with URLs on $name', (backend) => {
  it('fetches and stores each link in the order named, refuses the unusable ones with their reason, exit 1', async () => {
    const env = await backend.env();
    const file = path.join(tmp, `wire-${backend.name}.txt`);
    fs.writeFileSync(file, 'Outlet: Wire Service\nTitle: Drones overnight\nPublished: 2024-02-01\n\nOfficials said 70 drones were launched overnight at the port.\n');
    const r = await run(env, `${srv.url}/short`, file, `${srv.url}/news/section-index.html`, `http://127.0.0.2:${srv.port}/news/ferry-strike.html`, `${srv.url}/news/ferry-strike.html`);
    expect(r.code, r.err).toBe(1);
    expect(r.out).toMatch(new RegExp(`${srv.url}/short: stored source .* — Harbour Gazette, “Firefighters hold the line as blaze passes 12,000 hectares”, 2024-02-18`));
    expect(r.out).toMatch(/wire-.*\.txt: stored source/);
    expect(r.out).toMatch(/stored +3:/);
    expect(r.out).toMatch(/refused +2/);
    expect(r.err).toMatch(/section-index\.html: not stored — no article found/);
    expect(r.err).toMatch(/127\.0\.0\.2 is a private, loopback/);
    expect(r.out.indexOf('/short: stored')).toBeLessThan(r.out.indexOf('wire-'));
    const db = await backend.open(env);
    try {
      const rows = await db.query<{ outlet: string; url: string | null }>("SELECT outlet, url FROM sources WHERE origin = 'ingested' ORDER BY outlet");
      expect(rows).toEqual([
        { outlet: 'Harbour Gazette', url: `${srv.url}/news/harbour-fire.html` },
        { outlet: 'The Channel Courier', url: `${srv.url}/news/ferry-strike.html` },
        { outlet: 'Wire Service', url: null },
      ]);
    } finally {
      await db.close();
    }
  }, 180_000);
});
