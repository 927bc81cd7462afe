import type { Db } from './client';
import { deriveFlags, flagRow, insertFlagRows, lockTouched, store, topicClaims } from './derive';
import { fxTable } from './fx';
import { allTopics, claimOrder, insertSorted, measureOrder, type HeldTopic, type IngestState, type StoredRows } from './ingest-state';
import { getRevision } from './read';
import { CLAIM_SELECT, toClaim, type ClaimRow } from './rows';
import { nextRevision } from './write';
import { answersDenials, isActive, quantityKey, siblingsIn, type OwnedFlags } from '../domain/flags';
import { comparableOf, updateMemo, type MeasureMemo } from '../domain/flags/memo';
import { groupBy } from '../domain/flags/make';
import { differentMeasures } from '../domain/flags/related';
import type { FxTable } from '../domain/compare';
import type { Claim, Measure } from '../domain/schemas';

/** What one ingest wrote, as the flags need to know it. */
export interface IngestWrites {
  sourceId: string;
  /** The measures it made, as stored. */
  measures: Measure[];
  /** False when a measure it planned was there already (made meanwhile by someone else). */
  exact: boolean;
  /** Whether it added a topic or brought one back. */
  topicsChanged: boolean;
}

/**
 * Store one owner's flags (a measure's own, or those between measures). Given what was stored
 * before (as this returned it), only the positions that changed are rewritten, and only flags that
 * are not the very objects stored there before are written out to compare: an article adds a flag
 * or two to a measure, not its hundreds.
 */
async function storeOwner(tx: Db, topicId: string, owned: OwnedFlags, before: StoredRows = NONE_STORED): Promise<StoredRows> {
  const rows = owned.flags.map((f, i) => (f === before.flags[i] ? before.rows[i] : JSON.stringify(flagRow(topicId, owned.owner, f, i))));
  const changed = rows.flatMap((r, i) => (r === before.rows[i] ? [] : [i]));
  const gone = Array.from({ length: Math.max(0, before.rows.length - rows.length) }, (_, k) => rows.length + k);
  if (changed.length + gone.length > 0) await tx.query('DELETE FROM flags WHERE topic_id = $1 AND owner = $2 AND position = ANY($3)', [topicId, owned.owner?.id ?? '', [...changed, ...gone]]);
  await insertFlagRows(tx, changed.map((i) => rows[i]));
  return { flags: owned.flags, rows };
}
const NONE_STORED: StoredRows = { flags: [], rows: [] };

/** A topic not held yet, read from the database (which already has this article's claims). */
async function readTopic(tx: Db, topicId: string, measures: Measure[]): Promise<HeldTopic> {
  const live = measures.filter((m) => m.topicId === topicId && !m.mergedInto);
  const claims = countedByMeasure(await topicClaims(tx, [topicId]));
  return { live, byId: new Map(live.map((m) => [m.id, m])), quantities: groupBy(live, quantityKey), claims, headed: [], rows: new Map() };
}

/** A topic's counted claims by measure, as the memos take them (groupBy keeps claimOrder). */
const countedByMeasure = (claims: Claim[]) => groupBy(claims.filter(isActive), (c) => c.measureId);

/**
 * The measures of a held topic whose own flags may have changed: those the article touched, and
 * those holding a denial whose siblings it touched (a denial answers the other counts of its
 * quantity). Every other measure's flags are what its memo already says.
 */
function dirtyMeasures(held: HeldTopic, changed: Set<string>, memos: Map<string, MeasureMemo>): Measure[] {
  const dirty = new Set([...changed].flatMap((id) => held.byId.get(id) ?? []));
  for (const c of [...dirty]) {
    if (!answersDenials(c)) continue;
    for (const x of held.quantities.get(quantityKey(c)) ?? []) if (x !== c && (memos.get(x.id)?.deniers.length ?? 0) > 0) dirty.add(x);
  }
  return [...dirty].sort(measureOrder);
}

/**
 * `m`'s memo brought up to date (../domain/flags/memo), taking in only the claims new to it
 * (`added`) when its memo knows the rest. Memos are never changed in place: `memos` gets a new one.
 */
function remember(m: Measure, held: HeldTopic, added: Map<string, Claim[]>, memos: Map<string, MeasureMemo>, fx: FxTable): MeasureMemo {
  const list = held.claims.get(m.id) ?? [];
  const prev = memos.get(m.id);
  // A sibling's figures from its memo when that is current, else worked out (once per claim: comparableOf keeps them).
  const sib = () =>
    siblingsIn(held.quantities.get(quantityKey(m)) ?? [], m).flatMap((x) => {
      const xs = held.claims.get(x.id) ?? [];
      const kept = memos.get(x.id);
      return kept && kept.list === xs && kept.measure === x ? kept.items : xs.flatMap((c) => (c.stance === 'asserts' ? (comparableOf(c, x, fx) ?? []) : []));
    });
  // A memo is reused only for the list it was derived from; a list it does not know is taken in whole.
  const mine = prev && added.has(m.id) ? added.get(m.id)! : prev && prev.list === list ? [] : null;
  const memo = mine === null ? updateMemo(undefined, m, list, list, fx, sib) : updateMemo(prev, m, list, mine, fx, sib);
  memos.set(m.id, memo);
  return memo;
}

/**
 * An ingest's bumpRevision: the touched topics' flags derived again and the revision moved on, as
 * for any write, but from what the state already holds plus this article, not from a fresh read
 * of every claim of the topic, and only for the measures the article touched (and the flags
 * between measures): an article costs what it touches, not what its topic holds. The flags are the
 * same either way (derive.test.ts checks them against a derivation from scratch). Returns the
 * state as of the new revision, for the next ingest, or null when someone else wrote meanwhile
 * (the next ingest then reads afresh). The state is changed in place (ingest-state.ts says why
 * that is safe).
 */
export async function refreshAfterIngest(tx: Db, state: IngestState, wrote: IngestWrites): Promise<IngestState | null> {
  const touched = await lockTouched(tx);
  // Under the topics' locks: had anyone committed since the state was read, it would be stale.
  if (!wrote.exact || (await getRevision(tx)) !== state.revision) {
    if (touched.length) await store(tx, await deriveFlags(tx, touched));
    await tx.query('DELETE FROM touched_topics');
    await nextRevision(tx);
    return null;
  }
  state.measures = insertSorted(state.measures, wrote.measures, measureOrder);
  const added = (await tx.query<ClaimRow>(`${CLAIM_SELECT} WHERE c.source_id = $1`, [wrote.sourceId])).map(toClaim);
  const { memos } = state;
  const fx = fxTable();
  const changed = new Set([...wrote.measures.map((m) => m.id), ...added.map((c) => c.measureId)]);
  for (const topicId of touched) {
    let held = state.held.get(topicId);
    let newHere = new Map<string, Claim[]>();
    let dirty: Measure[];
    if (!held) {
      // Read whole: no memo knows its lists, and its stored rows are written again.
      held = await readTopic(tx, topicId, state.measures);
      state.held.set(topicId, held);
      for (const m of held.live) memos.delete(m.id);
      await tx.query('DELETE FROM flags WHERE topic_id = $1', [topicId]);
      dirty = held.live;
    } else {
      // A held topic gains this article's measures, and its counted claims on the lists of the measures they are on.
      const mine = wrote.measures.filter((m) => m.topicId === topicId);
      if (mine.length) {
        held.live = insertSorted(held.live, mine, measureOrder);
        for (const m of mine) {
          held.byId.set(m.id, m);
          const k = quantityKey(m);
          held.quantities.set(k, insertSorted(held.quantities.get(k) ?? [], [m], measureOrder));
        }
      }
      newHere = groupBy(added.filter((c) => held!.byId.has(c.measureId) && isActive(c)), (c) => c.measureId);
      for (const [measureId, list] of newHere) held.claims.set(measureId, insertSorted(held.claims.get(measureId) ?? [], list, claimOrder));
      dirty = dirtyMeasures(held, changed, memos);
    }
    for (const m of dirty) {
      const hadHead = memos.get(m.id)?.head !== undefined;
      const memo = remember(m, held, newHere, memos, fx);
      held.rows.set(m.id, await storeOwner(tx, topicId, { owner: m, flags: memo.flags }, held.rows.get(m.id)));
      // Claims are only added here, so a measure that had a headline claim still has one (and is in `headed`).
      if (memo.head && !hadHead) held.headed = insertSorted(held.headed, [m], measureOrder);
    }
    // The flags between measures are between measures with a headline claim (related.ts), in measure order.
    const between = differentMeasures(held.headed, held.claims, (m) => memos.get(m.id)!.head);
    held.rows.set('', await storeOwner(tx, topicId, { owner: null, flags: between }, held.rows.get('')));
  }
  await tx.query('DELETE FROM touched_topics');
  const revision = await nextRevision(tx);
  if (revision !== state.revision + 1) return null;
  state.revision = revision;
  if (wrote.topicsChanged) state.topics = await allTopics(tx);
  return state;
}
