import type { Db, ReadDb } from './client';

/**
 * claim_search and source_search (migration 022) as the claims and sources say they should be:
 * a row per figure that counts and per source, with its date and search document. Triggers keep
 * them; `npm run rebuild` compares and rewrites them from these.
 */
const FRESH = {
  claim: `SELECT id, dated, search_doc AS doc FROM claims WHERE review IN ('reviewed', 'auto')`,
  source: `SELECT id, tally_source_date(published, published_estimate) AS dated, search_doc AS doc FROM sources`,
};
const TABLE = { claim: 'claim_search', source: 'source_search' } as const;

/** Ids ("claim:…", "source:…") whose kept search row is missing, extra or different. */
export async function compareSearchTables(db: ReadDb): Promise<string[]> {
  const off: string[] = [];
  for (const type of ['claim', 'source'] as const) {
    const rows = await db.query<{ id: string }>(
      `SELECT COALESCE(f.id, k.id) AS id FROM (${FRESH[type]}) f FULL JOIN ${TABLE[type]} k ON k.id = f.id
       WHERE f.id IS NULL OR k.id IS NULL OR f.dated IS DISTINCT FROM k.dated OR f.doc IS DISTINCT FROM k.doc ORDER BY 1`,
    );
    off.push(...rows.map((r) => `${type}:${r.id}`));
  }
  return off;
}

/** Write both tables again from the claims and sources. */
export async function rebuildSearchTables(tx: Db): Promise<void> {
  for (const type of ['claim', 'source'] as const) {
    await tx.query(`DELETE FROM ${TABLE[type]}`);
    await tx.query(`INSERT INTO ${TABLE[type]} (id, dated, doc) ${FRESH[type]}`);
  }
}
