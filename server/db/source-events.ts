import type { Db, ReadDb } from './client';
import { NotFoundError } from '../domain/errors';
import type { SourceHistory } from '../domain/review-api';
import type { Actor } from '../domain/accounts';
import { ACTOR_NAME_SQL, actorName } from './actors';

/**
 * Decisions about a source as a whole, kept in claim_events naming the source (migration 012):
 * rows dropped in the ingest preview, which leave no claim to name, and a retraction.
 */
export interface SourceEvent {
  sourceId: string;
  action: string;
  reason: string | null;
  detail: unknown;
}

/** `actor`: who made them (as for recordEvents), null when unknown. */
export async function recordSourceEvents(db: Db, events: SourceEvent[], actor: Actor = null): Promise<void> {
  if (events.length === 0) return;
  await db.query(
    `INSERT INTO claim_events (source_id, action, reason, detail, actor)
     SELECT source_id, action, reason, detail, $2 FROM jsonb_to_recordset($1::jsonb) AS x(source_id text, action text, reason text, detail jsonb)`,
    [JSON.stringify(events.map((e) => ({ source_id: e.sourceId, action: e.action, reason: e.reason, detail: e.detail ?? null }))), actor],
  );
}

export interface SourceHistoryEntry {
  /** The claim the decision was about; null for one about the source as a whole. */
  claimId: string | null;
  action: string;
  reason: string | null;
  at: string;
  /** The figure as worded, of the claim or of the dropped row. */
  valueText: string | null;
  detail: unknown;
  /** Who made it: a person's name, "admin token", or "unknown". */
  by: string;
}

/** Every decision on a source and its claims, oldest first (bounded: an article holds at most a few thousand figures). */
export async function sourceHistory(db: ReadDb, sourceId: string, limit = 500): Promise<SourceHistoryEntry[]> {
  const rows = await db.query<{ claim_id: string | null; action: string; reason: string | null; at: Date | string; value_text: string | null; detail: unknown; actor: string | null; actor_name: string | null }>(
    `SELECT * FROM (
       SELECT e.id, e.claim_id, e.action, e.reason, e.at, c.value_text, e.detail, e.actor, ${ACTOR_NAME_SQL} AS actor_name FROM claim_events e JOIN claims c ON c.id = e.claim_id WHERE c.source_id = $1
       UNION ALL
       SELECT e.id, e.claim_id, e.action, e.reason, e.at, e.detail->>'text', e.detail, e.actor, ${ACTOR_NAME_SQL} FROM claim_events e WHERE e.source_id = $1 AND e.claim_id IS NULL
     ) h ORDER BY at, id LIMIT $2`,
    [sourceId, limit],
  );
  return rows.map((r) => ({ claimId: r.claim_id, action: r.action, reason: r.reason, at: new Date(r.at).toISOString(), valueText: r.value_text, detail: r.detail, by: actorName(r.actor, r.actor_name) }));
}

/** The source's retraction, when it was retracted: its reason and when. */
export async function retractionOf(db: ReadDb, sourceId: string): Promise<{ reason: string; at: string } | null> {
  const [row] = await db.query<{ reason: string | null; at: Date | string }>(
    "SELECT reason, at FROM claim_events WHERE source_id = $1 AND claim_id IS NULL AND action = 'retracted' ORDER BY at DESC, id DESC LIMIT 1",
    [sourceId],
  );
  return row ? { reason: row.reason ?? '', at: new Date(row.at).toISOString() } : null;
}

/** A source's page history: its retraction, if any, and every decision on it and its claims. */
export async function sourceHistoryOf(db: ReadDb, sourceId: string): Promise<SourceHistory> {
  const [found] = await db.query('SELECT 1 FROM sources WHERE id = $1', [sourceId]);
  if (!found) throw new NotFoundError('source', sourceId);
  const [retraction, events] = await Promise.all([retractionOf(db, sourceId), sourceHistory(db, sourceId)]);
  return { retraction, events: events.map(({ detail: _detail, ...e }) => e) };
}
