import type { Token } from '../types';
import type { AsOfPrecision } from '../../domain/schemas';
import { addDays, before, lastDay, weekday, type Ymd } from './ymd';
import { yearAt } from './calendar';
import { dict } from '../text/util';
import { monthOf } from '../text/calendar';

/*
 * Named parts of a year: seasons ("last summer", "the autumn of 2022") and quarters or halves
 * ("the first quarter", "Q4 2022", "the second half of last year"). Seasons are the northern
 * meteorological ones the wires use (summer = June to August); winter straddles the new year.
 */

export interface Period {
  start: Ymd;
  end: Ymd;
  last: number;
  /** How much of the calendar the words name: a season, a quarter, a half, a run of days. */
  precision: AsOfPrecision;
}

const SEASONS: Record<string, number> = dict({ spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 });
const ORDINALS: Record<string, number> = dict({ first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4 });
const QUARTER_TOKENS: Record<string, number> = dict({ q1: 1, q2: 2, q3: 3, q4: 4 });

function span(y: number, m: number, months: number): [Ymd, Ymd] {
  const endTotal = y * 12 + (m - 1) + months - 1;
  const ey = Math.floor(endTotal / 12);
  const em = (endTotal % 12) + 1;
  return [{ y, m, d: 1 }, { y: ey, m: em, d: lastDay(ey, em) }];
}

/** The year written after a period: "2022", "of 2022", "of last year", "of the year" (null: unsaid). */
function yearAfter(t: Token[], k: number, pub: Ymd | null): { year: number | null; last: number } {
  let j = k + 1;
  if (t[j]?.lower === 'of') j++;
  const y = yearAt(t, j);
  if (y !== null) return { year: y, last: j };
  if (t[k + 1]?.lower === 'of' && t[j]?.lower === 'last' && t[j + 1]?.lower === 'year') return { year: pub === null ? null : pub.y - 1, last: j + 1 };
  if (t[k + 1]?.lower === 'of' && (t[j]?.lower === 'the' || t[j]?.lower === 'this') && t[j + 1]?.lower === 'year') return { year: pub?.y ?? null, last: j + 1 };
  return { year: null, last: k };
}

/** The most recent period of `months` months starting in month `m` that began on or before `pub`. */
function recent(pub: Ymd, m: number, months: number, mustHaveEnded: boolean): [Ymd, Ymd] {
  for (let y = pub.y; y > pub.y - 3; y--) {
    const [s, e] = span(y, m, months);
    if (!before(pub, s) && (!mustHaveEnded || before(e, pub))) return [s, e];
  }
  return span(pub.y - 1, m, months);
}

/** A season at token k ("summer"), with "last"/"this" before it and a year after it. */
export function seasonAt(t: Token[], k: number, pub: Ymd | null): Period | null {
  const m = SEASONS[t[k].lower];
  if (m === undefined) return null;
  const lead = t[k - 1]?.lower ?? '';
  const { year, last } = yearAfter(t, k, pub);
  // "fall" is a verb far more often than a season: only with a determiner or a year.
  if (t[k].lower === 'fall' && year === null && lead !== 'last' && lead !== 'the' && lead !== 'this') return null;
  if (year !== null) {
    const [start, end] = span(year, m, 3);
    return { start, end, last, precision: 'season' };
  }
  if (pub === null) return null;
  const [start, end] = lead === 'this' ? span(m === 12 && pub.m <= 2 ? pub.y - 1 : pub.y, m, 3) : recent(pub, m, 3, lead === 'last');
  return { start, end, last, precision: 'season' };
}

/** "over the weekend", "last weekend": the Saturday and Sunday most recently begun by the page. */
export function weekendAt(t: Token[], k: number, pub: Ymd | null): Period | null {
  const lead = t[k - 1]?.lower;
  if (t[k].lower !== 'weekend' || pub === null || (lead !== 'the' && lead !== 'last' && lead !== 'this')) return null;
  const sinceSaturday = (weekday(pub) + 1) % 7;
  const saturday = addDays(pub, -sinceSaturday);
  return { start: saturday, end: addDays(saturday, 1), last: k, precision: 'days' };
}

/** "the first quarter", "Q4 2022", "the second half of last year". */
export function quarterAt(t: Token[], k: number, pub: Ymd | null): Period | null {
  const w = t[k].lower;
  let n = QUARTER_TOKENS[w];
  let months = 3;
  if (n === undefined) {
    if (w !== 'quarter' && w !== 'half') return null;
    const ord = ORDINALS[t[k - 1]?.lower ?? ''];
    if (ord === undefined || (w === 'half' && ord > 2)) return null;
    n = w === 'half' && t[k - 1].lower === 'last' ? 2 : ord;
    if (w === 'half') {
      const month = halfOfMonth(t, k, n, pub);
      if (month !== undefined) return month;
      months = 6;
    }
  }
  const m = (n - 1) * months + 1;
  const precision = months === 6 ? 'half' : 'quarter';
  const { year, last } = yearAfter(t, k, pub);
  if (year !== null) {
    const [start, end] = span(year, m, months);
    return { start, end, last, precision };
  }
  if (pub === null) return null;
  const [start, end] = recent(pub, m, months, false);
  return { start, end, last, precision };
}

/**
 * "the first half of October", "the second half of March 2023": days 1-15 or 16 to the month's
 * end, in the year written or the latest such month begun by the page. Undefined when no month
 * follows ("the first half of the year" is read as a half-year).
 */
function halfOfMonth(t: Token[], k: number, n: number, pub: Ymd | null): Period | null | undefined {
  if (t[k + 1]?.lower !== 'of') return undefined;
  const m = monthOf(t[k + 2]?.raw ?? '');
  if (m === null) return undefined;
  const written = yearAt(t, k + 3);
  const y = written ?? (pub === null ? null : pub.m >= m ? pub.y : pub.y - 1);
  if (y === null) return null;
  const start: Ymd = n === 1 ? { y, m, d: 1 } : { y, m, d: 16 };
  const end: Ymd = n === 1 ? { y, m, d: 15 } : { y, m, d: lastDay(y, m) };
  return { start, end, last: written !== null ? k + 3 : k + 2, precision: 'days' };
}
