import type { Db } from './client';
import type { DateEstimate, Measure, Topic } from '../domain/schemas';
import type { NewClaim } from '../domain/new-claim';

/** Every write bumps the revision in the same transaction, so cached derivations know to refresh. */
export async function bumpRevision(db: Db): Promise<void> {
  await db.query('UPDATE revision SET n = n + 1 WHERE id = 1');
}

export async function upsertTopic(db: Db, t: Topic): Promise<void> {
  await db.query(
    `INSERT INTO topics (id, title, description, position, event_key) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (id) DO NOTHING`,
    [t.id, t.title, t.description, t.position, t.eventKey ?? null],
  );
}

export async function upsertMeasure(db: Db, m: Measure): Promise<void> {
  await db.query(
    `INSERT INTO measures (id, topic_id, title, description, unit, currency, kind, reference_date, tolerance, keywords, position, signature)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (id) DO NOTHING`,
    [m.id, m.topicId, m.title, m.description, m.unit, m.currency, m.kind, m.referenceDate, m.tolerance, JSON.stringify(m.keywords), m.position, m.signature ? JSON.stringify(m.signature) : null],
  );
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
}

export async function insertSource(db: Db, s: NewSource): Promise<void> {
  await db.query(
    `INSERT INTO sources (id, outlet, wire, title, url, published, published_estimate, body, content_hash, origin)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [s.id, s.outlet, s.wire, s.title, s.url, s.published, s.publishedEstimate ? JSON.stringify(s.publishedEstimate) : null, s.text, s.contentHash, s.origin],
  );
}

export async function insertClaim(db: Db, c: NewClaim): Promise<void> {
  const v = c.value;
  await db.query(
    `INSERT INTO claims (id, measure_id, source_id, low, high, best, low_inclusive, high_inclusive, qualifier, value_text,
       unit, currency, as_of, period_start, speaker_name, speaker_role, speaker_org, cited_by, stance, quote,
       start_offset, end_offset, figure_start, figure_end, origin, review, confidence, note, supersedes)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28,$29)`,
    [
      c.id, c.measureId, c.sourceId, v.low, v.high, v.best, v.lowInclusive, v.highInclusive, v.qualifier, v.text,
      c.unit, c.currency, c.asOf, c.periodStart, c.speaker?.name ?? null, c.speaker?.role ?? null, c.speaker?.organisation ?? null,
      JSON.stringify(c.citedBy), c.stance, c.quote, c.start, c.end, c.figureStart, c.figureEnd, c.origin, c.review,
      c.confidence, c.note, c.supersedes,
    ],
  );
}

export async function recordEvent(db: Db, claimId: string, action: string, reason: string | null, detail: unknown): Promise<void> {
  await db.query('INSERT INTO claim_events (claim_id, action, reason, detail) VALUES ($1, $2, $3, $4)', [
    claimId,
    action,
    reason,
    JSON.stringify(detail ?? null),
  ]);
}
