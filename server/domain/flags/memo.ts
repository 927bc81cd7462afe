import type { Claim, Flag, Measure } from '../schemas';
import { comparable, type Comparable, type FxTable } from '../compare';
import { claimOrder, insertSorted, lowerBound } from '../order';
import { acrossSources, campsOf, spanOf } from './camps';
import { SAME_TIME_DAYS, conflictFlag, day, fallFlag, revises, revisions, runs, withinSource } from './conflicts';
import { denials, offCalendar, REPRINT_VALUES, reprintNotes, singleSource, wrongForCalendar } from './notes';
import { valueKey } from '../origins';
import { headlineClaim } from './related';
import { groupBy } from './make';

/*
 * One measure's own flags, kept so that an article adds to them rather than re-deriving them from
 * every claim of the measure. What a memo holds is what the derivation from scratch would compute
 * on the way, kept sorted: the figures by time, the running total's floor at each of them, each
 * same-time window's flag, each article's own contradictions. Adding claims re-derives only the
 * windows, articles and stretch of the floor they land in; a measure's first memo is built the same
 * way from nothing, so a derivation from scratch and one article at a time give the same flags
 * (tests/unit/flags-memo.test.ts holds them to a plain re-derivation of every claim).
 *
 * A memo is never changed once made: the next one shares what did not change. An ingest whose
 * transaction fails keeps the memo it started from.
 */

/** A claim in its measure's terms, computed once per claim (the claim objects persist between ingests). */
const comparables = new WeakMap<Claim, { m: Measure; fx: FxTable; v: Comparable | null }>();
export function comparableOf(c: Claim, m: Measure, fx: FxTable): Comparable | null {
  const kept = comparables.get(c);
  if (kept && kept.m === m && kept.fx === fx) return kept.v;
  const v = comparable(c, m, fx);
  comparables.set(c, { m, fx, v });
  return v;
}

const itemOrder = (a: Comparable, b: Comparable) => claimOrder(a.claim, b.claim);
/** In time, and in derivation order within a day (as a stable sort of derivation order gives). */
const byTime = (a: Comparable, b: Comparable) => day(a) - day(b) || itemOrder(a, b);

/** The figures of one stated period ("since March"), and what conflicts() finds among them. */
interface Group {
  /** Its first figure in derivation order: groups are said in the order they first appear. */
  first: Comparable;
  /** Commitments and amounts (one figure whenever reported): the figures in derivation order. */
  items: Comparable[];
  /** Time-bound measures: the figures by time. */
  sorted: Comparable[];
  /** Widened bounds shared by every figure: while lo <= hi they all agree (one camp). */
  lo: number;
  hi: number;
  /** Some figure says it revises an earlier one: the figures are judged by era (conflicts.ts revisions()). */
  revised: boolean;
  /** Each same-time window's conflict, by its first day: same-day windows are re-derived alone. */
  windows: Map<number, Flag>;
  windowFlags: Flag[];
  /** A running total's floor after each figure of `sorted`, and the figure each one fell below. */
  floorAt: (Comparable | null)[];
  fellBelow: (Comparable | null)[];
  /** Each earlier high figure and the later ones below it, in the order they are said. */
  below: Map<Comparable, Comparable[]>;
  fallFlags: Map<Comparable, Flag>;
}

export interface MeasureMemo {
  measure: Measure;
  fx: FxTable;
  /** The counted claims it was derived from, in derivation order. */
  list: Claim[];
  /** Their asserted figures that can be compared, in derivation order. */
  items: Comparable[];
  deniers: Claim[];
  groups: Map<string, Group>;
  /** Each article's own contradictions, for articles that have some, in derivation order. */
  within: Map<string, Flag[]>;
  withinOrder: string[];
  wrong: Comparable[];
  offCalendar: Flag[];
  /** The latest asserted claim (related.ts headlineClaim), for comparisons between measures. */
  head: Claim | undefined;
  /**
   * The counted claims by value and stance (origins.ts valueKey), each in derivation order, and
   * each asserted value's reprint note: a measure of one value gets singleSource's note, one of a
   * few values reprintedValues' notes, and a busy one neither; kept so that neither is worked out
   * from every claim of the measure again (a busy measure holds thousands). Null once the measure
   * has more asserted values than reprint notes are given for: claims are only ever added to a
   * memo, so it never gets either note again, and its values need not be kept at all.
   */
  values: Map<string, Claim[]> | null;
  assertedValues: number;
  asserted: number;
  reprints: Map<string, Flag | null>;
  /** Its own flags, in computeFlags' order. */
  flags: Flag[];
}

function newGroup(first: Comparable): Group {
  return { first, items: [], sorted: [], lo: -Infinity, hi: Infinity, revised: false, windows: new Map(), windowFlags: [], floorAt: [], fellBelow: [], below: new Map(), fallFlags: new Map() };
}

/** The figures of one day in `sorted` (by time): a slice found by binary search. */
function dayRange(sorted: Comparable[], d: number): [number, number] {
  return [lowerBound(sorted, d, (a, x) => day(a) - x), lowerBound(sorted, d, (a, x) => (day(a) <= x ? -1 : 1))];
}

/** One window's conflict, or null when its figures agree or only one article gives them. */
function windowConflict(m: Measure, w: Comparable[]): Flag | null {
  const camps = campsOf(w, m.tolerance);
  if (camps.length < 2 || !acrossSources(camps)) return null;
  return conflictFlag(m, w, camps);
}

/** The group with `added` (its new figures) taken in: what changed is derived again, the rest shared. */
function addToGroup(m: Measure, prev: Group | undefined, added: Comparable[]): Group {
  const g: Group = prev ? { ...prev } : newGroup(added[0]);
  for (const a of added) if (itemOrder(a, g.first) < 0) g.first = a;
  const days = SAME_TIME_DAYS[m.kind];
  if (days === Infinity) {
    // One window: every figure whenever reported. While all share a point they are one camp.
    g.items = insertSorted(g.items, added, itemOrder);
    for (const a of added) {
      const s = spanOf(a, m.tolerance);
      g.lo = Math.max(g.lo, s.lo);
      g.hi = Math.min(g.hi, s.hi);
    }
    g.revised = g.revised || added.some(revises);
    if (g.revised) {
      // "raised its demand to 90 bitcoin": each era of the figures is compared within itself.
      g.windowFlags = revisions(g.items).flatMap((w) => windowConflict(m, w) ?? []);
      return g;
    }
    const f = g.lo <= g.hi ? null : windowConflict(m, g.items);
    g.windowFlags = f ? [f] : [];
    return g;
  }
  const before = g.sorted;
  g.sorted = insertSorted(before, added, byTime);
  if (days === 0) {
    // Same-day windows: only the days the new figures fall on are judged again.
    g.windows = new Map(g.windows);
    for (const d of new Set(added.map(day))) {
      const [from, to] = dayRange(g.sorted, d);
      const f = windowConflict(m, g.sorted.slice(from, to));
      if (f) g.windows.set(d, f);
      else g.windows.delete(d);
    }
    g.windowFlags = [...g.windows].sort((a, b) => a[0] - b[0]).map(([, f]) => f);
  } else {
    // Windows of a few days chain from the first figure: all of them are cut again.
    g.windowFlags = runs(g.sorted, days).flatMap((w) => windowConflict(m, w) ?? []);
  }
  if (m.kind === 'cumulative-count') addFalls(m, g, before, added);
  return g;
}

/**
 * A running total's falls (conflicts.ts falls()): a figure clearly below the highest floor
 * reported earlier. The floor before the first new figure is what it was; from there on the
 * figures are walked again, and only the earlier highs they fall below get a new flag.
 */
function addFalls(m: Measure, g: Group, before: Comparable[], added: Comparable[]): void {
  const p = Math.min(...added.map((a) => lowerBound(g.sorted, a, (x, y) => (x === y ? 0 : byTime(x, y)))));
  const low = (i: Comparable) => (i.value.low ?? -Infinity) * (1 - m.tolerance);
  const high = (i: Comparable) => (i.value.high ?? Infinity) * (1 + m.tolerance);
  const below = new Map(g.below);
  const touched = new Set<Comparable>();
  // What fell from position p on is walked again: drop it from the lists it was on.
  const again = new Set(before.slice(p));
  for (let k = p; k < before.length; k++) {
    const f = g.fellBelow[k];
    if (f && !touched.has(f)) {
      touched.add(f);
      const kept = below.get(f)!.filter((i) => !again.has(i));
      if (kept.length) below.set(f, kept);
      else below.delete(f);
    }
  }
  const floorAt = g.floorAt.slice(0, p);
  const fellBelow = g.fellBelow.slice(0, p);
  let floor = p > 0 ? floorAt[p - 1] : null;
  for (let k = p; k < g.sorted.length; k++) {
    const i = g.sorted[k];
    let fell: Comparable | null = null;
    if (floor !== null && day(i) - day(floor) > 0 && high(i) < low(floor) && i.claim.sourceId !== floor.claim.sourceId) {
      fell = floor;
      const list = below.get(floor);
      // A list shared with the previous memo is copied before it grows.
      if (!list) below.set(floor, [i]);
      else if (touched.has(floor)) list.push(i);
      else below.set(floor, [...list, i]);
      touched.add(floor);
    }
    fellBelow.push(fell);
    if (floor === null || low(i) > low(floor)) floor = i;
    floorAt.push(floor);
  }
  const fallFlags = new Map<Comparable, Flag>();
  for (const [earlier, later] of below) fallFlags.set(earlier, (!touched.has(earlier) && g.fallFlags.get(earlier)) || fallFlag(m, earlier, later));
  Object.assign(g, { floorAt, fellBelow, below, fallFlags });
}

/** The conflicts of every group, in the order conflicts() gives them. */
function conflictFlags(m: Measure, groups: Map<string, Group>): Flag[] {
  const out: Flag[] = [];
  const ordered = [...groups.values()].sort((a, b) => itemOrder(a.first, b.first));
  for (const g of ordered) {
    for (const f of g.windowFlags) out.push(f);
    for (const f of g.fallFlags.values()) out.push(f);
  }
  return out;
}

/** The figures of one article among `items` (derivation order puts them side by side). */
function sourceRange(items: Comparable[], sourceId: string): Comparable[] {
  const cmp = (a: Comparable, id: string) => (a.claim.sourceId === id ? 0 : claimOrder(a.claim, { sourceId: id, start: 0, id: '' }));
  const from = lowerBound(items, sourceId, cmp);
  let to = from;
  while (to < items.length && items[to].claim.sourceId === sourceId) to++;
  return items.slice(from, to);
}

/**
 * The memo of measure `m` with `added` (counted claims new since `prev`) taken in; `list` is every
 * counted claim of the measure now. `denied`: the asserted figures of its siblings, asked for only
 * when the measure holds a denial (a denial answers the other counts of its quantity too).
 */
export function updateMemo(
  prev: MeasureMemo | undefined,
  m: Measure,
  list: Claim[],
  added: Claim[],
  fx: FxTable,
  siblingItems: () => Comparable[],
): MeasureMemo {
  // Derived for another measure object (renamed, retoleranced) or rates: start again from nothing.
  if (prev && (prev.measure !== m || prev.fx !== fx)) return updateMemo(undefined, m, list, list, fx, siblingItems);
  const base: MeasureMemo = prev ?? { measure: m, fx, list: [], items: [], deniers: [], groups: new Map(), within: new Map(), withinOrder: [], wrong: [], offCalendar: [], head: undefined, values: new Map(), assertedValues: 0, asserted: 0, reprints: new Map(), flags: [] };
  const memo: MeasureMemo = { ...base, list };
  added = [...added].sort(claimOrder);
  const asserted = added.filter((c) => c.stance === 'asserts');
  const newItems = asserted.flatMap((c) => comparableOf(c, m, fx) ?? []);
  if (added.length > 0) {
    memo.items = insertSorted(base.items, newItems, itemOrder);
    const deniers = added.filter((c) => c.stance === 'denies');
    if (deniers.length) memo.deniers = insertSorted(base.deniers, deniers, claimOrder);
    // Conflicts: by stated period; a time-bound measure's figures need a firm date to be placed in time.
    const timed = SAME_TIME_DAYS[m.kind] === Infinity ? newItems : newItems.filter((i) => i.claim.asOf !== null && !i.claim.asOfEstimated);
    if (timed.length) {
      memo.groups = new Map(base.groups);
      const byPeriod = new Map<string, Comparable[]>();
      for (const i of timed) byPeriod.set(i.claim.periodStart ?? '', [...(byPeriod.get(i.claim.periodStart ?? '') ?? []), i]);
      for (const [key, more] of byPeriod) memo.groups.set(key, addToGroup(m, base.groups.get(key), more));
    }
    // An article's own contradictions: only the articles the new figures come from.
    const sources = new Set(newItems.map((i) => i.claim.sourceId));
    if (sources.size) {
      memo.within = new Map(base.within);
      for (const s of sources) {
        const found = withinSource(m, sourceRange(memo.items, s));
        if (found.length) memo.within.set(s, found);
        else memo.within.delete(s);
      }
      memo.withinOrder = [...memo.within.keys()].sort((a, b) => claimOrder({ sourceId: a, start: 0, id: '' }, { sourceId: b, start: 0, id: '' }));
    }
    const wrong = newItems.filter((i) => wrongForCalendar(m, i));
    if (wrong.length) {
      memo.wrong = insertSorted(base.wrong, wrong, itemOrder);
      memo.offCalendar = offCalendar(m, memo.wrong);
    }
    const head = headlineClaim(asserted);
    if (head) memo.head = base.head ? headlineClaim([base.head, head].sort(claimOrder)) : head;
    memo.asserted = base.asserted + asserted.length;
    if (base.values !== null) {
      const values = new Map(base.values);
      memo.reprints = new Map(base.reprints);
      for (const [k, more] of groupBy(added, valueKey)) {
        const had = values.get(k);
        if (!had && more[0].stance === 'asserts') memo.assertedValues++;
        values.set(k, had ? insertSorted(had, more, claimOrder) : more);
        memo.reprints.delete(k);
      }
      const busy = values.size > 1 && memo.assertedValues > REPRINT_VALUES;
      memo.values = busy ? null : values;
      if (busy) memo.reprints = new Map();
    }
  }
  const out = conflictFlags(m, memo.groups);
  if (memo.deniers.length) for (const f of denials(m, memo.deniers, [...memo.items, ...siblingItems()])) out.push(f);
  for (const s of memo.withinOrder) for (const f of memo.within.get(s)!) out.push(f);
  for (const f of memo.offCalendar) out.push(f);
  const values = memo.values;
  const single = values !== null && values.size === 1 ? singleSource(m, list) : null;
  if (single) out.push(single);
  else if (values !== null && memo.asserted >= 3 && values.size > 1) for (const f of reprintNotes(m, values, memo.reprints)) out.push(f);
  memo.flags = out;
  return memo;
}
