import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '@/server/db';
import { DamagedDatabaseError } from '@/server/db/ledger';

// A table file cut short outside the database reads as an empty table and no error: the row
// ledger (migration 005) is what notices, and the start stops instead of serving "0 figures".
describe('a table that lost its rows outside the database', () => {
  it('stops the next start with a message, changing nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-ledger-'));
    try {
      let db = await openDatabase({ dir });
      const [{ file }] = await db.query<{ file: string }>(`SELECT pg_relation_filepath('claims') AS file`);
      const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM claims');
      expect(n).toBeGreaterThan(0);
      await db.close();
      fs.truncateSync(path.join(dir, file), 0);
      const size = fs.statSync(path.join(dir, file)).size;
      await expect(openDatabase({ dir })).rejects.toThrow(DamagedDatabaseError);
      await expect(openDatabase({ dir })).rejects.toThrow(new RegExp(`claims holds 0 rows where its writes left ${n}`));
      expect(fs.statSync(path.join(dir, file)).size).toBe(size);
      // Deleting through the database is not damage: the ledger follows every write.
      fs.rmSync(dir, { recursive: true, force: true });
      db = await openDatabase({ dir });
      await db.transaction(async (tx) => {
        await tx.query('DELETE FROM claim_events');
        await tx.query(`DELETE FROM claims WHERE id IN (SELECT id FROM claims ORDER BY id LIMIT 3)`);
      });
      await db.close();
      db = await openDatabase({ dir });
      await db.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
