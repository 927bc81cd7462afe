import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/server/db/client';
import { loadCuratedData } from '@/server/db/load';
import { targets } from './targets';

/** A copy of data/ with one quote broken, to prove a bad quote stops the load and leaves nothing. */
function brokenDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-data-'));
  fs.cpSync(path.join(__dirname, '..', '..', 'data'), dir, { recursive: true });
  const file = path.join(dir, 'sources', 'pa-russia-attack-drones-2023-05-15.json');
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  json.id = 'pa-copy';
  json.claims = json.claims.map((c: { id: string; quote: string }) => ({ ...c, id: `copy-${c.id}` }));
  json.claims[3].quote = 'Since August, Iran has provided Russia with more than 4000 UAVs';
  fs.writeFileSync(path.join(dir, 'sources', 'pa-copy.json'), JSON.stringify(json));
  return dir;
}

describe.each(targets)('loading data/ on $name', (target) => {
  let db: Db;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ db, dispose } = await target.open());
  });
  afterAll(async () => dispose());

  it('stops on a quote not found verbatim, naming the claim, and writes nothing', async () => {
    const before = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM claims');
    await expect(loadCuratedData(db, brokenDataDir())).rejects.toThrow(/claim "copy-pa-drones-delivered-more-than-400".*not found verbatim/);
    const after = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM claims');
    expect(after[0].n).toBe(before[0].n);
    expect(await db.query("SELECT 1 FROM sources WHERE id = 'pa-copy'")).toHaveLength(0);
  });
});
