import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db, ReadDb } from './client';
import { flagsByOwner, type OwnedFlags } from '../domain/flags';
import type { Claim, Flag, Measure } from '../domain/schemas';
import { Flag as FlagSchema } from '../domain/schemas';
import { fxTable } from './fx';
import { CLAIM_SELECT, FLAG_ORDER, toClaim, toMeasure, type ClaimRow, type MeasureRow } from './rows';
import { CLAIM_ORDER, MEASURE_ORDER } from './ingest-state';
import { compareSearchTables } from './search-tables';

/**
 * Flags kept current (migration 006). Every write ends with bumpRevision, which calls
 * refreshTouched: the topics the transaction's claims and measures belonged to (collected by
 * triggers) get their flags derived again from their claims and stored, in that transaction. A
 * read is then a lookup. Each row names the measure whose own flags it is among (migration 026),
 * so an ingest, which knows what it added, rewrites only the measures it touched
 * (./derive-ingest.ts).
 */

/**
 * Bump when the flag rules change: stored flags made by older rules are derived again at start.
 * 3: claims and measures are read in the "C" collation's order, whatever the server's locale.
 * 4: a count (not a running total) is compared only with figures of the same day.
 * 5: a reprint's figures are its original's origin (migration 009).
 * 6: a flag on more than eight figures has a bounded id (first four, how many more, a hash).
 * 7: a revised commitment or amount is judged by era; different-measures notes only between a
 *    promise and what came of it (related.ts LEADS_TO); measure signatures renamed (migration 021).
 * 9: each row stored under the measure it belongs to (migration 026).
 * 10: a page that tells a total or a level as it moved raises no within-source flag (conflicts.ts toldAsMoving).
 */
const FLAG_RULES_VERSION = 10;

export function derivedStamp(): string {
  const fx = fs.readFileSync(path.join(process.cwd(), 'data', 'fx-monthly.csv'));
  return `rules ${FLAG_RULES_VERSION}; fx ${createHash('sha256').update(fx).digest('hex').slice(0, 16)}`;
}

/** Every flag of these topics, derived from their claims as they are in `db` now, by owner (flagsByOwner). */
export async function deriveFlags(db: ReadDb, topicIds: string[]): Promise<Map<string, OwnedFlags[]>> {
  const measures = (await db.query<MeasureRow>(`SELECT * FROM measures WHERE topic_id = ANY($1) AND merged_into IS NULL ${MEASURE_ORDER}`, [topicIds])).map(toMeasure);
  const claims = await topicClaims(db, topicIds);
  const out = new Map<string, OwnedFlags[]>(topicIds.map((t) => [t, []]));
  const byTopic = new Map<string, { measures: Measure[]; claims: Claim[] }>();
  const topicOf = new Map(measures.map((m) => [m.id, m.topicId]));
  for (const m of measures) {
    const g = byTopic.get(m.topicId) ?? { measures: [], claims: [] };
    g.measures.push(m);
    byTopic.set(m.topicId, g);
  }
  for (const c of claims) byTopic.get(topicOf.get(c.measureId)!)?.claims.push(c);
  for (const [topicId, g] of byTopic) out.set(topicId, flagsByOwner(g.claims, g.measures, fxTable()));
  return out;
}

/** The claims of these topics' live measures, in the order flags are derived from. */
export async function topicClaims(db: ReadDb, topicIds: string[]): Promise<Claim[]> {
  // Joined rather than `measure_id = ANY(every measure id)`, which PostgreSQL checks row by row.
  const sql = `${CLAIM_SELECT} JOIN measures m ON m.id = c.measure_id WHERE m.topic_id = ANY($1) AND m.merged_into IS NULL ${CLAIM_ORDER}`;
  return (await db.query<ClaimRow>(sql, [topicIds])).map(toClaim);
}

/** Where the flags between measures sort: after every measure's own. */
const BETWEEN_MEASURES = 2147483647;

/** One stored row: the flag, its topic, whose it is (migration 026) and its place among that owner's flags. */
export const flagRow = (topicId: string, owner: Measure | null, f: Flag, position: number) => ({
  topic_id: topicId,
  owner: owner?.id ?? '',
  owner_position: owner?.position ?? BETWEEN_MEASURES,
  position,
  id: f.id,
  kind: f.kind,
  measure_ids: f.measureIds,
  body: f,
});

export async function insertFlagRows(tx: Db, json: string[]): Promise<void> {
  for (let i = 0; i < json.length; i += 500) {
    await tx.query(
      `INSERT INTO flags (topic_id, owner, owner_position, position, id, kind, measure_ids, body)
       SELECT topic_id, owner, owner_position, position, id, kind, ARRAY(SELECT jsonb_array_elements_text(measure_ids)), body
       FROM jsonb_to_recordset($1::jsonb) AS x(topic_id text, owner text, owner_position int, position int, id text, kind text, measure_ids jsonb, body jsonb)`,
      [`[${json.slice(i, i + 500).join(',')}]`],
    );
  }
}

/** The topics this transaction touched (collected by triggers), each locked for its flags, in a fixed order. */
export async function lockTouched(tx: Db): Promise<string[]> {
  await tx.query('SELECT touched_topics_table()');
  const touched = (await tx.query<{ topic_id: string }>('SELECT topic_id FROM touched_topics ORDER BY topic_id')).map((r) => r.topic_id);
  for (const t of touched) await tx.query(`SELECT pg_advisory_xact_lock(hashtext('tally-flags:' || $1))`, [t]);
  if (touched.length) await bumpTopicVersions(tx, touched);
  return touched;
}

/**
 * These topics' versions moved on (migration 025): their windowed catalogues are built again at
 * the next read, every other topic's is kept. Under the topics' locks, in their order, so two
 * writers of one topic queue on its row as they already do on its lock.
 */
export async function bumpTopicVersions(tx: Db, topicIds: string[] | 'all'): Promise<void> {
  const which = topicIds === 'all' ? 'SELECT id FROM topics ORDER BY id' : 'SELECT unnest($1::text[]) AS id ORDER BY 1';
  await tx.query(
    `INSERT INTO topic_versions (topic_id, n) SELECT id, nextval('topic_version_seq') FROM (${which}) t
     ON CONFLICT (topic_id) DO UPDATE SET n = EXCLUDED.n`,
    topicIds === 'all' ? [] : [topicIds],
  );
}

/** Each owner's rows (JSON, by position), as `store` writes them and an ingest compares them with. */
function ownerRows(topicId: string, owned: OwnedFlags): string[] {
  return owned.flags.map((f, i) => JSON.stringify(flagRow(topicId, owned.owner, f, i)));
}

/** Replace these topics' flags with `derived`. */
export async function store(tx: Db, derived: Map<string, OwnedFlags[]>): Promise<void> {
  const ids = [...derived.keys()];
  await tx.query('DELETE FROM flags WHERE topic_id = ANY($1)', [ids]);
  await insertFlagRows(tx, [...derived].flatMap(([topicId, owned]) => owned.flatMap((o) => ownerRows(topicId, o))));
}

/**
 * Derive and store the flags of the topics this transaction touched. On PostgreSQL two writers of
 * one topic take turns (an advisory lock per topic, in a fixed order), so the later one derives
 * from the earlier one's committed claims and neither overwrites the other with a stale view.
 */
export async function refreshTouched(tx: Db): Promise<void> {
  const touched = await lockTouched(tx);
  if (touched.length === 0) return;
  await store(tx, await deriveFlags(tx, touched));
  await tx.query('DELETE FROM touched_topics');
}

/** Each measure's figures that count, and their sources, as the claims say now (what migration 010's triggers keep). */
const FRESH_COUNTS = `SELECT measure_id, count(*)::int AS claims, count(DISTINCT source_id)::int AS sources FROM claims WHERE review IN ('reviewed', 'auto') GROUP BY measure_id`;
const FRESH_PAIRS = `SELECT measure_id, source_id, count(*)::int AS n FROM claims WHERE review IN ('reviewed', 'auto') GROUP BY measure_id, source_id`;

/** Count every measure's figures and sources again from the claims (`npm run rebuild`). */
export async function recountMeasures(tx: Db): Promise<void> {
  await tx.query('DELETE FROM measure_sources');
  await tx.query('DELETE FROM measure_stats');
  await tx.query(`INSERT INTO measure_sources (measure_id, source_id, n) ${FRESH_PAIRS}`);
  await tx.query(`INSERT INTO measure_stats (measure_id, claims, sources) ${FRESH_COUNTS}`);
}

/**
 * Measures whose kept counts differ from a fresh count of their claims (a measure with none counts
 * as 0 and 0), per measure or per source of it: a pair kept at 0, or missing, differs too.
 */
export async function compareCounts(db: ReadDb): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT COALESCE(f.measure_id, k.measure_id) AS id FROM (${FRESH_COUNTS}) f FULL JOIN measure_stats k ON k.measure_id = f.measure_id
     WHERE COALESCE(f.claims, 0) <> COALESCE(k.claims, 0) OR COALESCE(f.sources, 0) <> COALESCE(k.sources, 0)
     UNION
     SELECT COALESCE(f.measure_id, k.measure_id) FROM (${FRESH_PAIRS}) f FULL JOIN measure_sources k ON k.measure_id = f.measure_id AND k.source_id = f.source_id
     WHERE f.n IS DISTINCT FROM k.n
     ORDER BY 1`,
  );
  return rows.map((r) => r.id);
}

/** Derive every topic's flags again (start after a rules or rates change, `npm run rebuild`). */
export async function refreshAll(tx: Db): Promise<void> {
  const topics = (await tx.query<{ id: string }>('SELECT id FROM topics ORDER BY id')).map((r) => r.id);
  await tx.query('DELETE FROM flags');
  await store(tx, await deriveFlags(tx, topics));
  await bumpTopicVersions(tx, 'all');
  await tx.query('SELECT touched_topics_table()');
  await tx.query('DELETE FROM touched_topics');
  await tx.query('INSERT INTO derived_state (id, stamp) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET stamp = EXCLUDED.stamp', [derivedStamp()]);
}

/** At open: stored flags made with other rules or rates (or none yet) are derived again. */
export async function ensureDerived(db: Db): Promise<boolean> {
  const [row] = await db.query<{ stamp: string }>('SELECT stamp FROM derived_state WHERE id = 1');
  if (row?.stamp === derivedStamp()) return false;
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7415)');
    await refreshAll(tx);
    // Flags made by other rules may sit in another process's cache: move the revision on. The
    // first derivation of all (no stamp yet) replaces nothing anyone has read.
    if (row) await tx.query('UPDATE revision SET n = n + 1 WHERE id = 1');
  });
  return true;
}

/** The stored flags, in topic order and each topic's own order; `where` narrows them in SQL. */
export async function storedFlags(db: ReadDb, where = 'TRUE', params: unknown[] = []): Promise<Flag[]> {
  const rows = await db.query<{ body: unknown }>(
    `SELECT f.body FROM flags f LEFT JOIN topics t ON t.id = f.topic_id WHERE ${where} ORDER BY t.position NULLS LAST, f.topic_id, ${FLAG_ORDER}`,
    params,
  );
  return rows.map((r) => FlagSchema.parse(r.body));
}

export interface Disagreement {
  stored: number;
  derived: number;
  /** Flag ids stored and not derived, or derived and not stored. */
  onlyStored: string[];
  onlyDerived: string[];
  /** Same id, different content. */
  changed: string[];
  /** Measures whose kept figure and source counts differ from their claims (migration 010). */
  counts: string[];
  /** Figures and sources whose search row (migration 022) differs from what they say ("claim:…", "source:…"). */
  search: string[];
}

/** What a fresh derivation from the claims would change in the stored flags (empty lists: they agree). */
export async function compareDerived(db: ReadDb): Promise<Disagreement> {
  const topics = (await db.query<{ id: string }>('SELECT id FROM topics ORDER BY id')).map((r) => r.id);
  // Each flag with where it is stored (topic, owner, place), so a row filed under the wrong measure differs too.
  const placed = (topicId: string, owner: string, ownerPosition: number, position: number, f: Flag) => JSON.stringify([topicId, owner, ownerPosition, position, FlagSchema.parse(f)]);
  const fresh = new Map(
    [...(await deriveFlags(db, topics))].flatMap(([topicId, owned]) =>
      owned.flatMap((o) => o.flags.map((f, i) => { const r = flagRow(topicId, o.owner, f, i); return [f.id, placed(topicId, r.owner, r.owner_position, i, f)] as const; })),
    ),
  );
  const rows = await db.query<{ topic_id: string; owner: string; owner_position: number; position: number; body: Flag }>('SELECT topic_id, owner, owner_position, position, body FROM flags');
  const stored = new Map(rows.map((r) => [r.body.id, placed(r.topic_id, r.owner, r.owner_position, r.position, r.body)]));
  return {
    stored: stored.size,
    derived: fresh.size,
    onlyStored: [...stored.keys()].filter((k) => !fresh.has(k)),
    onlyDerived: [...fresh.keys()].filter((k) => !stored.has(k)),
    changed: [...fresh.keys()].filter((k) => stored.has(k) && stored.get(k) !== fresh.get(k)),
    counts: await compareCounts(db),
    search: await compareSearchTables(db),
  };
}
