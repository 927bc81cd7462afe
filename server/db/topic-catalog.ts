import type { ReadDb } from './client';
import { makeCatalog, type Catalog } from '../domain/catalog-model';
import { fxTable } from './fx';
import { storedFlags } from './derive';
import { currentRevision } from './catalog';
import { CLAIM_SELECT, toClaim, toMeasure, toSourceSummary, toTopic, type ClaimRow, type MeasureRow, type SourceRow, type TopicRow } from './rows';

/**
 * One topic's catalogue: the topic, its live measures, their claims, the sources of those claims
 * and the topic's stored flags — everything a topic's page, a measure's page or an embed reads,
 * since every flag and comparison lies within one topic. Read through indexes, so its cost is the
 * topic's size, not the corpus's; kept per revision, so a read after no write is a lookup.
 */
const caches = new WeakMap<ReadDb, Map<string, Promise<Catalog>>>();
const MAX_TOPICS = 100;

async function build(db: ReadDb, topicId: string, revision: number): Promise<Catalog> {
  const [topics, measures, claims, sources, flags] = await Promise.all([
    db.query<TopicRow>('SELECT * FROM topics WHERE id = $1 AND merged_into IS NULL', [topicId]),
    db.query<MeasureRow>('SELECT * FROM measures WHERE topic_id = $1 AND merged_into IS NULL ORDER BY position, id', [topicId]),
    db.query<ClaimRow>(`${CLAIM_SELECT} JOIN measures m ON m.id = c.measure_id WHERE m.topic_id = $1 AND m.merged_into IS NULL ORDER BY c.source_id, c.start_offset, c.id`, [topicId]),
    db.query<SourceRow>(
      `SELECT s.id, s.outlet, s.wire, s.title, s.url, s.published, s.published_estimate, s.content_hash, s.origin, s.added_at, s.reprint_of FROM sources s
       WHERE s.id IN (SELECT c.source_id FROM claims c JOIN measures m ON m.id = c.measure_id WHERE m.topic_id = $1 AND m.merged_into IS NULL)
       ORDER BY COALESCE(s.published, s.published_estimate->>'to') DESC NULLS LAST, s.id`,
      [topicId],
    ),
    storedFlags(db, 'f.topic_id = $1', [topicId]),
  ]);
  return makeCatalog(
    { topics: topics.map(toTopic), measures: measures.map(toMeasure), claims: claims.map(toClaim), sources: sources.map(toSourceSummary), flags },
    revision,
    fxTable(),
  );
}

export async function topicCatalog(db: ReadDb, topicId: string): Promise<Catalog> {
  const revision = await currentRevision(db);
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const key = `${revision}|${topicId}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = build(db, topicId, revision);
    hit.catch(() => cache.delete(key));
    cache.set(key, hit);
    // Oldest first out; entries of earlier revisions go the same way.
    while (cache.size > MAX_TOPICS) cache.delete(cache.keys().next().value as string);
  }
  return hit;
}

/** The topic a live measure is in, or null when there is no such measure. */
export async function topicOfMeasure(db: ReadDb, measureId: string): Promise<string | null> {
  const rows = await db.query<{ topic_id: string }>('SELECT topic_id FROM measures WHERE id = $1 AND merged_into IS NULL', [measureId]);
  return rows[0]?.topic_id ?? null;
}
