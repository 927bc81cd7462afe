import { comparable } from '../domain/compare';
import { ACTOR_NAME_SQL, actorName } from './actors';
import { fxTable } from './fx';
import type { ReadDb } from './client';
import { getClaim, getSource, listClaimsOfSource } from './read';
import { storedFlags } from './derive';
import { CLAIM_SELECT, toClaim, toMeasure, toTopic, type ClaimRow, type MeasureRow, type TopicRow } from './rows';
import { NotFoundError } from '../domain/errors';

/**
 * Read models. Each reads what it shows through indexes: a measure's, a source's or a claim's own
 * rows, SQL counts for the summary; never a topic's catalogue, nor the whole corpus.
 */

/**
 * One measure with every claim of it and its flags (GET /api/v1/measures/{id}), read by its id:
 * the measure's own rows, never its topic's catalogue.
 */
export async function measureDetail(db: ReadDb, id: string) {
  const [row] = await db.query<MeasureRow>('SELECT * FROM measures WHERE id = $1 AND merged_into IS NULL', [id]);
  if (!row) throw new NotFoundError('measure', id);
  const measure = toMeasure(row);
  // A measure left in a topic that was merged away still has a page: it names that topic.
  const [[topicRow], claimRows, flags] = await Promise.all([
    db.query<TopicRow>('SELECT * FROM topics WHERE id = $1', [measure.topicId]),
    db.query<ClaimRow>(`${CLAIM_SELECT} WHERE c.measure_id = $1 ORDER BY c.source_id, c.start_offset, c.id`, [id]),
    storedFlags(db, 'f.measure_ids @> ARRAY[$1]::text[]', [id]),
  ]);
  if (!topicRow) throw new NotFoundError('topic', measure.topicId);
  const claims = claimRows.map(toClaim);
  const conversions: Record<string, string> = {};
  for (const c of claims) {
    const x = comparable(c, measure, fxTable());
    if (x?.converted) conversions[c.id] = x.converted;
  }
  return { measure, topic: toTopic(topicRow), claims, flags, conversions };
}

export async function sourceDetail(db: ReadDb, id: string) {
  const source = await getSource(db, id);
  if (!source) throw new NotFoundError('source', id);
  const claims = await listClaimsOfSource(db, id);
  const ids = new Set(claims.map((c) => c.id));
  const measureIds = [...new Set(claims.map((c) => c.measureId))];
  const [measures, flags, [original]] = await Promise.all([
    db.query<MeasureRow>('SELECT * FROM measures WHERE id = ANY($1) AND merged_into IS NULL ORDER BY position, id', [measureIds]),
    // Only the flags of this source's measures can hold its claims.
    storedFlags(db, 'f.measure_ids && $1', [measureIds]),
    source.reprintOf ? db.query<{ id: string; outlet: string; title: string; published: string | null }>('SELECT id, outlet, title, published FROM sources WHERE id = $1', [source.reprintOf]) : [],
  ]);
  return { source, original: original ?? null, claims, flags: flags.filter((f) => f.claimIds.some((c) => ids.has(c))), measures: measures.map(toMeasure) };
}

/** One claim, its live measure and the flags that name it (only its measure's can), read by their ids. */
export async function claimDetail(db: ReadDb, id: string) {
  const claim = await getClaim(db, id);
  const [row] = claim ? await db.query<MeasureRow>('SELECT * FROM measures WHERE id = $1 AND merged_into IS NULL', [claim.measureId]) : [];
  if (!claim || !row) throw new NotFoundError('claim', id);
  const flags = await storedFlags(db, "f.measure_ids @> ARRAY[$1]::text[] AND f.body->'claimIds' ? $2", [claim.measureId, id]);
  return { claim, measure: toMeasure(row), flags };
}

/** Counts of figures, sources, measures and open flags, counted in SQL. */
export async function summary(db: ReadDb) {
  const [[counts], kinds] = await Promise.all([
    // Nothing here reads every claim or source: the figures that count are summed from the
    // measures' kept counts (migration 010), the sources taken from the row ledger, and the
    // figures waiting counted through their own index (migration 023).
    db.query<{ figures: number; pending: number; sources: number; measures: number }>(
      `SELECT (SELECT COALESCE(sum(claims), 0) FROM measure_stats)::int AS figures,
              (SELECT count(*) FROM claims WHERE review = 'pending')::int AS pending,
              COALESCE((SELECT n FROM row_ledger WHERE tbl = 'sources'), 0)::int AS sources,
              (SELECT count(*) FROM measures WHERE merged_into IS NULL)::int AS measures`,
    ),
    db.query<{ kind: string; n: number }>('SELECT kind, count(*)::int AS n FROM flags GROUP BY kind ORDER BY kind'),
  ]);
  const flagsByKind: Record<string, number> = Object.fromEntries(kinds.map((k) => [k.kind, k.n]));
  return {
    figures: counts.figures,
    sources: counts.sources,
    measures: counts.measures,
    openFlags: kinds.reduce((n, k) => n + k.n, 0),
    flagsByKind,
    pending: counts.pending,
  };
}

/** Every review decision on a measure's claims, oldest first, each with the value it was about. */
export async function claimHistory(db: ReadDb, measureId: string) {
  const live = await db.query('SELECT 1 FROM measures WHERE id = $1 AND merged_into IS NULL', [measureId]);
  if (live.length === 0) throw new NotFoundError('measure', measureId);
  const rows = await db.query<{ claim_id: string; action: string; reason: string | null; at: Date | string; value_text: string; actor: string | null; actor_name: string | null }>(
    `SELECT e.claim_id, e.action, e.reason, e.at, c.value_text, e.actor, ${ACTOR_NAME_SQL} AS actor_name FROM claim_events e JOIN claims c ON c.id = e.claim_id WHERE c.measure_id = $1 ORDER BY e.at, e.id`,
    [measureId],
  );
  return rows.map((r) => ({ claimId: r.claim_id, action: r.action, reason: r.reason, at: new Date(r.at).toISOString(), valueText: r.value_text, by: actorName(r.actor, r.actor_name) }));
}
