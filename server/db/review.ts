import type { Db } from './client';
import { getClaim, listMeasures } from './read';
import { bumpRevision, insertClaim, recordEvent } from './write';
import { ConflictError, InputError, NotFoundError } from '../domain/errors';
import type { Claim, Speaker } from '../domain/schemas';
import type { ValueInterval } from '../domain/value';
import { NewClaim } from '../domain/new-claim';
import type { Actor } from '../domain/accounts';

/** Set aside figures are open too: a person may promote one (accept or correct it) or reject it. */
const OPEN = new Set<Claim['review']>(['pending', 'auto', 'set-aside']);

async function openClaim(db: Db, id: string): Promise<Claim> {
  const c = await getClaim(db, id);
  if (!c) throw new NotFoundError('claim', id);
  if (!OPEN.has(c.review)) throw new ConflictError(`Claim "${id}" is already ${c.review}; only pending, automatically accepted or set-aside claims can be reviewed.`);
  return c;
}

async function setReview(db: Db, id: string, review: Claim['review']): Promise<void> {
  // A set-aside figure decided on is no longer set aside: the note ingest left saying so goes (its history keeps why).
  await db.query("UPDATE claims SET review = $2, note = CASE WHEN review = 'set-aside' THEN NULL ELSE note END WHERE id = $1", [id, review]);
}

/** Mark an open claim with a decision, logged with its reason, in one transaction. */
function decide(db: Db, id: string, review: 'reviewed' | 'rejected', action: string, reason: string | null, actor: Actor): Promise<Claim> {
  return db.transaction(async (tx) => {
    await openClaim(tx, id);
    await setReview(tx, id, review);
    await recordEvent(tx, id, action, reason, null, actor);
    await bumpRevision(tx);
    return (await getClaim(tx, id))!;
  });
}

/** A person confirms the claim as it stands: it counts, and says it was reviewed (by `actor`, when known). */
export function acceptClaim(db: Db, id: string, reason: string | null, actor: Actor = null): Promise<Claim> {
  return decide(db, id, 'reviewed', 'accepted', reason, actor);
}

/** Rejected claims are kept, marked, with when and why; they leave the charts and flags. */
export function rejectClaim(db: Db, id: string, reason: string, actor: Actor = null): Promise<Claim> {
  return decide(db, id, 'rejected', 'rejected', reason, actor);
}

export interface ClaimEdit {
  value?: ValueInterval;
  measureId?: string;
  speaker?: Speaker | null;
  asOf?: string | null;
  /** What the figure counts, as the article words it ("attack drones", "USD"). */
  unit?: string;
}

/**
 * A correction is a new claim that supersedes the old one; the old one stays, marked superseded,
 * so the measure page can show what changed, when and why.
 */
export async function editClaim(db: Db, id: string, edit: ClaimEdit, reason: string, actor: Actor = null): Promise<Claim> {
  return db.transaction(async (tx) => {
    const old = await openClaim(tx, id);
    if (edit.measureId && !(await listMeasures(tx)).some((m) => m.id === edit.measureId)) throw new InputError(`No measure with id "${edit.measureId}".`);
    const v = edit.value;
    if (v && v.low !== null && v.high !== null && v.low > v.high) throw new InputError('value.low must not exceed value.high');
    const siblings = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM claims WHERE supersedes = $1', [id]);
    const next = NewClaim.parse({
      ...old,
      id: `${id}-e${siblings[0].n + 1}`,
      value: v ?? old.value,
      measureId: edit.measureId ?? old.measureId,
      unit: edit.unit ?? old.unit,
      speaker: edit.speaker === undefined ? old.speaker : edit.speaker,
      asOf: edit.asOf === undefined ? (old.asOfEstimated ? null : old.asOf) : edit.asOf,
      // A corrected date is the day a person typed, no longer the span the words named.
      asOfSpan: edit.asOf === undefined ? old.asOfSpan : null,
      review: 'reviewed',
      note: old.review === 'set-aside' ? null : old.note,
      supersedes: id,
    });
    await insertClaim(tx, next);
    await setReview(tx, id, 'superseded');
    await recordEvent(tx, id, 'superseded', reason, { by: next.id, edit }, actor);
    await recordEvent(tx, next.id, 'corrected', reason, { from: id }, actor);
    await bumpRevision(tx);
    return (await getClaim(tx, next.id))!;
  });
}
