import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '@/server/db';
import { generateArticle } from '@/scripts/lib/corpus-gen';
import { scratchDatabase } from './targets';

// `npm run ingest` as a person runs it: a child process on a temporary folder and database.
const root = path.resolve(__dirname, '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-cli-'));

function write(dir: string, name: string, content: string): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), content);
}
const file = (i: number) => {
  const a = generateArticle(i, 13);
  return `Outlet: ${a.outlet}\nTitle: ${a.title}\nURL: ${a.url}\n${a.published ? `Published: ${a.published}\n` : ''}\n${a.text}\n`;
};

interface Backend {
  name: string;
  env(): Promise<Record<string, string>>;
  sources(): Promise<number>;
  end(): Promise<void>;
}
const pglite = (): Backend => {
  const dataDir = path.join(tmp, 'data');
  return {
    name: 'pglite',
    env: async () => ({ DATA_DIR: dataDir, DATABASE_URL: '' }),
    sources: async () => {
      const db = await openDatabase({ dir: path.join(dataDir, 'pglite') });
      try {
        return (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM sources WHERE origin = 'ingested'"))[0].n;
      } finally {
        await db.close();
      }
    },
    end: async () => {},
  };
};
const postgres = (): Backend => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>> | undefined;
  return {
    name: 'postgres',
    env: async () => ({ DATA_DIR: path.join(tmp, 'pg-data'), DATABASE_URL: (scratch ??= await scratchDatabase('tally_cli')).url }),
    sources: async () => {
      const db = await openDatabase({ url: scratch!.url });
      try {
        return (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM sources WHERE origin = 'ingested'"))[0].n;
      } finally {
        await db.close();
      }
    },
    end: async () => scratch?.end(),
  };
};

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe.each([pglite(), postgres()])('npm run ingest on $name', (backend) => {
  const dir = path.join(tmp, `in-${backend.name}`);
  let env: Record<string, string>;
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'run-ts.mjs'), 'scripts/ingest.ts', ...args], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  beforeAll(async () => {
    env = await backend.env();
    for (let i = 0; i < 12; i++) write(i < 6 ? dir : path.join(dir, 'later'), `${String(i).padStart(3, '0')}.txt`, file(i));
    write(dir, '003-broken.txt', 'Outlet: Somewhere\nthis line is no header\n\nText with 12 people.');
    write(dir, '004-empty.txt', 'Outlet: Somewhere\nTitle: Empty\n\n   \n');
    write(dir, '.notes.txt', file(99));
    write(path.join(dir, '.git'), 'HEAD.txt', file(98));
  });
  afterAll(async () => backend.end());

  it('a usage error is exit 2 and ingests nothing', () => {
    for (const args of [[], ['--frobnicate', dir], [path.join(dir, 'no-such-file.txt')]]) {
      const r = run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(/usage: npm run ingest/);
    }
    expect(fs.existsSync(path.join(env.DATA_DIR, 'pglite'))).toBe(false);
  });

  it('walks a folder: refused files are reported and the rest stored; a summary; exit 1', async () => {
    const r = run(dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Ingested 14 files in [\d.]+ s \([\d.]+ articles\/s\):/);
    expect(r.out).toMatch(/stored +12: \d+ figures, \d+ accepted automatically \(not reviewed\), \d+ awaiting review at \/review/);
    expect(r.out).toMatch(/refused +2/);
    expect(r.out).toMatch(/1× header line is not "Key: value".*003-broken\.txt/);
    expect(r.out).toMatch(/1× text: text is empty.*004-empty\.txt/);
    expect(r.out).toMatch(/1× hidden file — .*\.notes\.txt/);
    expect(r.out).toMatch(/1× hidden directory — .*\.git/);
    expect(r.err).toMatch(/003-broken\.txt: not stored — header line/);
    // More files than a handful: no figure by figure detail without --verbose.
    expect(r.out).not.toMatch(/\[auto {2}\]|\[review\]/);
    expect(await backend.sources()).toBe(12);
  }, 180_000);

  it('again: every text is a duplicate, nothing is written; a handful of files shows every figure', async () => {
    const r = run(path.join(dir, '000.txt'), path.join(dir, 'later'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/duplicate of source .* \(same text already stored\); nothing written/);
    expect(r.out).toMatch(/stored +0: 0 figures/);
    expect(r.out).toMatch(/duplicate +7 /);
    const fresh = path.join(tmp, `fresh-${backend.name}.txt`);
    fs.writeFileSync(fresh, file(500));
    const one = run('--verbose', fresh);
    expect(one.code).toBe(0);
    expect(one.out).toMatch(/stored source .* — .*, “.*”/);
    expect(one.out).toMatch(/\[(auto {2}|review)\] “/);
    expect(await backend.sources()).toBe(13);
  }, 180_000);
});
