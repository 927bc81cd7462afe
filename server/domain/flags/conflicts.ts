import type { Flag, Measure } from '../schemas';
import { formatDate, MONTH_DAYS } from '../dates';
import { formatInterval } from '../value';
import type { Comparable } from '../compare';
import { acrossSources, campsOf } from './camps';
import { camp, describeClaim, flag, groupBy, listed } from './make';

/*
 * Conflicts, judged in time: figures are compared with those that speak of the same time. A
 * running total may grow between reports, so there only a later figure clearly below an earlier
 * floor conflicts; a commitment or an amount is one figure whenever it is reported.
 */

/** How many days apart two figures may be and still speak of the same time, by measure kind. */
export const SAME_TIME_DAYS: Record<Measure['kind'], number> = {
  // A running total reported a day later may already have grown: only the same day is the same time.
  'cumulative-count': 0,
  // A count at a moment (stranded, evacuated, in shelters) moves day by day; a period's count ("in
  // May") is dated by its period, so reports of one period share a date.
  count: 0,
  duration: 0,
  commitment: Infinity,
  amount: Infinity,
  rate: 3,
};

const MAX_CAMPS_SAID = 4;

const dayOf = new WeakMap<Comparable, number>();
/** Days since 1970 of the figure's as-of date (0 when unknown), parsed once per figure. */
export function day(i: Comparable): number {
  let d = dayOf.get(i);
  if (d === undefined) {
    d = i.claim.asOf ? Date.parse(i.claim.asOf) / 86_400_000 : 0;
    dayOf.set(i, d);
  }
  return d;
}

/** The figures in date order (a stable sort: derivation order within a day). */
function byDay(items: Comparable[]): Comparable[] {
  return [...items].sort((a, b) => day(a) - day(b));
}

/** Figures in date order split into runs that speak of the same time (each spans at most `days`). */
export function runs(sorted: Comparable[], days: number): Comparable[][] {
  const out: Comparable[][] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && day(i) - day(last[0]) <= days) last.push(i);
    else out.push([i]);
  }
  return out;
}

/** Figures split into runs that speak of the same time (each run spans at most `days`). */
function windows(items: Comparable[], days: number): Comparable[][] {
  if (days === Infinity) return revisions(items);
  return runs(byDay(items), days);
}

/** "raised its demand to 90 bitcoin", "cut the offer to 3%", "a new offer of 4.8%": the words before a figure that say it replaces an earlier one. */
const REVISED = /\b(?:raised|raising|increased|increasing|upped|lifted|doubled|tripled|revised|improved|sweetened|boosted|topped up|cut|lowered|reduced|trimmed|scaled back|slashed)\b(?:[^.;]|\.(?=\d)){0,60}\bto\s*(?:about\s+|around\s+|some\s+)?$|\b(?:new|revised|improved|increased|higher|lower|fresh)\s+(?:\w+\s+){0,2}of\s*(?:about\s+|around\s+|some\s+)?$|\b(?:new|revised|improved|increased|higher|sweetened|fresh)\s*$/i;

const EARLIER = /\b(?:initial|original|originally|earlier|previous|previously|initially)\b(?:[^.;]|\.(?=\d)){0,40}$/i;
/** Does the claim's sentence tell its figure as the one a revision replaced ("an initial demand of 60 bitcoin")? */
function earlier(i: Comparable): boolean {
  return toldAs(i) === 'earlier';
}

/**
 * Does the page tell its figures as a level or a total that moved ("At first … 1,800 … then
 * widened to 2 km", "4,300 people have now been evacuated" after an earlier entry's 1,800)? Then
 * giving both is no contradiction: a smaller figure is told as the earlier one, or the largest as
 * where it now stands while no smaller one is said to stand now too ("the 48 who have died so far"
 * after "the toll rose to 62" is the page contradicting itself).
 */
const CHANGED_TO = /\b(?:widened|extended|expanded|enlarged|rose|risen|grew|grown|climbed|jumped)\b(?:[^.;]|\.(?=\d)){0,40}\bto\s*(?:about\s+|around\s+|some\s+|nearly\s+|more than\s+)?$/i;
const AT_FIRST = /\b(?:at first|at the start|initially|originally|first reported|earlier)\b(?:[^.;]|\.(?=\d)){0,50}$/i;
const NOW_AFTER = /^[^.;]{0,30}\b(?:have|has) now\b/i;
const CURRENT = /\b(?:so far|to date|now|in total|altogether|in all)\b/i;
function around(i: Comparable): { before: string; after: string } {
  const c = i.claim;
  const at = c.figureStart - c.start;
  return { before: c.quote.slice(Math.max(0, at - 90), at), after: c.quote.slice(c.figureEnd - c.start, c.figureEnd - c.start + 40) };
}
export function toldAsMoving(same: Comparable[]): boolean {
  const size = (i: Comparable) => i.value.high ?? i.value.low ?? 0;
  const top = Math.max(...same.map(size));
  const smaller = same.filter((i) => size(i) < top);
  if (smaller.some((i) => AT_FIRST.test(around(i).before) || earlier(i))) return true;
  const moved = same.some((i) => size(i) === top && (CHANGED_TO.test(around(i).before) || NOW_AFTER.test(around(i).after) || revises(i)));
  // "the 12,500 cancelled appointments": a figure named as the known whole is said to stand now.
  return moved && !smaller.some((i) => CURRENT.test(around(i).before.slice(-30)) || CURRENT.test(around(i).after.slice(0, 30)) || /\b(?:the|all)\s*$/i.test(around(i).before));
}

/** Does the claim's sentence say its figure revises an earlier one? */
export function revises(i: Comparable): boolean {
  return toldAs(i) === 'revision';
}

// A claim's words are read once: the memo judges a revised measure's eras again at every article.
const told = new WeakMap<Comparable['claim'], 'revision' | 'earlier' | 'plain'>();
function toldAs(i: Comparable): 'revision' | 'earlier' | 'plain' {
  const c = i.claim;
  let t = told.get(c);
  if (t === undefined) {
    const at = c.figureStart - c.start;
    t = REVISED.test(c.quote.slice(Math.max(0, at - 90), at)) ? 'revision' : EARLIER.test(c.quote.slice(Math.max(0, at - 60), at)) ? 'earlier' : 'plain';
    told.set(c, t);
  }
  return t;
}

/**
 * A commitment or an amount is one figure whenever it is reported, until someone revises it: the
 * figures from a revision on are compared among themselves, not with those it replaced ("60
 * bitcoin" on 4 February, then "raised its demand to 90 bitcoin" on 15 February).
 */
export function revisions(items: Comparable[]): Comparable[][] {
  if (items.length === 0) return [];
  const dated = byDay(items);
  const cuts = dated.filter((i) => revises(i) && i.claim.asOf !== null && !i.claim.asOfEstimated).map(day);
  if (cuts.length === 0) return [items];
  // One pass: the figures and the cuts are both in date order.
  const out = new Map<number, Comparable[]>();
  let passed = 0;
  for (const i of dated) {
    // A figure with no firm date cannot be placed before or after a revision: it is compared with none.
    if (i.claim.asOf === null || i.claim.asOfEstimated) continue;
    const d = day(i);
    while (passed < cuts.length && cuts[passed] <= d) passed++;
    // "had made an initial demand of 60 bitcoin": a figure told as the first one belongs before every revision.
    const era = earlier(i) ? 0 : passed;
    const list = out.get(era);
    if (list) list.push(i);
    else out.set(era, [i]);
  }
  return [...out.keys()].sort((a, b) => a - b).map((k) => out.get(k)!);
}

function when(items: Comparable[]): string {
  const dates = [...new Set(items.flatMap((i) => (i.claim.asOf ? [i.claim.asOf] : [])))].sort();
  if (dates.length === 0) return '';
  return dates.length === 1 ? ` on ${formatDate(dates[0])}` : ` between ${formatDate(dates[0])} and ${formatDate(dates[dates.length - 1])}`;
}

/** The conflict of one same-time window `w`, split into `camps` (at least two, across sources). */
export function conflictFlag(m: Measure, w: Comparable[], camps: Comparable[][]): Flag {
  const labelled = camps.map(camp);
  // One short sentence however many camps: the flag's camps list them all.
  const shown = labelled.slice(0, MAX_CAMPS_SAID).map((c) => c.label).join('; ');
  const more = labelled.length > MAX_CAMPS_SAID ? `; and ${labelled.length - MAX_CAMPS_SAID} more groups of figures` : '';
  return flag('conflict', m, labelled, `Sources disagree on “${m.title}”${when(w)}: ${shown}${more}.`);
}

/** Same-time disagreements between sources: one flag per window, its claims in camps. */
export function conflicts(m: Measure, all: Comparable[]): Flag[] {
  const out: Flag[] = [];
  // A figure of a time-bound measure with no known date cannot be placed in time: it is neither
  // growth nor a fall. An estimated date is too loose for that judgement too.
  const items = SAME_TIME_DAYS[m.kind] === Infinity ? all : all.filter((i) => i.claim.asOf !== null && !i.claim.asOfEstimated);
  // Figures for different stated periods ("since March" vs "since May") are different counts.
  for (const group of groupBy(items, (i) => i.claim.periodStart ?? '').values()) {
    for (const w of windows(group, SAME_TIME_DAYS[m.kind])) {
      const camps = campsOf(w, m.tolerance);
      if (camps.length < 2 || !acrossSources(camps)) continue;
      out.push(conflictFlag(m, w, camps));
    }
    if (m.kind === 'cumulative-count') for (const f of falls(m, group)) out.push(f);
  }
  return out;
}

/**
 * A running total that falls: a figure clearly below one reported earlier (beyond the same-time
 * window, where growth is the normal case). One flag per earlier high figure and what fell below it.
 */
function falls(m: Measure, items: Comparable[]): Flag[] {
  const sorted = byDay(items);
  const byFloor = new Map<Comparable, Comparable[]>();
  let floor: Comparable | null = null;
  const low = (i: Comparable) => (i.value.low ?? -Infinity) * (1 - m.tolerance);
  const high = (i: Comparable) => (i.value.high ?? Infinity) * (1 + m.tolerance);
  for (const i of sorted) {
    if (floor !== null && day(i) - day(floor) > SAME_TIME_DAYS[m.kind] && high(i) < low(floor) && i.claim.sourceId !== floor.claim.sourceId) {
      const below = byFloor.get(floor);
      if (below) below.push(i);
      else byFloor.set(floor, [i]);
    }
    if (floor === null || low(i) > low(floor)) floor = i;
  }
  return [...byFloor].map(([earlier, later]) => fallFlag(m, earlier, later));
}

/** Figures of a running total (`later`) below an `earlier` one: one conflict. */
export function fallFlag(m: Measure, earlier: Comparable, later: Comparable[]): Flag {
  const camps = [camp([earlier]), camp(later)];
  return flag('conflict', m, camps, `${listed(later.map((l) => describeClaim(l.claim)))} ${later.length > 1 ? 'are' : 'is'} below the earlier ${describeClaim(earlier.claim)}, but a running total cannot fall.`);
}

/** The distance between two intervals that do not overlap. */
function gap(a: Comparable, b: Comparable): number {
  const [lo, hi] = (a.value.high ?? Infinity) <= (b.value.low ?? -Infinity) ? [a, b] : [b, a];
  return Math.max(0, (hi.value.low ?? 0) - (lo.value.high ?? 0));
}

/**
 * "Of the 860 buildings that collapsed", "the 48 people who have died so far": a figure the page
 * takes as given — after a fronted "of/among the", or after "the" with a relative clause on it.
 * "Police said the 40 victims were mostly children" is still the police's.
 */
const GIVEN_FRONTED = /(?:^|[.;:]\s*|\b)(?:of|among) the\s+$/i;
const GIVEN_THE = /\bthe\s+$/i;
const RELATIVE_AFTER = /^[^,.;]{0,40}?\b(?:who|that|which)\b/i;

function voice(i: Comparable): string {
  const c = i.claim;
  // Whoever is quoted around it, a figure the page takes as given is the page's own.
  const before = c.quote.slice(Math.max(0, c.figureStart - c.start - 12), c.figureStart - c.start);
  const after = c.quote.slice(c.figureEnd - c.start);
  if (GIVEN_FRONTED.test(before) || (GIVEN_THE.test(before) && RELATIVE_AFTER.test(after))) return '';
  const s = c.speaker;
  return (s?.name ?? s?.organisation ?? s?.role ?? '').toLowerCase();
}

/** "Kastovian Emergency Management Authority" -> "kema": the short name an article goes on to use. */
function initials(name: string): string {
  return (name.match(/[\p{L}]+/gu) ?? []).filter((w) => !['of', 'the', 'and', 'for'].includes(w)).map((w) => w[0]).join('');
}

/**
 * An article that gives the fire service's figure and a satellite firm's reports a conflict
 * between them; it contradicts itself only when a voice (its own, or one speaker's) says both.
 * A body named in full and then by its initials ("…, known as KEMA") is one voice.
 */
function reportsOthers(camps: Comparable[][]): boolean {
  const named = camps.map((c) => new Set(c.map(voice)));
  if (named.some((v) => v.has(''))) return false;
  const said = new Set(named.flatMap((v) => [...v]));
  const one = (v: string) => (said.has(initials(v)) ? initials(v) : v);
  const all = named.flatMap((v) => [...new Set([...v].map(one))]);
  return new Set(all).size === all.length;
}

/** One article giving figures for the same time that cannot all hold: one flag per article. */
export function withinSource(m: Measure, items: Comparable[]): Flag[] {
  const out: Flag[] = [];
  for (const group of groupBy(items, (i) => i.claim.sourceId).values()) {
    for (const same of groupBy(group, (i) => (i.claim.asOfEstimated ? 'estimated' : `${i.claim.asOf}|${i.claim.periodStart ?? ''}`)).values()) {
      const camps = campsOf(same, m.tolerance);
      // "an initial demand of 60 bitcoin … raised to 90": the page says itself that one replaced the other.
      // "The zone was then widened to 2 km", "4,300 have now left": the page tells a level or a total as it moved.
      if (camps.length < 2 || reportsOthers(camps) || (SAME_TIME_DAYS[m.kind] === Infinity ? same.some(revises) : toldAsMoving(same))) continue;
      const first = camps[0][0];
      const last = camps[camps.length - 1][0];
      let implied = '';
      if (m.kind === 'duration' && m.referenceDate) {
        implied = ` Counted from ${formatDate(m.referenceDate)}, they imply dates at least ${Math.round(gap(first, last) * MONTH_DAYS)} days apart, so the page probably joins two stories.`;
      }
      const figs = camps.map((c) => c.map((i) => `“${i.claim.value.text}” (${formatInterval(i.value)} ${m.unit})`).join(', '));
      out.push(flag('within-source', m, camps.map(camp), `${first.claim.outlet} gives both ${listed(figs)} for “${m.title}”; both cannot hold at once.${implied}`));
    }
  }
  return out;
}
