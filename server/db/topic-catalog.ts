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
const caches = new WeakMap<ReadDb, Map<string, { revision: number; claims: number; value: Promise<Catalog> }>>();
const MAX_TOPICS = 100;
/**
 * The catalogues kept hold at most this many claims in all: a topic of 100,000 articles holds tens
 * of thousands, and a hundred of them kept whole was most of a server's memory (1.4 GB). The
 * pages' own read models (dashboard, charts) are kept per revision apart, so a catalogue dropped
 * is read again only when a page of a new revision needs it.
 */
export const MAX_CACHED_CLAIMS = 20_000;

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
  const hit = cache.get(key);
  if (hit) return hit.value;
  // Catalogues of an earlier revision are never asked for again (the revision only moves on): out.
  for (const [k, e] of cache) if (e.revision < revision) cache.delete(k);
  const entry = { revision, claims: 0, value: build(db, topicId, revision) };
  cache.set(key, entry);
  entry.value.then(
    (cat) => {
      entry.claims = cat.claims.length;
      // Oldest first out, down to the budget; the one just read stays even when it alone is over.
      let held = 0;
      for (const e of cache.values()) held += e.claims;
      for (const [k, e] of cache) {
        if ((held <= MAX_CACHED_CLAIMS && cache.size <= MAX_TOPICS) || e === entry) break;
        cache.delete(k);
        held -= e.claims;
      }
    },
    () => cache.delete(key),
  );
  return entry.value;
}

/** The topic a live measure is in, or null when there is no such measure. */
export async function topicOfMeasure(db: ReadDb, measureId: string): Promise<string | null> {
  const rows = await db.query<{ topic_id: string }>('SELECT topic_id FROM measures WHERE id = $1 AND merged_into IS NULL', [measureId]);
  return rows[0]?.topic_id ?? null;
}
