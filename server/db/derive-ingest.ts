import type { Db } from './client';
import { deriveFlags, flagRow, insertFlagRows, lockTouched, store, topicClaims } from './derive';
import { fxTable } from './fx';
import { allTopics, claimOrder, insertSorted, measureOrder, type IngestState } from './ingest-state';
import { getRevision } from './read';
import { CLAIM_SELECT, toClaim, type ClaimRow } from './rows';
import { nextRevision } from './write';
import { isActive, siblings } from '../domain/flags';
import { comparableOf, updateMemo, type MeasureMemo } from '../domain/flags/memo';
import { groupBy } from '../domain/flags/make';
import { differentMeasures } from '../domain/flags/related';
import type { Claim, Flag, Measure } from '../domain/schemas';

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
 * Store one topic's flags. Given the rows stored before (as this returned them), only the
 * positions that changed are rewritten: an article adds a flag or two, not the topic's hundreds.
 */
export async function storeTopic(tx: Db, topicId: string, flags: Flag[], before?: string[]): Promise<string[]> {
  const rows = flags.map((f, i) => JSON.stringify(flagRow(topicId, f, i)));
  if (!before) {
    await tx.query('DELETE FROM flags WHERE topic_id = $1', [topicId]);
    await insertFlagRows(tx, rows);
    return rows;
  }
  const changed = rows.flatMap((r, i) => (r === before[i] ? [] : [i]));
  const gone = Array.from({ length: Math.max(0, before.length - rows.length) }, (_, k) => rows.length + k);
  if (changed.length + gone.length > 0) await tx.query('DELETE FROM flags WHERE topic_id = $1 AND position = ANY($2)', [topicId, [...changed, ...gone]]);
  await insertFlagRows(tx, changed.map((i) => rows[i]));
  return rows;
}

/**
 * A topic's flags: what computeFlags(claims, live) gives — each measure's own flags in measure
 * order, then those between measures — but each measure's own flags come from its memo
 * (../domain/flags/memo), which takes in only the claims new to it (`added`): an article costs
 * what it touches, not what the measure holds. A measure that holds a denial is judged again when
 * a sibling changed (a denial answers the other counts of its quantity). Memos are never changed
 * in place: `memos` gets new ones, and a failed transaction leaves the state's own untouched.
 */
function topicFlags(byMeasure: Map<string, Claim[]>, live: Measure[], changed: Set<string>, added: Map<string, Claim[]>, memos: Map<string, MeasureMemo>): Flag[] {
  const siblingsOf = siblings(live);
  const fx = fxTable();
  const out: Flag[] = [];
  for (const m of live) {
    const list = byMeasure.get(m.id) ?? [];
    const prev = memos.get(m.id);
    // A sibling's figures from its memo when that is current, else worked out (once per claim: comparableOf keeps them).
    const sib = () =>
      siblingsOf(m).flatMap((x) => {
        const list = byMeasure.get(x.id) ?? [];
        const kept = memos.get(x.id);
        return kept && kept.list === list && kept.measure === x ? kept.items : list.flatMap((c) => (c.stance === 'asserts' ? (comparableOf(c, x, fx) ?? []) : []));
      });
    const stale = !prev || prev.list !== list || (prev.deniers.length > 0 && siblingsOf(m).some((x) => changed.has(x.id)));
    let memo = prev;
    if (!memo || stale) {
      // A memo is reused only for the list it was derived from; a list it does not know is taken in whole.
      const mine = prev && added.has(m.id) ? added.get(m.id)! : prev && prev.list === list ? [] : null;
      memo = mine === null ? updateMemo(undefined, m, list, list, fx, sib) : updateMemo(prev, m, list, mine, fx, sib);
      memos.set(m.id, memo);
    }
    for (const f of memo.flags) out.push(f);
  }
  // Every live measure has a memo of its current list by now: their headline claims are kept there.
  for (const f of differentMeasures(live, byMeasure, (m) => memos.get(m.id)!.head)) out.push(f);
  return out;
}

/** A topic's counted claims by measure, as topicFlags takes them (groupBy keeps claimOrder). */
const countedByMeasure = (claims: Claim[]) => groupBy(claims.filter(isActive), (c) => c.measureId);

/**
 * An ingest's bumpRevision: the touched topics' flags derived again and the revision moved on, as
 * for any write, but from what the state already holds plus this article, not from a fresh read
 * of every claim of the topic. The flags are the same either way (derive.test.ts checks them
 * against a derivation from scratch). Returns the state as of the new revision, for the next
 * ingest, or null when someone else wrote meanwhile (the next ingest then reads afresh).
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
  const measures = insertSorted(state.measures, wrote.measures, measureOrder);
  const added = (await tx.query<ClaimRow>(`${CLAIM_SELECT} WHERE c.source_id = $1`, [wrote.sourceId])).map(toClaim);
  const claims = new Map(state.claims);
  const flags = new Map(state.flags);
  const memos = new Map(state.memos);
  const changed = new Set([...wrote.measures.map((m) => m.id), ...added.map((c) => c.measureId)]);
  for (const topicId of touched) {
    const live = measures.filter((m) => m.topicId === topicId && !m.mergedInto);
    const ids = new Set(live.map((m) => m.id));
    const held = state.claims.get(topicId);
    // A topic not held yet is read from the database, which already has this article's claims;
    // a held one gains this article's counted claims on the lists of the measures they are on.
    let byMeasure: Map<string, Claim[]>;
    const newHere = groupBy(added.filter((c) => ids.has(c.measureId) && isActive(c)), (c) => c.measureId);
    if (held) {
      byMeasure = new Map(held);
      for (const [measureId, mine] of newHere) byMeasure.set(measureId, insertSorted(byMeasure.get(measureId) ?? [], mine, claimOrder));
    } else byMeasure = countedByMeasure(await topicClaims(tx, [topicId]));
    claims.set(topicId, byMeasure);
    // A topic read afresh has no memos that know its lists: each is taken in whole.
    if (!held) for (const m of live) memos.delete(m.id);
    flags.set(topicId, await storeTopic(tx, topicId, topicFlags(byMeasure, live, changed, held ? newHere : new Map(), memos), state.flags.get(topicId)));
  }
  await tx.query('DELETE FROM touched_topics');
  const revision = await nextRevision(tx);
  if (revision !== state.revision + 1) return null;
  return { revision, measures, topics: wrote.topicsChanged ? await allTopics(tx) : state.topics, claims, flags, memos };
}
