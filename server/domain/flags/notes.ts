import type { Claim, Flag, Measure } from '../schemas';
import { formatDate, monthsBetween, toMs } from '../dates';
import { formatNumber, overlaps, type ValueInterval } from '../value';
import { speakerShort } from '../attribution';
import { couldBeOneOrigin, originsOf, valueKey } from '../origins';
import type { Comparable } from '../compare';
import { asItem, camp, describeClaim, flag } from './make';
import { claimOrder } from '../order';

/**
 * The figures a denial's other camp names: the latest this many (by date, then id). A measure
 * that a government denies may hold thousands of figures of it; a camp of them all made each
 * article cost what the measure holds (every origin worked out again) and each flag a list no
 * reader reads. The reason still counts them all ("… and 1,204 more"), the measure page lists them.
 */
export const DENIAL_CAMP = 12;
export function latestOf(items: Comparable[], n: number): Comparable[] {
  if (items.length <= n) return items;
  const key = (i: Comparable) => i.claim.asOf ?? '';
  const before = (a: Comparable, b: Comparable) => (key(a) > key(b) ? true : key(a) < key(b) ? false : a.claim.id < b.claim.id);
  // The n first in that order, in one pass: a busy measure's thousands are not sorted for twelve.
  const top: Comparable[] = [];
  for (const i of items) {
    if (top.length === n && !before(i, top[n - 1])) continue;
    let k = top.length < n ? top.length : n - 1;
    if (top.length < n) top.push(i);
    while (k > 0 && before(i, top[k - 1])) {
      top[k] = top[k - 1];
      k--;
    }
    top[k] = i;
  }
  return top;
}

/** Denials against what others assert after the denial's start: one flag per measure. */
export function denials(m: Measure, list: Claim[], items: Comparable[]): Flag[] {
  const deniers = list.filter((c) => c.stance === 'denies');
  if (deniers.length === 0) return [];
  // "No troops have crossed since March" says nothing of a figure for February.
  const from = deniers.map((d) => d.periodStart).filter((d): d is string => d !== null).sort()[0] ?? null;
  const asserted = items.filter((i) => (i.value.high === null || i.value.high > 0) && (from === null || i.claim.asOf === null || i.claim.asOf >= from));
  if (asserted.length === 0) return [];
  const who = [...new Set(deniers.map((d) => speakerShort(d.speaker) ?? d.outlet))].join(', ');
  const theirs = asserted.slice(0, 3).map((i) => describeClaim(i.claim)).join('; ');
  const more = asserted.length > 3 ? ` and ${asserted.length - 3} more` : '';
  const deny = camp(deniers.map(asItem));
  return [flag('denial', m, [deny, camp(latestOf(asserted, DENIAL_CAMP))], `${who} ${deniers.length > 1 && who.includes(',') ? 'deny' : 'denies'} it (“${deniers[0].value.text}”), while ${theirs}${more} give a figure for “${m.title}”.`)];
}

/** The calendar's length from `ref` to `to`, in a duration measure's unit. */
function elapsed(ref: string, to: string, unit: string): number | null {
  const days = (toMs(to) - toMs(ref)) / 86_400_000;
  if (unit === 'days') return days;
  if (unit === 'weeks') return days / 7;
  if (unit === 'months') return monthsBetween(ref, to);
  if (unit === 'years') return monthsBetween(ref, to) / 12;
  return null;
}

/** Where a duration is counted from: the measure's reference date, or the start the article states. */
const calendarStart = (m: Measure, c: Claim) => (m.signature ? (c.periodStart ?? m.referenceDate) : (m.referenceDate ?? c.periodStart));

/** Does this duration contradict the calendar from its start to its date? */
export function wrongForCalendar(m: Measure, { claim: c, value }: Comparable): boolean {
  if (m.kind !== 'duration') return false;
  const ref = calendarStart(m, c);
  if (!ref || !c.asOf || c.asOfEstimated || c.asOf < ref) return false;
  const actual = elapsed(ref, c.asOf, m.unit);
  if (actual === null) return false;
  const point: ValueInterval = { ...value, low: actual, high: actual, lowInclusive: true, highInclusive: true };
  return !overlaps(value, point, m.tolerance);
}

/**
 * Durations that contradict the calendar from their start — the measure's reference date, or
 * for a measure that emerged from articles, the start the article itself states ("the strike
 * began on 6 March") — to the figure's date: one flag per origin.
 */
export function offCalendar(m: Measure, items: Comparable[]): Flag[] {
  if (m.kind !== 'duration') return [];
  const wrong = items.filter((i) => wrongForCalendar(m, i));
  return originsOf(wrong.map((i) => i.claim)).map((o) => {
    const c = o.claims[0];
    const ref = calendarStart(m, c)!;
    const actual = elapsed(ref, c.asOf!, m.unit)!;
    const reprints = o.outlets.length > 1 ? ` (${o.label})` : '';
    return flag(
      'off-calendar',
      m,
      [camp(o.claims.map(asItem))],
      `${describeClaim(c)}${reprints} does not match the calendar: from ${formatDate(ref)} to ${formatDate(c.asOf!)} is ${formatNumber(Math.round(actual * 10) / 10)} ${m.unit}.`,
    );
  });
}

/** A figure only one origin gives, however many outlets reprint it. */
export function singleSource(m: Measure, list: Claim[]): Flag | null {
  // A busy measure has many values: no need to look at, or group, its hundreds of claims.
  if (!couldBeOneOrigin(list)) return null;
  const asserted = list.filter((c) => c.stance === 'asserts');
  if (asserted.length === 0) return null;
  const origins = originsOf(list);
  if (origins.length !== 1) return null;
  const [o] = origins;
  const c = asserted[0];
  const who = speakerShort(c.speaker);
  const outlets = o.outlets.length > 1 ? `${o.outlets.length} outlets (${o.outlets.join(', ')}) print` : `Only ${c.outlet} gives`;
  const citing = who ? `, citing ${who}` : '';
  return flag(
    'single-source',
    m,
    [camp(asserted.map(asItem))],
    `${outlets} a figure for “${m.title}”${citing}: ${[...new Set(asserted.map((a) => `“${a.value.text}”`))].join(', ')}; ${o.outlets.length > 1 ? 'all from one origin, so no independent source confirms it' : 'no other source confirms it'}.`,
  );
}

/**
 * A measure's values that look corroborated and are not: several outlets print the figure, all
 * from one origin (a wire story carried twice, "the Kalvmoor Courier reported"). One note per such
 * value, when others give the measure other values (a measure of one origin gets singleSource's
 * note instead). A busy measure's values are its page's to list: past this many values, none.
 */
export const REPRINT_VALUES = 12;
export function reprintedValues(m: Measure, list: Claim[]): Flag[] {
  const asserted = list.filter((c) => c.stance === 'asserts');
  if (asserted.length < 3 || couldBeOneOrigin(list)) return [];
  const byValue = new Map<string, Claim[]>();
  for (const c of asserted) {
    const k = valueKey(c);
    const group = byValue.get(k);
    if (group) group.push(c);
    else byValue.set(k, [c]);
    if (byValue.size > REPRINT_VALUES) return [];
  }
  return reprintNotes(m, byValue, new Map());
}

/** The note on one value's asserted claims (in derivation order), when several outlets print it from one origin. */
function reprintFlag(m: Measure, group: Claim[]): Flag | null {
  if (new Set(group.map((c) => c.outlet)).size < 2) return null;
  const origins = originsOf(group);
  if (origins.length !== 1) return null;
  const [o] = origins;
  return flag(
    'single-source',
    m,
    [camp(group.map(asItem))],
    `“${group[0].value.text}” for “${m.title}” is printed by ${o.outlets.length} outlets (${o.outlets.join(', ')}) but comes from one origin${o.who ? ` (${o.who})` : ''}: they do not confirm each other.`,
  );
}

/**
 * Each asserted value's note among `values` (claims by value and stance, each in derivation order),
 * values in the order their first claims come; `kept` holds notes already made, by value (flags/memo.ts).
 */
export function reprintNotes(m: Measure, values: Map<string, Claim[]>, kept: Map<string, Flag | null>): Flag[] {
  const groups = [...values].filter(([, g]) => g[0].stance === 'asserts').sort((a, b) => claimOrder(a[1][0], b[1][0]));
  return groups.flatMap(([k, g]) => {
    if (!kept.has(k)) kept.set(k, reprintFlag(m, g));
    return kept.get(k) ?? [];
  });
}
