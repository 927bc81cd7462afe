import type { Db, ReadDb } from './client';
import { listClaimsOfSource, listMeasures, listTopics } from './read';
import { findOriginal, findSameText, type ReprintOf } from './reprints';
import { insertClaims, insertSource, recordEvents, upsertMeasure, upsertTopic } from './write';
import { keepState, openState, type IngestState } from './ingest-state';
import { refreshAfterIngest, type IngestWrites } from './derive-ingest';
import { contentHash } from '../domain/hash';
import { textKey } from '../domain/text-key';
import { passagesOf, type Passage } from '../ingest/passages';
import { planIngest } from '../ingest/plan';
import { UNSORTED_TOPIC } from '../domain/unsorted';
import { ingestedFigure, resultOf, summarise, type IngestResult } from '../ingest/result';
import type { Measure, SourceSummary } from '../domain/schemas';
import type { IngestInput } from '../ingest/input';
import { applyEdits, type EditOutcome, type RowEdit } from '../ingest/edits';
import { recordSourceEvents } from './source-events';
import type { Actor } from '../domain/accounts';

/** Where an ingest's time goes, in ms, added up over calls (npm run bench:ingest prints it). */
export type PhaseTimes = Partial<Record<'check' | 'read' | 'plan' | 'write' | 'derive', number>>;
function phaseClock(times: PhaseTimes | undefined): (phase: keyof PhaseTimes) => void {
  let at = performance.now();
  return (phase) => {
    if (!times) return;
    const now = performance.now();
    times[phase] = (times[phase] ?? 0) + now - at;
    at = now;
  };
}

/** A text already stored, byte for byte or once normalised (./reprints). */
const sameText = (db: ReadDb, input: IngestInput) => findSameText(db, contentHash(input.text), textKey(input.text));

/**
 * What storing would do, without storing: the /ingest preview, with a person's edits to its rows
 * when given (../ingest/edits). A known text says it is a duplicate, a near-copy whose reprint it is.
 */
export async function previewIngest(db: ReadDb, input: IngestInput, edits?: RowEdit[]): Promise<IngestResult> {
  const existing = await sameText(db, input);
  if (existing) return duplicateOf(db, existing);
  const reprint = await findOriginal(db, passagesOf(input.text));
  const [measures, topics] = [await listMeasures(db, { merged: true }), await listTopics(db, { merged: true })];
  const outcome = applyEdits(planIngest(input, measures, topics), edits, { measures, topics });
  return { ...resultOf(outcome.plan, { stored: false, duplicate: false }, outcome), reprintOf: reprint?.of ?? null };
}

/**
 * Store an article and its figures in one transaction: a failure half-way leaves nothing behind,
 * and the same text twice is stored once (the second answer says it is a duplicate). What it reads
 * is kept for the next ingest on this handle while nobody else writes (./ingest-state).
 */
/** `edits`: the preview's rows as a person corrected them (../ingest/edits); `actor`: who, for those edits' history. */
export async function ingestArticle(db: Db, input: IngestInput, times?: PhaseTimes, edits?: RowEdit[], actor: Actor = null): Promise<IngestResult> {
  const lap = phaseClock(times);
  let next: IngestState | null = null;
  const result = await db.transaction(async (tx) => {
    // Serialise ingests, so two copies of one text sent at once cannot both pass the duplicate check
    // (and a near-copy sent with its original finds it stored); sources_text_key would refuse the second.
    await tx.query('SELECT pg_advisory_xact_lock(7413)');
    const existing = await sameText(tx, input);
    if (existing) {
      lap('check');
      return duplicateOf(tx, existing);
    }
    const passages = passagesOf(input.text);
    const reprint = await findOriginal(tx, passages);
    lap('check');
    const state = await openState(db, tx);
    lap('read');
    // The preview's edits are applied to the same plan the preview made, so what is stored is what it showed.
    const outcome = applyEdits(planIngest(input, [...state.measures], state.topics), edits, { measures: state.measures, topics: state.topics });
    lap('plan');
    const wrote = await writePlan(tx, outcome, reprint, passages, actor);
    lap('write');
    next = await refreshAfterIngest(tx, state, wrote);
    lap('derive');
    return { ...resultOf(outcome.plan, { stored: true, duplicate: false }, outcome), reprintOf: reprint?.of ?? null };
  });
  if (next) keepState(db, next);
  return result;
}

/** Everything the plan says to store, with a person's edits and their history; what the flags need to know of it comes back. */
async function writePlan(tx: Db, outcome: EditOutcome, reprint: ReprintOf | null, passages: Passage[], actor: Actor): Promise<IngestWrites> {
  const { plan } = outcome;
  const created = plan.figures.flatMap((f) => (f.newMeasure ? [f.newMeasure] : []));
  let topicsChanged = plan.newTopic ? await upsertTopic(tx, plan.newTopic) : false;
  for (const t of outcome.topics) if (await upsertTopic(tx, t)) topicsChanged = true;
  // "New figures" holds what waits for a name; merged away by someone, it comes back for these.
  if (created.some((m) => m.topicId === UNSORTED_TOPIC.id)) {
    if (await upsertTopic(tx, UNSORTED_TOPIC)) topicsChanged = true;
    const back = await tx.query('UPDATE topics SET merged_into = NULL WHERE id = $1 AND merged_into IS NOT NULL RETURNING id', [UNSORTED_TOPIC.id]);
    if (back.length) topicsChanged = true;
  }
  const measures: Measure[] = [];
  for (const m of created) {
    const stored = await upsertMeasure(tx, m);
    if (stored) measures.push(stored);
  }
  await insertSource(tx, { ...plan.source, origin: 'ingested', reprint, passages });
  await insertClaims(tx, plan.figures.map((f) => f.claim));
  // A person's edits come first in each claim's history, then the decision they led to.
  await recordEvents(
    tx,
    outcome.edited.map((e) => ({ claimId: e.claimId, action: 'edited-in-preview', reason: e.reason ?? 'edited in the ingest preview', detail: { fields: e.fields, before: e.before, after: e.after } })),
    actor,
  );
  // Tally's own decisions name nobody; a measure a person chose in the preview is theirs.
  await recordEvents(
    tx,
    plan.figures.map((f) => ({
      claimId: f.claim.id,
      action: f.decision === 'accepted-automatically' ? 'accepted-automatically' : f.decision === 'accepted' ? 'accepted' : f.decision === 'set-aside' ? 'set-aside' : 'awaiting-review',
      reason: f.reason,
      detail: { confidence: f.confidence, measureId: f.claim.measureId },
      ...(f.decision === 'accepted' ? { actor } : {}),
    })),
  );
  await recordSourceEvents(
    tx,
    outcome.dropped.map((f) => ({
      sourceId: plan.source.id,
      action: 'dropped-in-preview',
      reason: outcome.reasons.get(f.claim.id) ?? 'not a figure to keep (dropped in the ingest preview)',
      detail: { claimId: f.claim.id, text: f.claim.value.text, start: f.claim.figureStart, end: f.claim.figureEnd, value: f.claim.value, measureId: f.claim.measureId, measureTitle: f.measureTitle },
    })),
    actor,
  );
  return { sourceId: plan.source.id, measures, exact: measures.length === created.length, topicsChanged };
}

/** The answer for a text already stored: nothing written, the stored figures reported. */
async function duplicateOf(db: ReadDb, source: SourceSummary): Promise<IngestResult> {
  const claims = await listClaimsOfSource(db, source.id);
  const ids = [...new Set(claims.map((c) => c.measureId))];
  const titles = new Map((await db.query<{ id: string; title: string }>('SELECT id, title FROM measures WHERE id = ANY($1) AND merged_into IS NULL', [ids])).map((m) => [m.id, m.title]));
  const figures = claims.map((c) =>
    ingestedFigure(c, {
      outlet: source.outlet,
      published: source.published,
      measureTitle: titles.get(c.measureId) ?? c.measureId,
      newMeasure: false,
      confidence: c.confidence ?? 1,
      reason: 'already stored',
      decision: c.review === 'pending' ? 'needs-review' : c.review === 'set-aside' ? 'set-aside' : 'accepted-automatically',
    }),
  );
  const { id, outlet, title, published, publishedEstimate } = source;
  return { ...summarise({ sourceId: id, stored: false, duplicate: true, outlet, title, published, publishedEstimate }, figures), reprintOf: source.reprintOf ?? null };
}
