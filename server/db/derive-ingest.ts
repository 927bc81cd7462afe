import type { Db } from './client';
import { deriveFlags, flagRow, insertFlagRows, lockTouched, store, topicClaims } from './derive';
import { fxTable } from './fx';
import { allTopics, claimOrder, insertSorted, measureOrder, type IngestState } from './ingest-state';
import { getRevision } from './read';
import { CLAIM_SELECT, toClaim, type ClaimRow } from './rows';
import { nextRevision } from './write';
import { isActive, measureFlags, siblings } from '../domain/flags';
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
 * order, then those between measures — but a measure whose claims did not change keeps the flags
 * kept for it (`own`, updated here). A measure's own flags depend on its claims, and when it
 * holds a denial on its siblings' figures too (a denial answers the other counts of its
 * quantity): such a measure is derived again when a sibling changed. The rest of the topic,
 * however many figures it holds, is not looked at again.
 */
function topicFlags(byMeasure: Map<string, Claim[]>, live: Measure[], changed: Set<string>, own: Map<string, Flag[]>): Flag[] {
  const siblingsOf = siblings(live);
  const stale = (m: Measure) => changed.has(m.id) || ((byMeasure.get(m.id) ?? []).some((c) => c.stance === 'denies') && siblingsOf(m).some((x) => changed.has(x.id)));
  const out: Flag[] = [];
  for (const m of live) {
    let mine = stale(m) ? undefined : own.get(m.id);
    if (!mine) own.set(m.id, (mine = measureFlags(m, byMeasure, siblingsOf, fxTable())));
    for (const f of mine) out.push(f);
  }
  for (const f of differentMeasures(live, byMeasure)) out.push(f);
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
  const own = new Map(state.measureFlags);
  const changed = new Set([...wrote.measures.map((m) => m.id), ...added.map((c) => c.measureId)]);
  for (const topicId of touched) {
    const live = measures.filter((m) => m.topicId === topicId && !m.mergedInto);
    const ids = new Set(live.map((m) => m.id));
    const held = state.claims.get(topicId);
    // A topic not held yet is read from the database, which already has this article's claims;
    // a held one gains this article's counted claims on the lists of the measures they are on.
    let byMeasure: Map<string, Claim[]>;
    if (held) {
      byMeasure = new Map(held);
      for (const [measureId, mine] of groupBy(added.filter((c) => ids.has(c.measureId) && isActive(c)), (c) => c.measureId)) {
        byMeasure.set(measureId, insertSorted(byMeasure.get(measureId) ?? [], mine, claimOrder));
      }
    } else byMeasure = countedByMeasure(await topicClaims(tx, [topicId]));
    claims.set(topicId, byMeasure);
    flags.set(topicId, await storeTopic(tx, topicId, topicFlags(byMeasure, live, changed, own), state.flags.get(topicId)));
  }
  await tx.query('DELETE FROM touched_topics');
  const revision = await nextRevision(tx);
  if (revision !== state.revision + 1) return null;
  return { revision, measures, topics: wrote.topicsChanged ? await allTopics(tx) : state.topics, claims, flags, measureFlags: own };
}
