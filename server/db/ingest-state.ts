import type { ReadDb } from './client';
import { getRevision } from './read';
import { toMeasure, toTopic, type MeasureRow, type TopicRow } from './rows';
import type { Claim, Flag, Measure, Topic } from '../domain/schemas';

/**
 * What an ingest reads, as of one revision, kept between ingests so that a run of them does not
 * read the whole catalogue each time: every measure and topic (merged ones too), and for each topic
 * an ingest has derived, its claims and its stored flag rows. A write anywhere — in this process or
 * another — moves the revision on, and the next ingest reads afresh; an ingest that moved it by
 * exactly one (nobody else wrote meanwhile) hands on what it read plus what it added.
 */
export interface IngestState {
  revision: number;
  /** Every measure, merged too, in (position, id) order. */
  measures: Measure[];
  topics: Topic[];
  /**
   * Topic id → its live measures' counted claims (reviewed or accepted automatically), by
   * measure, each list in derivation order (claimOrder): an article adds to the lists of the
   * measures it touches, and nothing else of the topic is copied or grouped again.
   */
  claims: Map<string, Map<string, Claim[]>>;
  /** Topic id → its stored flag rows (JSON), by position. */
  flags: Map<string, string[]>;
  /** Measure id → its own flags (not those between measures), as last derived. */
  measureFlags: Map<string, Flag[]>;
}

/** Orders that do not depend on the server's locale, so memory and SQL agree on them. */
export const MEASURE_ORDER = 'ORDER BY position, id COLLATE "C"';
export const CLAIM_ORDER = 'ORDER BY c.source_id COLLATE "C", c.start_offset, c.id COLLATE "C"';

/** The "C" collation's order: by code point (a UTF-16 surrogate is a code point past U+FFFF). */
export function byCodePoint(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const sx = x >= 0xd800 && x <= 0xdfff;
    const sy = y >= 0xd800 && y <= 0xdfff;
    return sx === sy ? x - y : sx ? 1 : -1;
  }
  return a.length - b.length;
}
export const measureOrder = (a: Measure, b: Measure) => a.position - b.position || byCodePoint(a.id, b.id);
export const claimOrder = (a: Claim, b: Claim) => byCodePoint(a.sourceId, b.sourceId) || a.start - b.start || byCodePoint(a.id, b.id);

/** A new sorted array: `list` (sorted) with `items` put where the order puts them. */
export function insertSorted<T>(list: readonly T[], items: readonly T[], cmp: (a: T, b: T) => number): T[] {
  const out = [...list];
  for (const x of [...items].sort(cmp)) {
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmp(out[mid], x) <= 0) lo = mid + 1;
      else hi = mid;
    }
    out.splice(lo, 0, x);
  }
  return out;
}

export async function allMeasures(db: ReadDb): Promise<Measure[]> {
  return (await db.query<MeasureRow>(`SELECT * FROM measures ${MEASURE_ORDER}`)).map(toMeasure);
}
export async function allTopics(db: ReadDb): Promise<Topic[]> {
  return (await db.query<TopicRow>('SELECT * FROM topics ORDER BY position, id COLLATE "C"')).map(toTopic);
}

// Per database handle: two handles may be two databases.
const states = new WeakMap<object, IngestState>();

/** The state as of the revision `tx` sees: the kept one when it is that revision's, else read now. */
export async function openState(key: object, tx: ReadDb): Promise<IngestState> {
  const revision = await getRevision(tx);
  const kept = states.get(key);
  if (kept && kept.revision === revision) return kept;
  return { revision, measures: await allMeasures(tx), topics: await allTopics(tx), claims: new Map(), flags: new Map(), measureFlags: new Map() };
}

/** Keep a committed state for the next ingest (never an older one over a newer). */
export function keepState(key: object, next: IngestState): void {
  const kept = states.get(key);
  if (!kept || next.revision > kept.revision) states.set(key, next);
}
