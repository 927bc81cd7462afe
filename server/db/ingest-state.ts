import type { ReadDb } from './client';
import { getRevision } from './read';
import { toMeasure, toTopic, type MeasureRow, type TopicRow } from './rows';
import type { Claim, Flag, Measure, Topic } from '../domain/schemas';
import type { MeasureMemo } from '../domain/flags/memo';

/**
 * What an ingest reads, as of one revision, kept between ingests so that a run of them does not
 * read the whole catalogue each time: every measure and topic (merged ones too), and for each topic
 * an ingest has derived, its claims and its stored flag rows. A write anywhere — in this process or
 * another — moves the revision on, and the next ingest reads afresh; an ingest that moved it by
 * exactly one (nobody else wrote meanwhile) hands on what it read plus what it added.
 *
 * An ingest takes the state for itself (openState) and changes it in place; it is kept again only
 * once that ingest committed (keepState). An ingest that fails or is overtaken never gives it back,
 * so nobody sees a state half-way through an article.
 */
export interface IngestState {
  revision: number;
  /** Every measure, merged too, in (position, id) order. */
  measures: Measure[];
  topics: Topic[];
  /** Topic id → what an ingest has read and derived of it. */
  held: Map<string, HeldTopic>;
  /** Measure id → its own flags (not those between measures) and what they were derived from. */
  memos: Map<string, MeasureMemo>;
}

export interface HeldTopic {
  /** Its live measures, in (position, id) order. */
  live: Measure[];
  byId: Map<string, Measure>;
  /** Quantity key (flags quantityKey) → its live measures of that quantity, in order: whose denials answer whose figures. */
  quantities: Map<string, Measure[]>;
  /**
   * Its live measures' counted claims (reviewed or accepted automatically), by measure, each list
   * in derivation order (claimOrder): an article adds to the lists of the measures it touches.
   */
  claims: Map<string, Claim[]>;
  /** Its live measures that have a headline claim (a counted, asserted figure), in order: the ones flags between measures are about. */
  headed: Measure[];
  /** Owner (a measure id, or '' for the flags between measures) → its stored flags and their rows (JSON), by position. */
  rows: Map<string, StoredRows>;
}

export interface StoredRows {
  flags: Flag[];
  rows: string[];
}

/** Orders that do not depend on the server's locale, so memory and SQL agree on them. */
export const MEASURE_ORDER = 'ORDER BY position, id COLLATE "C"';
export const CLAIM_ORDER = 'ORDER BY c.source_id COLLATE "C", c.start_offset, c.id COLLATE "C"';

export { byCodePoint, claimOrder, insertSorted, measureOrder } from '../domain/order';

export async function allMeasures(db: ReadDb): Promise<Measure[]> {
  return (await db.query<MeasureRow>(`SELECT * FROM measures ${MEASURE_ORDER}`)).map(toMeasure);
}
export async function allTopics(db: ReadDb): Promise<Topic[]> {
  return (await db.query<TopicRow>('SELECT * FROM topics ORDER BY position, id COLLATE "C"')).map(toTopic);
}

// Per database handle: two handles may be two databases.
const states = new WeakMap<object, IngestState>();

/**
 * The state as of the revision `tx` sees, for this ingest alone: the kept one when it is that
 * revision's (taken, so no other ingest on the handle changes it meanwhile), else read now.
 */
export async function openState(key: object, tx: ReadDb): Promise<IngestState> {
  const revision = await getRevision(tx);
  const kept = states.get(key);
  states.delete(key);
  if (kept && kept.revision === revision) return kept;
  return { revision, measures: await allMeasures(tx), topics: await allTopics(tx), held: new Map(), memos: new Map() };
}

/** Keep a committed state for the next ingest (never an older one over a newer). */
export function keepState(key: object, next: IngestState): void {
  const kept = states.get(key);
  if (!kept || next.revision > kept.revision) states.set(key, next);
}
