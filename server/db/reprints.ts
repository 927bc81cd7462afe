import type { Db, ReadDb } from './client';
import { toSourceSummary, type SourceRow } from './rows';
import { textKey } from '../domain/text-key';
import { isReprint, passagesOf, type Passage } from '../ingest/passages';
import type { SourceSummary } from '../domain/schemas';

/*
 * One text, one source; one article, one origin (migration 009). A text equal to a stored one
 * once normalised (server/domain/text-key.ts) is that source, answered as a duplicate. A near-copy
 * of one — its body mostly an earlier source's sentences (server/ingest/passages.ts) — is stored
 * as its own source (its outlet and date are real) marked as a reprint of that one, and its
 * figures count as that source's origin (server/domain/origins.ts).
 */

/**
 * A sentence some many sources share is boilerplate ("Sign up for our newsletter"), no sign of
 * a reprint; and looking up one costs what it is shared by, so past this many it is not looked at.
 * Reprints' sentences that match their original are not indexed, so a wire story reprinted by a
 * hundred outlets stays one source's sentences.
 */
const COMMON = 32;

/** The stored source with this text: byte for byte, else equal once normalised. */
export async function findSameText(db: ReadDb, contentHash: string, key: string): Promise<SourceSummary | null> {
  const rows = await db.query<SourceRow>(
    'SELECT * FROM sources WHERE content_hash = $1 OR text_key = $2 ORDER BY content_hash = $1 DESC LIMIT 1',
    [contentHash, key],
  );
  return rows[0] ? toSourceSummary(rows[0]) : null;
}

export interface ReprintOf {
  /** The source first printed (followed past any reprint to the one it reprints). */
  of: string;
  /** The hashes of the passages found in it. */
  matched: Set<string>;
}

/** The earlier source this article is a near-copy of, or null: found by its passages' hashes, through the index. */
export async function findOriginal(db: ReadDb, passages: Passage[]): Promise<ReprintOf | null> {
  const body = passages.filter((p) => p.body);
  if (!isReprint(passages, new Set(body.map((p) => p.hash)))) return null;
  const rows = await db.query<{ of: string; hashes: string[] }>(
    `WITH hits AS (
       SELECT x.hash, x.len, p.source_id, count(*) OVER (PARTITION BY x.hash) AS n
       FROM unnest($1::bigint[], $2::int[]) AS x(hash, len)
       CROSS JOIN LATERAL (SELECT source_id FROM source_passages WHERE hash = x.hash LIMIT ${COMMON + 1}) p
     ), best AS (
       SELECT source_id, sum(len) AS matched, array_agg(hash::text) AS hashes FROM hits WHERE n <= ${COMMON} GROUP BY source_id
     )
     SELECT COALESCE(s.reprint_of, s.id) AS of, b.hashes FROM best b JOIN sources s ON s.id = b.source_id
     ORDER BY b.matched DESC, s.added_at, s.id LIMIT 1`,
    [body.map((p) => p.hash), body.map((p) => p.length)],
  );
  const best = rows[0];
  if (!best) return null;
  const matched = new Set(best.hashes.map(String));
  return isReprint(passages, matched) ? { of: best.of, matched } : null;
}

/** Index a stored source's passages; a reprint's that were found in its original are left out. */
export async function storePassages(tx: Db, sourceId: string, passages: Passage[], reprint: ReprintOf | null): Promise<void> {
  const own = reprint ? passages.filter((p) => !reprint.matched.has(p.hash)) : passages;
  if (!own.length) return;
  await tx.query('INSERT INTO source_passages (hash, source_id) SELECT h, $1 FROM unnest($2::bigint[]) AS x(h) ON CONFLICT DO NOTHING', [sourceId, own.map((p) => p.hash)]);
}

/**
 * Migration 009 on a database that already holds sources: each, oldest first, gets its key and
 * its passages; one whose key an earlier one has keeps no key and becomes that one's reprint, and
 * a near-copy of an earlier one its reprint, as an ingest would have made them.
 */
export async function fillTextKeys(tx: Db): Promise<void> {
  let after: { at: string; id: string } | null = null;
  for (;;) {
    const rows: { id: string; body: string; at: string }[] = await tx.query(
      `SELECT id, body, added_at::text AS at FROM sources ${after ? 'WHERE (added_at, id) > ($1::timestamptz, $2::text)' : ''} ORDER BY added_at, id LIMIT 200`,
      after ? [after.at, after.id] : [],
    );
    if (!rows.length) return;
    for (const r of rows) {
      const key = textKey(r.body);
      const [same] = await tx.query<{ of: string }>('SELECT COALESCE(reprint_of, id) AS of FROM sources WHERE text_key = $1', [key]);
      if (same) {
        await tx.query('UPDATE sources SET reprint_of = $1 WHERE id = $2', [same.of, r.id]);
        continue;
      }
      const passages = passagesOf(r.body);
      const reprint = await findOriginal(tx, passages);
      await tx.query('UPDATE sources SET text_key = $1, reprint_of = $2 WHERE id = $3', [key, reprint?.of ?? null, r.id]);
      await storePassages(tx, r.id, passages, reprint);
    }
    after = { at: rows[rows.length - 1].at, id: rows[rows.length - 1].id };
  }
}
