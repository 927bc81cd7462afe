import type { Db, ReadDb } from './client';
import { findSourceByHash, listClaimsOfSource, listMeasures, listTopics } from './read';
import { bumpRevision, insertClaims, insertSource, recordEvents, upsertMeasure, upsertTopic } from './write';
import { contentHash } from '../domain/hash';
import { planIngest } from '../ingest/plan';
import { UNSORTED_TOPIC } from '../domain/unsorted';
import { ingestedFigure, resultOf, summarise, type IngestResult } from '../ingest/result';
import type { SourceSummary } from '../domain/schemas';
import type { IngestInput } from '../ingest/input';

/** What storing would do, without storing: the /ingest preview. A known text says it is a duplicate. */
export async function previewIngest(db: ReadDb, input: IngestInput): Promise<IngestResult> {
  const existing = await findSourceByHash(db, contentHash(input.text));
  if (existing) return duplicateOf(db, existing);
  return resultOf(planIngest(input, await listMeasures(db, { merged: true }), await listTopics(db, { merged: true })), { stored: false, duplicate: false });
}

/**
 * Store an article and its figures in one transaction: a failure half-way leaves nothing behind,
 * and the same text twice is stored once (the second answer says it is a duplicate).
 */
export async function ingestArticle(db: Db, input: IngestInput): Promise<IngestResult> {
  return db.transaction(async (tx) => {
    // Serialise ingests, so two copies of one text sent at once cannot both pass the duplicate check.
    await tx.query('SELECT pg_advisory_xact_lock(7413)');
    const existing = await findSourceByHash(tx, contentHash(input.text));
    if (existing) return duplicateOf(tx, existing);
    const plan = planIngest(input, await listMeasures(tx, { merged: true }), await listTopics(tx, { merged: true }));
    const created = plan.figures.flatMap((f) => (f.newMeasure ? [f.newMeasure] : []));
    if (plan.newTopic) await upsertTopic(tx, plan.newTopic);
    // "New figures" holds what waits for a name; merged away by someone, it comes back for these.
    if (created.some((m) => m.topicId === UNSORTED_TOPIC.id)) {
      await upsertTopic(tx, UNSORTED_TOPIC);
      await tx.query('UPDATE topics SET merged_into = NULL WHERE id = $1 AND merged_into IS NOT NULL', [UNSORTED_TOPIC.id]);
    }
    for (const m of created) await upsertMeasure(tx, m);
    await insertSource(tx, { ...plan.source, origin: 'ingested' });
    await insertClaims(tx, plan.figures.map((f) => f.claim));
    await recordEvents(
      tx,
      plan.figures.map((f) => ({
        claimId: f.claim.id,
        action: f.decision === 'accepted-automatically' ? 'accepted-automatically' : 'awaiting-review',
        reason: f.reason,
        detail: { confidence: f.confidence, measureId: f.claim.measureId },
      })),
    );
    await bumpRevision(tx);
    return resultOf(plan, { stored: true, duplicate: false });
  });
}

/** The answer for a text already stored: nothing written, the stored figures reported. */
async function duplicateOf(db: ReadDb, source: SourceSummary): Promise<IngestResult> {
  const claims = await listClaimsOfSource(db, source.id);
  const titles = new Map((await listMeasures(db)).map((m) => [m.id, m.title]));
  const figures = claims.map((c) =>
    ingestedFigure(c, {
      outlet: source.outlet,
      published: source.published,
      measureTitle: titles.get(c.measureId) ?? c.measureId,
      newMeasure: false,
      confidence: c.confidence ?? 1,
      reason: 'already stored',
      decision: c.review === 'pending' ? 'needs-review' : 'accepted-automatically',
    }),
  );
  const { id, outlet, title, published, publishedEstimate } = source;
  return summarise({ sourceId: id, stored: false, duplicate: true, outlet, title, published, publishedEstimate }, figures);
}
