import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '@/server/db';
import { VACUUM_EVERY } from '@/server/db/client';

// PGlite has no autovacuum: rows that writes leave dead stay in the tables and their indexes
// until someone vacuums. The flags table is rewritten by every ingest (its topic's changed
// flags), so the handle vacuums it, with the other tables writes churn, every VACUUM_EVERY commits.
describe('PGlite upkeep', () => {
  it('clears the dead rows that commits leave in the flags table', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-upkeep-'));
    const db = await openDatabase({ dir });
    try {
      // How often the flags table was vacuumed: an exact count (a dead-row count is an estimate,
      // which an ANALYZE run in between rewrites from its sample).
      const vacuums = async () => {
        await db.query('SELECT pg_stat_force_next_flush()');
        return (await db.query<{ n: number }>(`SELECT vacuum_count::int AS n FROM pg_stat_user_tables WHERE relname = 'flags'`))[0]?.n ?? 0;
      };
      const [row] = await db.query<Record<string, unknown>>('SELECT * FROM flags LIMIT 1');
      expect(row).toBeDefined();
      // Each commit deletes a flag row and stores it again, as an ingest does: the old one is left dead.
      const churn = async (n: number) => {
        for (let i = 0; i < n; i++) await db.transaction((tx) => tx.query(`WITH d AS (DELETE FROM flags WHERE id = $1 RETURNING *) INSERT INTO flags SELECT * FROM d`, [row.id]));
      };
      const before = await vacuums();
      // However many commits opening made, two rounds of VACUUM_EVERY cross two vacuums.
      await churn(2 * VACUUM_EVERY);
      // The vacuum runs between transactions: this query waits for it.
      await db.query('SELECT 1');
      expect((await vacuums()) - before).toBeGreaterThanOrEqual(2);
    } finally {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
