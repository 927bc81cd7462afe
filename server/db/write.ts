import type { Db } from './client';
import { refreshTouched } from './derive';
import type { DateEstimate, Measure, Topic } from '../domain/schemas';
import type { NewClaim } from '../domain/new-claim';
import type { Actor } from '../domain/accounts';
import { toMeasure, type MeasureRow } from './rows';
import { storePassages, type ReprintOf } from './reprints';
import { textKey } from '../domain/text-key';
import { passagesOf, type Passage } from '../ingest/passages';

/**
 * Every write ends here, in its own transaction: the flags of the topics it touched are derived
 * again and stored (./derive), and the revision moves on, so cached read models know to refresh.
 */
export async function bumpRevision(db: Db): Promise<number> {
  await refreshTouched(db);
  return nextRevision(db);
}

/** The revision moved on by one; returns the new one. Only after the flags are derived (bumpRevision). */
export async function nextRevision(db: Db): Promise<number> {
  const [row] = await db.query<{ n: number }>('UPDATE revision SET n = n + 1 WHERE id = 1 RETURNING n');
  return row.n;
}

/** Whether the topic was new (an existing id is left as it is). */
export async function upsertTopic(db: Db, t: Topic): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO topics (id, title, description, position, event_key) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [t.id, t.title, t.description, t.position, t.eventKey ?? null],
  );
  return rows.length > 0;
}

/** The measure as stored, or null when one with its id was already there (and is left as it is). */
export async function upsertMeasure(db: Db, m: Measure): Promise<Measure | null> {
  const rows = await db.query<MeasureRow>(
    `INSERT INTO measures (id, topic_id, title, description, unit, currency, kind, reference_date, tolerance, keywords, position, signature)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (id) DO NOTHING RETURNING *`,
    [m.id, m.topicId, m.title, m.description, m.unit, m.currency, m.kind, m.referenceDate, m.tolerance, JSON.stringify(m.keywords), m.position, m.signature ? JSON.stringify(m.signature) : null],
  );
  return rows[0] ? toMeasure(rows[0]) : null;
}

export interface NewSource {
  id: string;
  outlet: string;
  wire: string | null;
  title: string;
  url: string | null;
  published: string | null;
  publishedEstimate: DateEstimate | null;
  text: string;
  contentHash: string;
  origin: 'curated' | 'ingested';
  /** The earlier source this one is a near-copy of (./reprints). */
  reprint?: ReprintOf | null;
  /** Its passages, when the caller has them already. */
  passages?: Passage[];
}

/** A source with its text key and its passages indexed (migration 009), so every way in finds it again. */
export async function insertSource(db: Db, s: NewSource): Promise<void> {
  await db.query(
    `INSERT INTO sources (id, outlet, wire, title, url, published, published_estimate, body, content_hash, origin, text_key, reprint_of)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [s.id, s.outlet, s.wire, s.title, s.url, s.published, s.publishedEstimate ? JSON.stringify(s.publishedEstimate) : null, s.text, s.contentHash, s.origin, textKey(s.text), s.reprint?.of ?? null],
  );
  await storePassages(db, s.id, s.passages ?? passagesOf(s.text), s.reprint ?? null);
}

const CLAIM_COLUMNS = `id text, measure_id text, source_id text, low float8, high float8, best float8, low_inclusive boolean,
  high_inclusive boolean, qualifier text, value_text text, unit text, currency text, as_of text, period_start text,
  as_of_from text, as_of_to text, as_of_precision text,
  speaker_name text, speaker_role text, speaker_org text, cited_by jsonb, stance text, quote text, start_offset int,
  end_offset int, figure_start int, figure_end int, origin text, review text, confidence float8, note text, supersedes text`;
const CLAIM_NAMES = CLAIM_COLUMNS.split(',').map((c) => c.trim().split(/\s+/)[0]);

function claimRecord(c: NewClaim): Record<string, unknown> {
  const v = c.value;
  return {
    id: c.id, measure_id: c.measureId, source_id: c.sourceId, low: v.low, high: v.high, best: v.best,
    low_inclusive: v.lowInclusive, high_inclusive: v.highInclusive, qualifier: v.qualifier, value_text: v.text,
    unit: c.unit, currency: c.currency, as_of: c.asOf, period_start: c.periodStart,
    as_of_from: c.asOfSpan?.from ?? null, as_of_to: c.asOfSpan?.to ?? null, as_of_precision: c.asOfSpan?.precision ?? null, speaker_name: c.speaker?.name ?? null,
    speaker_role: c.speaker?.role ?? null, speaker_org: c.speaker?.organisation ?? null, cited_by: c.citedBy,
    stance: c.stance, quote: c.quote, start_offset: c.start, end_offset: c.end, figure_start: c.figureStart,
    figure_end: c.figureEnd, origin: c.origin, review: c.review, confidence: c.confidence, note: c.note, supersedes: c.supersedes,
  };
}

/** Rows per statement: one round trip for hundreds of figures, the parameter small enough to parse fast. */
const CHUNK = 500;

/**
 * Many claims in a few statements (a JSON array read as a record set), not one INSERT each: an
 * article of 2,000 figures stores in one round trip per 500.
 */
export async function insertClaims(db: Db, claims: NewClaim[]): Promise<void> {
  for (let i = 0; i < claims.length; i += CHUNK) {
    await db.query(
      `INSERT INTO claims (${CLAIM_NAMES.join(', ')})
       SELECT ${CLAIM_NAMES.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(${CLAIM_COLUMNS})`,
      [JSON.stringify(claims.slice(i, i + CHUNK).map(claimRecord))],
    );
  }
}

export async function insertClaim(db: Db, c: NewClaim): Promise<void> {
  await insertClaims(db, [c]);
}

export interface NewEvent {
  claimId: string;
  action: string;
  reason: string | null;
  detail: unknown;
  /** Who made it, when this event's differs from the call's (see recordEvents). */
  actor?: Actor;
}

/**
 * Many claim events in a few statements (one per claim of an article, so their order is immaterial).
 * `actor` is who made them (a user's id, `token:admin`; ../domain/accounts.ts), null when unknown:
 * routers pass `ctx.actor`.
 */
export async function recordEvents(db: Db, events: NewEvent[], actor: Actor = null): Promise<void> {
  for (let i = 0; i < events.length; i += CHUNK) {
    await db.query(
      `INSERT INTO claim_events (claim_id, action, reason, detail, actor)
       SELECT claim_id, action, reason, detail, actor FROM jsonb_to_recordset($1::jsonb) AS x(claim_id text, action text, reason text, detail jsonb, actor text)`,
      [JSON.stringify(events.slice(i, i + CHUNK).map((e) => ({ claim_id: e.claimId, action: e.action, reason: e.reason, detail: e.detail ?? null, actor: e.actor ?? actor })))],
    );
  }
}

export async function recordEvent(db: Db, claimId: string, action: string, reason: string | null, detail: unknown, actor: Actor = null): Promise<void> {
  await db.query('INSERT INTO claim_events (claim_id, action, reason, detail, actor) VALUES ($1, $2, $3, $4, $5)', [
    claimId,
    action,
    reason,
    JSON.stringify(detail ?? null),
    actor,
  ]);
}
