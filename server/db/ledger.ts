import type { ReadDb } from './client';

export class DamagedDatabaseError extends Error {}

/**
 * Compares each table's rows with the count its writes left in row_ledger (migration 005). A
 * table file cut short or emptied outside the database reads as fewer rows without any error;
 * this says so, and the start stops, rather than serve what is left as if it were everything.
 */
export async function checkLedger(db: ReadDb): Promise<void> {
  const rows = await db.query<{ tbl: string; n: string | number }>('SELECT tbl, n FROM row_ledger ORDER BY tbl');
  const wrong: string[] = [];
  for (const r of rows) {
    const [{ n }] = await db.query<{ n: string | number }>(`SELECT count(*) AS n FROM ${r.tbl.replace(/[^a-z_]/g, '')}`);
    if (Number(n) !== Number(r.n)) wrong.push(`${r.tbl} holds ${Number(n).toLocaleString('en-GB')} rows where its writes left ${Number(r.n).toLocaleString('en-GB')}`);
  }
  if (wrong.length) {
    throw new DamagedDatabaseError(
      `The database looks damaged: ${wrong.join('; ')}. Nothing was changed. Restore a backup (npm run restore -- FILE --force) or move the data directory away to start empty.`,
    );
  }
}
