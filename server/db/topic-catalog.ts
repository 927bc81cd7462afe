import type { ReadDb } from './client';
import { makeCatalog, type Catalog } from '../domain/catalog-model';
import { fxTable } from './fx';
import { storedFlags } from './derive';
import { currentRevision } from './catalog';
import { CLAIM_COLUMNS, CLAIM_FROM, toClaim, toMeasure, toSourceSummary, toTopic, type ClaimRow, type MeasureRow, type SourceRow, type TopicRow } from './rows';

/**
 * One topic's catalogue: the topic, its live measures, their claims, the sources of those claims
 * and the topic's stored flags — everything a topic's page, a measure's page or an embed reads,
 * since every flag and comparison lies within one topic. Read through indexes, so its cost is the
 * topic's size, not the corpus's; kept (see topicCatalog), so a read after no write is a lookup.
 */
type Kept = Map<string, { revision: number; version: string; claims: number; value: Promise<WindowedCatalog> }>;
const caches = new WeakMap<ReadDb, { windowed: Kept; whole: Kept }>();
const MAX_TOPICS = 100;
/**
 * The catalogues of each kind (windowed, whole) kept hold at most this many claims in all: a
 * topic of 100,000 articles holds tens of thousands, and a hundred of them kept whole was most of
 * a server's memory (1.4 GB). A catalogue dropped is read again when a page next needs it.
 */
export const MAX_CACHED_CLAIMS = 20_000;

/**
 * A measure's newest figures that count (reviewed or accepted automatically), at most `n`: dated
 * newest first through claims_measure_active (migration 024), then any undated ones. What a chart
 * of its latest values reads, however many the measure holds; figures waiting, rejected or
 * superseded are drawn nowhere, and a run of them must not crowd out the ones that are.
 */
export const newestClaimIds = (measure: string, n: number) =>
  `(SELECT w.id FROM claims w WHERE w.measure_id = ${measure} AND w.review IN ('reviewed', 'auto') AND w.dated IS NOT NULL ORDER BY w.dated DESC, w.id DESC LIMIT ${n})
   UNION ALL (SELECT w.id FROM claims w WHERE w.measure_id = ${measure} AND w.review IN ('reviewed', 'auto') AND w.dated IS NULL ORDER BY w.id LIMIT ${n})`;

/**
 * `perMeasure`: read only each measure's newest that many figures (the dashboard's and a topic
 * page's charts draw their latest values); a measure that holds more is "cut", and its figures
 * that count are counted from measure_stats instead.
 */
async function build(db: ReadDb, topicId: string, revision: number, perMeasure?: number): Promise<WindowedCatalog> {
  const ofTopic = `SELECT m.id FROM measures m WHERE m.topic_id = $1 AND m.merged_into IS NULL`;
  const which = perMeasure
    ? `c.id IN (SELECT k.id FROM measures m CROSS JOIN LATERAL (${newestClaimIds('m.id', perMeasure)}) k WHERE m.topic_id = $1 AND m.merged_into IS NULL)`
    : `c.measure_id IN (${ofTopic})`;
  const [topics, measures, claims, flags] = await Promise.all([
    db.query<TopicRow>('SELECT * FROM topics WHERE id = $1 AND merged_into IS NULL', [topicId]),
    db.query<MeasureRow>('SELECT * FROM measures WHERE topic_id = $1 AND merged_into IS NULL ORDER BY position, id', [topicId]),
    db.query<ClaimRow & { window_dated: string | null }>(`${CLAIM_COLUMNS}, c.dated AS window_dated ${CLAIM_FROM} WHERE ${which} ORDER BY c.source_id, c.start_offset, c.id`, [topicId]),
    storedFlags(db, 'f.topic_id = $1', [topicId]),
  ]);
  const sourceIds = [...new Set(claims.map((c) => c.source_id))];
  const [sources, cut] = await Promise.all([
    sourceIds.length
      ? db.query<SourceRow>(
          `SELECT s.id, s.outlet, s.wire, s.title, s.url, s.published, s.published_estimate, s.content_hash, s.origin, s.added_at, s.reprint_of FROM sources s
           WHERE s.id = ANY($1) ORDER BY COALESCE(s.published, s.published_estimate->>'to') DESC NULLS LAST, s.id`,
          [sourceIds],
        )
      : [],
    perMeasure ? cutMeasures(db, claims, perMeasure) : new Map<string, number>(),
  ]);
  const cat = makeCatalog(
    { topics: topics.map(toTopic), measures: measures.map(toMeasure), claims: claims.map(toClaim), sources: sources.map(toSourceSummary), flags },
    revision,
    fxTable(),
  );
  return Object.assign(cat, { cut });
}

/** The measures a window of `n` cut (it read `n` dated figures of them that count), with their figures that count. */
async function cutMeasures(db: ReadDb, claims: (ClaimRow & { window_dated: string | null })[], n: number): Promise<Map<string, number>> {
  const read = new Map<string, number>();
  for (const c of claims) if (c.window_dated !== null) read.set(c.measure_id, (read.get(c.measure_id) ?? 0) + 1);
  const full = [...read].filter(([, k]) => k >= n).map(([id]) => id);
  if (full.length === 0) return new Map();
  const rows = await db.query<{ measure_id: string; claims: number }>('SELECT measure_id, claims FROM measure_stats WHERE measure_id = ANY($1)', [full]);
  return new Map(rows.map((r) => [r.measure_id, r.claims]));
}

/** A catalogue whose measures in `cut` hold only their newest figures; `cut` gives how many of theirs count in all. */
export interface WindowedCatalog extends Catalog {
  cut: Map<string, number>;
}

/**
 * One topic's catalogue, whole, or (`perMeasure`) with each measure's newest that many figures:
 * what the dashboard and a topic page draw, at a cost that does not grow with the measures' size.
 *
 * Each is kept by its topic's version (migration 025), not by the revision: a write to one story
 * rebuilds that story's catalogues, and the dashboard's other stories, their pages and their
 * embeds are a lookup (at 100,000 articles every write had made the next dashboard rebuild all
 * twelve, 1.07 s).
 */
export async function topicCatalog(db: ReadDb, topicId: string, perMeasure?: number): Promise<WindowedCatalog> {
  const revision = await currentRevision(db);
  const cache = cacheOf(db, perMeasure ? 'windowed' : 'whole');
  const key = `${topicId}|${perMeasure ?? 'all'}`;
  const hit = cache.get(key);
  // Kept in the order last read, so the budget below drops the one read longest ago.
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
  }
  if (hit && hit.revision === revision) return hit.value;
  // The version is read before the catalogue, so what is built is at least as new as the version
  // it is kept under; a write between the two only costs one more build at the next read.
  const version = await topicVersion(db, topicId);
  if (hit && hit.version === version) {
    hit.revision = Math.max(hit.revision, revision);
    const cat = await hit.value;
    // Nothing it holds changed since: it is this revision's too (an embed's answer names it).
    if (cat.revision < revision) cat.revision = revision;
    return cat;
  }
  cache.delete(key);
  const entry = { revision, version, claims: 0, value: build(db, topicId, revision, perMeasure) };
  cache.set(key, entry);
  entry.value.then(
    (cat) => {
      entry.claims = cat.claims.length;
      // The one read longest ago first out, down to the budget; the one just read stays even when it alone is over.
      let held = 0;
      for (const e of cache.values()) held += e.claims;
      for (const [k, e] of cache) {
        if ((held <= MAX_CACHED_CLAIMS && cache.size <= MAX_TOPICS) || e === entry) break;
        cache.delete(k);
        held -= e.claims;
      }
    },
    () => {
      if (cache.get(key) === entry) cache.delete(key);
    },
  );
  return entry.value;
}

/**
 * Windowed and whole catalogues are kept apart, each within its own budget: one whole catalogue
 * of a story of 50,000 figures (an embed's) must not push the dashboard's windows out.
 */
function cacheOf(db: ReadDb, kind: 'windowed' | 'whole'): Kept {
  let byKind = caches.get(db);
  if (!byKind) caches.set(db, (byKind = { windowed: new Map(), whole: new Map() }));
  return byKind[kind];
}

/** A topic's version (migration 025), or "none" for a topic that has none yet. */
export async function topicVersion(db: ReadDb, topicId: string): Promise<string> {
  const [row] = await db.query<{ n: string }>('SELECT n::text AS n FROM topic_versions WHERE topic_id = $1', [topicId]);
  return row?.n ?? 'none';
}

/** The topic a live measure is in, or null when there is no such measure. */
export async function topicOfMeasure(db: ReadDb, measureId: string): Promise<string | null> {
  const rows = await db.query<{ topic_id: string }>('SELECT topic_id FROM measures WHERE id = $1 AND merged_into IS NULL', [measureId]);
  return rows[0]?.topic_id ?? null;
}
