import type { Db, ReadDb } from './client';
import { findSourceByHash, listClaims, listMeasures } from './read';
import { bumpRevision, insertClaim, insertSource, recordEvent, upsertMeasure, upsertTopic } from './write';
import { contentHash } from '../domain/hash';
import { UNSORTED_TOPIC, planIngest } from '../ingest/plan';
import { resultOf, type IngestResult, type IngestedFigure } from '../ingest/result';
import { speakerLabel } from '../domain/attribution';
import type { SourceSummary } from '../domain/schemas';
import type { IngestInput } from '../ingest/input';

/** What storing would do, without storing: the /ingest preview. A known text says it is a duplicate. */
export async function previewIngest(db: ReadDb, input: IngestInput): Promise<IngestResult> {
  const existing = await findSourceByHash(db, contentHash(input.text));
  if (existing) return duplicateOf(db, existing);
  return resultOf(planIngest(input, await listMeasures(db)), { stored: false, duplicate: false });
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
    const plan = planIngest(input, await listMeasures(tx));
    const created = plan.figures.flatMap((f) => (f.newMeasure ? [f.newMeasure] : []));
    if (created.length) await upsertTopic(tx, UNSORTED_TOPIC);
    for (const m of created) await upsertMeasure(tx, m);
    await insertSource(tx, { ...plan.source, wire: null, origin: 'ingested' });
    for (const f of plan.figures) {
      await insertClaim(tx, f.claim);
      await recordEvent(tx, f.claim.id, f.decision === 'accepted-automatically' ? 'accepted-automatically' : 'awaiting-review', f.reason, {
        confidence: f.confidence,
        measureId: f.claim.measureId,
      });
    }
    await bumpRevision(tx);
    return resultOf(plan, { stored: true, duplicate: false });
  });
}

/** The answer for a text already stored: nothing written, the stored figures reported. */
async function duplicateOf(db: ReadDb, source: SourceSummary): Promise<IngestResult> {
  const claims = (await listClaims(db)).filter((c) => c.sourceId === source.id);
  const titles = new Map((await listMeasures(db)).map((m) => [m.id, m.title]));
  const figures: IngestedFigure[] = claims.map((c) => ({
    claimId: c.id,
    text: c.value.text,
    start: c.figureStart,
    end: c.figureEnd,
    value: c.value,
    unit: c.unit,
    currency: c.currency,
    measureId: c.measureId,
    measureTitle: titles.get(c.measureId) ?? c.measureId,
    newMeasure: false,
    confidence: c.confidence ?? 1,
    reason: 'already stored',
    decision: c.review === 'pending' ? 'needs-review' : 'accepted-automatically',
    speaker: speakerLabel(c.speaker),
    citation: c.citation,
    stance: c.stance,
    asOf: c.asOf,
    periodStart: c.periodStart,
    quote: c.quote,
    quoteStart: c.start,
    quoteEnd: c.end,
  }));
  return {
    sourceId: source.id,
    stored: false,
    duplicate: true,
    outlet: source.outlet,
    title: source.title,
    published: source.published,
    publishedEstimate: source.publishedEstimate,
    figures,
    accepted: figures.filter((f) => f.decision === 'accepted-automatically').length,
    needsReview: figures.filter((f) => f.decision === 'needs-review').length,
  };
}
