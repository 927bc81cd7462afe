import type { Db, ReadDb } from './client';
import { bumpRevision, recordEvents, upsertMeasure, upsertTopic } from './write';
import { listMeasures, listTopics } from './read';
import type { z } from 'zod';
import type { Measure, Topic } from '../domain/schemas';
import type { CatalogEvent, Merge, MeasureCreate, MeasureSplit, TopicCreate, TopicSplit, TopicUpdate } from '../domain/catalog-api';
import { InputError, NotFoundError } from '../domain/errors';
import type { Actor } from '../domain/accounts';
import { ACTOR_NAME_SQL, actorName } from './actors';
import { slug, uniqueId } from '../ingest/plan';

type In<T extends z.ZodType> = z.infer<T>;

/** A change to a topic or measure, kept with who made it (`actor`: ../domain/accounts.ts; null when unknown). */
export async function logCatalogEvent(db: Db, entity: 'topic' | 'measure', id: string, action: string, detail: unknown, actor: Actor = null): Promise<void> {
  await db.query('INSERT INTO catalog_events (entity, entity_id, action, detail, actor) VALUES ($1, $2, $3, $4, $5)', [entity, id, action, JSON.stringify(detail), actor]);
}
const log = logCatalogEvent;

async function liveTopic(db: Db, id: string): Promise<Topic> {
  const t = (await listTopics(db)).find((x) => x.id === id);
  if (!t) throw new NotFoundError('topic', id);
  return t;
}

async function liveMeasure(db: Db, id: string): Promise<Measure> {
  const m = (await listMeasures(db)).find((x) => x.id === id);
  if (!m) throw new NotFoundError('measure', id);
  return m;
}

export function createTopic(db: Db, input: In<typeof TopicCreate>, actor: Actor = null): Promise<Topic> {
  return db.transaction(async (tx) => {
    const all = await listTopics(tx, { merged: true });
    const topic: Topic = { id: uniqueId(slug(input.title, 60), new Set(all.map((t) => t.id))), title: input.title, description: input.description, position: 50 + all.length, eventKey: null, mergedInto: null };
    await upsertTopic(tx, topic);
    await log(tx, 'topic', topic.id, 'created', { title: topic.title }, actor);
    await bumpRevision(tx);
    return topic;
  });
}

export function updateTopic(db: Db, input: In<typeof TopicUpdate>, actor: Actor = null): Promise<Topic> {
  return db.transaction(async (tx) => {
    const t = await liveTopic(tx, input.id);
    const next = { ...t, title: input.title ?? t.title, description: input.description ?? t.description };
    await tx.query('UPDATE topics SET title = $2, description = $3 WHERE id = $1', [t.id, next.title, next.description]);
    await log(tx, 'topic', t.id, 'renamed', { from: { title: t.title, description: t.description }, to: { title: next.title, description: next.description } }, actor);
    await bumpRevision(tx);
    return next;
  });
}

/** Every measure of one topic moves into another; the emptied topic is kept, pointing there. */
export function mergeTopics(db: Db, input: In<typeof Merge>, actor: Actor = null): Promise<Topic> {
  return db.transaction(async (tx) => {
    const [from, into] = [await liveTopic(tx, input.id), await liveTopic(tx, input.into)];
    const moved = await tx.query<{ id: string }>('UPDATE measures SET topic_id = $2 WHERE topic_id = $1 RETURNING id', [from.id, into.id]);
    await tx.query('UPDATE topics SET merged_into = $2 WHERE id = $1', [from.id, into.id]);
    const detail = { from: from.id, into: into.id, measures: moved.map((m) => m.id), reason: input.reason };
    await log(tx, 'topic', from.id, 'merged', detail, actor);
    await log(tx, 'topic', into.id, 'absorbed', detail, actor);
    await bumpRevision(tx);
    return into;
  });
}

/** Some measures of a topic move to a new topic of their own. */
export function splitTopic(db: Db, input: In<typeof TopicSplit>, actor: Actor = null): Promise<Topic> {
  return db.transaction(async (tx) => {
    const from = await liveTopic(tx, input.id);
    const own = new Set((await listMeasures(tx)).filter((m) => m.topicId === from.id).map((m) => m.id));
    const stray = input.measureIds.filter((id) => !own.has(id));
    if (stray.length) throw new InputError(`Not measures of topic "${from.id}": ${stray.join(', ')}.`);
    if (input.measureIds.length === own.size) throw new InputError('Splitting off every measure leaves the topic empty: rename it instead.');
    const all = await listTopics(tx, { merged: true });
    const topic: Topic = { id: uniqueId(slug(input.title, 60), new Set(all.map((t) => t.id))), title: input.title, description: '', position: from.position, eventKey: null, mergedInto: null };
    await upsertTopic(tx, topic);
    await tx.query('UPDATE measures SET topic_id = $2 WHERE id = ANY($1)', [input.measureIds, topic.id]);
    const detail = { from: from.id, to: topic.id, measures: input.measureIds, reason: input.reason };
    await log(tx, 'topic', from.id, 'split', detail, actor);
    await log(tx, 'topic', topic.id, 'created', detail, actor);
    await bumpRevision(tx);
    return topic;
  });
}

export function createMeasure(db: Db, input: In<typeof MeasureCreate>, actor: Actor = null): Promise<Measure> {
  return db.transaction(async (tx) => {
    await liveTopic(tx, input.topicId);
    const all = await listMeasures(tx, { merged: true });
    const m: Measure = {
      id: uniqueId(slug(input.title, 60), new Set(all.map((x) => x.id))),
      topicId: input.topicId,
      title: input.title,
      description: input.description,
      unit: input.unit,
      currency: input.currency,
      kind: input.kind,
      referenceDate: null,
      tolerance: 0.05,
      keywords: [],
      position: 100 + all.length,
      signature: null,
      mergedInto: null,
    };
    await upsertMeasure(tx, m);
    await log(tx, 'measure', m.id, 'created', { title: m.title, topicId: m.topicId }, actor);
    await bumpRevision(tx);
    return m;
  });
}

async function moveClaims(tx: Db, claimIds: string[], from: string, to: string, reason: string, actor: Actor): Promise<void> {
  await tx.query('UPDATE claims SET measure_id = $2 WHERE id = ANY($1)', [claimIds, to]);
  await recordEvents(tx, claimIds.map((claimId) => ({ claimId, action: 'moved', reason, detail: { from, to } })), actor);
}

/** Every claim of one measure moves onto another; the emptied measure is kept, pointing there. */
export function mergeMeasures(db: Db, input: In<typeof Merge>, actor: Actor = null): Promise<Measure> {
  return db.transaction(async (tx) => {
    const [from, into] = [await liveMeasure(tx, input.id), await liveMeasure(tx, input.into)];
    if ((from.currency === null) !== (into.currency === null)) throw new InputError('An amount of money and a count cannot be one measure.');
    const claims = await tx.query<{ id: string }>('SELECT id FROM claims WHERE measure_id = $1', [from.id]);
    await moveClaims(tx, claims.map((c) => c.id), from.id, into.id, input.reason, actor);
    await tx.query('UPDATE measures SET merged_into = $2 WHERE id = $1', [from.id, into.id]);
    const detail = { from: from.id, into: into.id, claims: claims.length, reason: input.reason };
    await log(tx, 'measure', from.id, 'merged', detail, actor);
    await log(tx, 'measure', into.id, 'absorbed', detail, actor);
    await bumpRevision(tx);
    return into;
  });
}

/** Some claims of a measure move to a new measure like it, under a new title. */
export function splitMeasure(db: Db, input: In<typeof MeasureSplit>, actor: Actor = null): Promise<Measure> {
  return db.transaction(async (tx) => {
    const from = await liveMeasure(tx, input.id);
    const own = new Set((await tx.query<{ id: string }>('SELECT id FROM claims WHERE measure_id = $1', [from.id])).map((c) => c.id));
    const stray = input.claimIds.filter((id) => !own.has(id));
    if (stray.length) throw new InputError(`Not claims of measure "${from.id}": ${stray.slice(0, 5).join(', ')}${stray.length > 5 ? '…' : ''}.`);
    const all = await listMeasures(tx, { merged: true });
    // The new measure is a person's: ingest finds it by its words, not by the old one's signature.
    const m: Measure = { ...from, id: uniqueId(slug(input.title, 60), new Set(all.map((x) => x.id))), title: input.title, signature: null, mergedInto: null, position: from.position + 1 };
    await upsertMeasure(tx, m);
    await moveClaims(tx, input.claimIds, from.id, m.id, input.reason, actor);
    const detail = { from: from.id, to: m.id, claims: input.claimIds, reason: input.reason };
    await log(tx, 'measure', from.id, 'split', detail, actor);
    await log(tx, 'measure', m.id, 'created', detail, actor);
    await bumpRevision(tx);
    return m;
  });
}

export async function catalogHistory(db: ReadDb, entity: 'topic' | 'measure', id: string): Promise<CatalogEvent[]> {
  const rows = await db.query<{ entity: 'topic' | 'measure'; entity_id: string; action: string; detail: unknown; at: Date | string; actor: string | null; actor_name: string | null }>(
    `SELECT e.entity, e.entity_id, e.action, e.detail, e.at, e.actor, ${ACTOR_NAME_SQL} AS actor_name FROM catalog_events e WHERE e.entity = $1 AND e.entity_id = $2 ORDER BY e.at, e.id LIMIT 500`,
    [entity, id],
  );
  return rows.map((r) => ({ entity: r.entity, entityId: r.entity_id, action: r.action, detail: r.detail, at: new Date(r.at).toISOString(), by: actorName(r.actor, r.actor_name) }));
}
