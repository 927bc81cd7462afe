import { comparable } from '../domain/compare';
import { ACTOR_NAME_SQL, actorName } from './actors';
import { fxTable } from './fx';
import type { ReadDb } from './client';
import { claimsOf } from './catalog';
import { getClaim, getSource, listClaimsOfSource, listTopics } from './read';
import { topicCatalog, topicOfMeasure } from './topic-catalog';
import { storedFlags } from './derive';
import { toMeasure, type MeasureRow } from './rows';
import { NotFoundError } from '../domain/errors';

/**
 * Read models. Each reads what it shows through indexes: one topic's catalogue (./topic-catalog)
 * for what lies within a topic, SQL counts for the summary; never the whole corpus.
 */

export async function measureDetail(db: ReadDb, id: string) {
  const topicId = await topicOfMeasure(db, id);
  if (!topicId) throw new NotFoundError('measure', id);
  const cat = await topicCatalog(db, topicId);
  const measure = cat.measureById.get(id);
  if (!measure) throw new NotFoundError('measure', id);
  // A measure left in a topic that was merged away still has a page: it names that topic.
  const topic = cat.topics.find((t) => t.id === measure.topicId) ?? (await listTopics(db, { merged: true })).find((t) => t.id === measure.topicId);
  if (!topic) throw new NotFoundError('topic', measure.topicId);
  const claims = claimsOf(cat, id);
  const conversions: Record<string, string> = {};
  for (const c of claims) {
    const x = comparable(c, measure, fxTable());
    if (x?.converted) conversions[c.id] = x.converted;
  }
  return { measure, topic, claims, flags: cat.flagsByMeasure.get(id) ?? [], conversions };
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

export async function claimDetail(db: ReadDb, id: string) {
  const found = await getClaim(db, id);
  const topicId = found && (await topicOfMeasure(db, found.measureId));
  if (!found || !topicId) throw new NotFoundError('claim', id);
  const cat = await topicCatalog(db, topicId);
  const claim = cat.claimById.get(id);
  if (!claim) throw new NotFoundError('claim', id);
  return { claim, measure: cat.measureById.get(claim.measureId)!, flags: (cat.flagsByMeasure.get(claim.measureId) ?? []).filter((f) => f.claimIds.includes(id)) };
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
