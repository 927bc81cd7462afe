import type { Token } from '../types';
import { addDays, lastDay, parseIso, shift, weekday, type Precision, type Ymd } from './ymd';
import { WEEKDAYS, monthOf } from '../text/calendar';
import { intAt, partBefore, readMonth, yearAt, yearRange } from './calendar';
import { TIME_UNITS } from '../numbers/lexicon/units';
import { parseWordNumber } from '../numbers/spelled';
import { quarterAt, seasonAt, weekendAt } from './periods';

/** A time expression in a sentence and the period it names (both ends null when unresolvable). */
export interface TimeExpr {
  at: number;
  /** The expression's last token, when known. */
  last?: number;
  since: boolean;
  start: Ymd | null;
  end: Ymd | null;
  /** "in May", "during 2023", "last week": a span the figure counts within, not a date it stands at. */
  within?: boolean;
  /** How much of the calendar the words name: "last year" a year, "late September" a part of a month. */
  precision: Precision;
}

const PERIOD_WORDS = new Set(['week', 'month', 'year']);

/**
 * "8,400 cases since the outbreak began in October", "since it was sparked on Kessel Ridge in late
 * July": the date is when the count started, inside a "since …" clause, not the date it stands at.
 */
function sinceClause(t: Token[], from: number, lead: number): boolean {
  for (let j = lead; j >= Math.max(from, lead - 8); j--) {
    if (t[j].kind === 'num' || t[j].raw === ',' || t[j].raw === ';') return false;
    if (t[j].lower === 'since') return true;
  }
  return false;
}

type Read = { start: Ymd | null; end: Ymd | null; last: number; since?: boolean; precision: Precision };

/** Reads the expression at token k, returning it and the last token it used. */
function readAt(t: Token[], k: number, pub: Ymd | null): Read | null {
  const w = t[k].lower;
  if (w === 'yesterday') return pub && { start: addDays(pub, -1), end: addDays(pub, -1), last: k, precision: 'day' };
  if (w === 'today' || w === 'tonight') return pub && { start: pub, end: pub, last: k, precision: 'day' };
  // "the previous day", "the day before": the day before the page.
  if (((w === 'previous' || w === 'prior') && t[k + 1]?.lower === 'day') || (w === 'day' && t[k + 1]?.lower === 'before' && t[k - 1]?.lower === 'the')) {
    return pub && { start: addDays(pub, -1), end: addDays(pub, -1), last: k + 1, precision: 'day' };
  }
  const named = seasonAt(t, k, pub) ?? quarterAt(t, k, pub) ?? weekendAt(t, k, pub);
  if (named !== null) return named;
  if ((w === 'last' || w === 'this' || w === 'past' || w === 'previous') && PERIOD_WORDS.has(t[k + 1]?.lower ?? '')) {
    const unit = `${t[k + 1].lower}s`;
    const precision: Precision = unit === 'years' ? 'year' : unit === 'months' ? 'month' : 'days';
    if (pub === null) return { start: null, end: null, last: k + 1, precision };
    // "over the past week", "in the last month": the period running up to the page.
    if ((w === 'past' || w === 'last') && t[k - 1]?.lower === 'the') return { start: shift(pub, -1, unit), end: pub, last: k + 1, since: true, precision: 'days' };
    // "this year" on 15 May: the year so far, which ends on the page's day.
    if (w === 'this') return { start: unit === 'years' ? { y: pub.y, m: 1, d: 1 } : unit === 'months' ? { ...pub, d: 1 } : addDays(pub, -weekday(pub)), end: pub, last: k + 1, precision };
    if (unit === 'years') return { start: { y: pub.y - 1, m: 1, d: 1 }, end: { y: pub.y - 1, m: 12, d: 31 }, last: k + 1, precision };
    if (unit === 'months') {
      const p = shift(pub, -1, 'months');
      return { start: { ...p, d: 1 }, end: { ...p, d: lastDay(p.y, p.m) }, last: k + 1, precision };
    }
    return { start: addDays(pub, -7 - weekday(pub)), end: addDays(pub, -1 - weekday(pub)), last: k + 1, precision };
  }
  if (w === 'year' && t[k - 1]?.lower === 'the' && t[k - 2]?.lower === 'of' && pub !== null) {
    const part = partBefore(t, k - 1);
    const [start, end] = yearRange(pub.y, part);
    return { start, end, last: k, precision: part === null ? 'year' : 'part-year' };
  }
  const wd = WEEKDAYS[w];
  if (wd !== undefined && t[k].raw !== w) {
    if (pub === null) return { start: null, end: null, last: k, precision: 'day' };
    const back = (weekday(pub) - wd + 7) % 7;
    return { start: addDays(pub, -back), end: addDays(pub, -back), last: k, precision: 'day' };
  }
  const month = monthOf(t[k].raw);
  if (month !== null) return readMonth(t, k, month, pub);
  const year = yearAt(t, k);
  if (year !== null && !(t[k + 1]?.raw === '-' && !t[k + 1].spaced)) {
    const part = partBefore(t, k);
    const [start, end] = yearRange(year, part);
    return { start, end, last: k, precision: part === null ? 'year' : 'part-year' };
  }
  if (t[k].kind === 'num' && t[k + 1]?.raw === '-' && t[k + 3]?.raw === '-' && !t[k + 1].spaced && !t[k + 2]?.spaced) {
    const d = parseIso(`${t[k].raw}-${t[k + 2]?.raw}-${t[k + 4]?.raw}`);
    if (d !== null) return { start: d, end: d, last: k + 4, precision: 'day' };
  }
  return null;
}

/** "two years ago", "in the past six months": counted back from the publication date. */
function countedBack(t: Token[], k: number, pub: Ymd | null): TimeExpr | null {
  const unit = TIME_UNITS[t[k].lower];
  if (unit === undefined) return null;
  const lead = t[k - 1]?.lower === 'a' || t[k - 1]?.lower === 'an' ? 1 : intAt(t, k - 1) ?? wordCount(t, k - 1);
  const ago = t[k + 1]?.lower === 'ago';
  const pastN = (t[k - 2]?.lower === 'past' || t[k - 2]?.lower === 'last') && lead !== null;
  const pastOne = (t[k - 1]?.lower === 'past' || t[k - 1]?.lower === 'last') && t[k - 2]?.lower === 'the';
  if (!ago && !pastN && !pastOne) return null;
  const precision = AGO_PRECISION[unit] ?? 'day';
  if (pub === null) return { at: k, since: !ago, start: null, end: null, precision };
  const back = shift(pub, -(pastOne ? 1 : lead ?? 1), unit);
  return ago ? { at: k, since: false, start: back, end: back, precision } : { at: k, since: true, start: back, end: pub, precision: 'days' };
}

/**
 * "two weeks ago" is about a day, "three months ago" a month, "a year ago" a year: the page's day
 * counted back lands on one date, but the words are no surer than their unit.
 */
const AGO_PRECISION: Record<string, Precision> = { weeks: 'about', fortnights: 'about', months: 'month', years: 'year', decades: 'year', centuries: 'year' };

function wordCount(t: Token[], k: number): number | null {
  if (t[k]?.kind !== 'word') return null;
  const n = parseWordNumber(t, k);
  return n !== null && n.end === k + 1 ? n.value : null;
}

/** Every time expression in tokens [from, to), with "since" marking period starts. */
export function timeExpressions(t: Token[], from: number, to: number, pub: Ymd | null): TimeExpr[] {
  const out: TimeExpr[] = [];
  for (let k = from; k < to; k++) {
    const back = countedBack(t, k, pub);
    if (back !== null) {
      out.push(back);
      continue;
    }
    const e = readAt(t, k, pub);
    if (e === null) continue;
    // "since 2 March": the day before its month starts the expression (the month is where it was read).
    const day = t[k - 1]?.kind === 'num' && e.start !== null && Number(t[k - 1].raw) === e.start.d && e.precision === 'day' ? k - 1 : k;
    let lead = day - 1;
    while (lead >= from && ['early', 'mid', 'late', '-', 'of', 'end', 'start', 'beginning', 'the', 'in', 'on', 'last'].includes(t[lead].lower)) lead--;
    // "advised the prefecture to keep the 2 km zone in place until Saturday": a deadline ahead,
    // not when the figure holds ("400 homes were without power until Tuesday" is a past day).
    if (lead >= from && (t[lead].lower === 'until' || t[lead].lower === 'till') && WEEKDAYS[t[k].lower] !== undefined && aheadBefore(t, from, lead)) {
      k = e.last;
      continue;
    }
    const since = e.since === true || (lead >= from && (t[lead].lower === 'since' || t[lead].lower === 'from' || t[lead].lower === 'between')) || sinceClause(t, from, lead);
    const span = e.start !== null && e.end !== null && (e.start.y !== e.end.y || e.start.m !== e.end.m || e.start.d !== e.end.d);
    out.push({ at: day, last: e.last, since, start: e.start, end: e.end, within: !since && span && countsWithin(t, from, day), precision: e.precision });
    k = e.last;
  }
  return out;
}

const AHEAD = new Set(['will', 'would', 'to', 'shall', 'should', 'must', 'plans', 'expected', 'remain', 'remains', 'stay', 'stays']);
/** Does the clause before `lead` speak of what is to come ("will stay shut until", "to keep … until")? */
function aheadBefore(t: Token[], from: number, lead: number): boolean {
  for (let j = lead - 1; j >= Math.max(from, lead - 10); j--) if (AHEAD.has(t[j].lower)) return true;
  return false;
}

const WITHIN_LEADS = new Set(['in', 'during', 'throughout', 'last', 'this', 'past']);
const AT_LEADS = new Set(['by', 'until', 'till', 'through', 'since', 'from', 'as', 'of', 'before', 'after', ',', '.']);

/**
 * Does the expression at token k say when things happened ("in May", "during 2023", "last
 * year", "in the first half of October") rather than when a total stood ("by the end of 2025",
 * "as of May")? Looks back a few words for the preposition.
 */
function countsWithin(t: Token[], from: number, k: number): boolean {
  for (let j = k; j >= Math.max(from, k - 5); j--) {
    const w = t[j].lower;
    if (WITHIN_LEADS.has(w)) return true;
    if (j < k && AT_LEADS.has(w) && w !== 'of') return false;
  }
  return false;
}
