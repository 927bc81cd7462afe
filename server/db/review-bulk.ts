import type { Db } from './client';
import { bumpRevision, recordEvents } from './write';
import { recordSourceEvents } from './source-events';
import { ConflictError, NotFoundError } from '../domain/errors';
import { AUTO_ACCEPT } from '../ingest/plan';
import type { BulkOutcome } from '../domain/review-api';
import type { Actor } from '../domain/accounts';

/*
 * Decisions on a whole article at once, from /review: accept its confident figures, reject those
 * awaiting review with one reason, or retract it. Each is one transaction that logs one event per
 * claim it changed and derives the touched topics' flags once, at its end (bumpRevision).
 */

/** The source, locked for this transaction: two bulk decisions on one article take turns. */
async function lockSource(tx: Db, id: string): Promise<void> {
  const [s] = await tx.query('SELECT id FROM sources WHERE id = $1 FOR UPDATE', [id]);
  if (!s) throw new NotFoundError('source', id);
}

async function mark(tx: Db, sourceId: string, where: string, params: unknown[], review: string): Promise<{ id: string; was: string }[]> {
  return tx.query<{ id: string; was: string }>(
    `WITH old AS (SELECT id, review FROM claims WHERE source_id = $1 AND ${where} FOR UPDATE)
     UPDATE claims c SET review = '${review}' FROM old WHERE c.id = old.id RETURNING c.id, old.review AS was`,
    [sourceId, ...params],
  );
}

const outcome = (sourceId: string, rows: { id: string }[]): BulkOutcome => {
  const claimIds = rows.map((r) => r.id).sort();
  return { sourceId, claimIds, count: claimIds.length };
};

/** Every open claim of the article matched at least `minConfidence` surely (by default: those accepted automatically) is accepted as reviewed. */
export function acceptArticle(db: Db, sourceId: string, opts: { minConfidence?: number; reason?: string | null } = {}, actor: Actor = null): Promise<BulkOutcome> {
  const min = opts.minConfidence ?? AUTO_ACCEPT;
  return db.transaction(async (tx) => {
    await lockSource(tx, sourceId);
    const rows = await mark(tx, sourceId, "review IN ('pending', 'auto') AND confidence >= $2", [min], 'reviewed');
    await recordEvents(tx, rows.map((r) => ({ claimId: r.id, action: 'accepted', reason: opts.reason ?? null, detail: { bulk: 'article', from: r.was, minConfidence: min } })), actor);
    if (rows.length) await bumpRevision(tx);
    return outcome(sourceId, rows);
  });
}

/** The article's claims awaiting review (or every open one) are rejected with one reason; kept, marked, counted nowhere. */
export function rejectArticle(db: Db, sourceId: string, reason: string, which: 'pending' | 'open' = 'pending', actor: Actor = null): Promise<BulkOutcome> {
  return db.transaction(async (tx) => {
    await lockSource(tx, sourceId);
    const rows = await mark(tx, sourceId, which === 'open' ? "review IN ('pending', 'auto')" : "review = 'pending'", [], 'rejected');
    await recordEvents(tx, rows.map((r) => ({ claimId: r.id, action: 'rejected', reason, detail: { bulk: 'article', from: r.was } })), actor);
    if (rows.length) await bumpRevision(tx);
    return outcome(sourceId, rows);
  });
}

/**
 * A wrongly pasted or withdrawn article: every claim of it that counts or waits is marked
 * retracted, with the reason in its history and the article's; nothing is deleted, and nothing of
 * it counts any more (flags, measure counts and search read only reviewed and automatic claims).
 */
export function retractArticle(db: Db, sourceId: string, reason: string, actor: Actor = null): Promise<BulkOutcome> {
  return db.transaction(async (tx) => {
    await lockSource(tx, sourceId);
    const [done] = await tx.query("SELECT 1 FROM claim_events WHERE source_id = $1 AND claim_id IS NULL AND action = 'retracted' LIMIT 1", [sourceId]);
    if (done) throw new ConflictError(`Source "${sourceId}" is already retracted.`);
    const rows = await mark(tx, sourceId, "review IN ('pending', 'auto', 'reviewed', 'set-aside')", [], 'retracted');
    await recordEvents(tx, rows.map((r) => ({ claimId: r.id, action: 'retracted', reason, detail: { from: r.was } })), actor);
    await recordSourceEvents(tx, [{ sourceId, action: 'retracted', reason, detail: { claims: rows.length } }], actor);
    await bumpRevision(tx);
    return outcome(sourceId, rows);
  });
}
