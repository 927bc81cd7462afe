import type { Token } from '../types';
import { lastDay, recentYearFor, valid, type Precision, type Ymd } from './ymd';
import { parseLiteral } from '../numbers/literal';

export function intAt(t: Token[], k: number): number | null {
  const lit = t[k]?.kind === 'num' ? parseLiteral(t[k].raw) : null;
  if (lit === null || lit.hasDecimal || lit.hasComma) return null;
  return ['', 'st', 'nd', 'rd', 'th'].includes(lit.suffix) ? lit.value : null;
}

export function yearAt(t: Token[], k: number): number | null {
  const v = intAt(t, k);
  return v !== null && t[k].raw.length === 4 && v >= 1000 && v < 2200 ? v : null;
}

/** "late September", "mid-2022", "the end of May": which part of the period is meant. */
export function partBefore(t: Token[], k: number): 'early' | 'mid' | 'late' | 'start' | 'end' | null {
  let j = k - 1;
  if (t[j]?.raw === '-') j--;
  const w = t[j]?.lower;
  if (w === 'early' || w === 'mid' || w === 'late') return w;
  if (w === 'the') j--;
  const w2 = t[j]?.lower;
  if (w2 === 'of' && (t[j - 1]?.lower === 'end' || t[j - 1]?.lower === 'start' || t[j - 1]?.lower === 'beginning')) return t[j - 1].lower === 'end' ? 'end' : 'start';
  return null;
}

export function monthRange(y: number, m: number, part: ReturnType<typeof partBefore>): [Ymd, Ymd] {
  const last = lastDay(y, m);
  if (part === 'early' || part === 'start') return [{ y, m, d: 1 }, { y, m, d: 10 }];
  if (part === 'mid') return [{ y, m, d: 11 }, { y, m, d: 20 }];
  if (part === 'late' || part === 'end') return [{ y, m, d: 21 }, { y, m, d: last }];
  return [{ y, m, d: 1 }, { y, m, d: last }];
}

export function yearRange(y: number, part: ReturnType<typeof partBefore>): [Ymd, Ymd] {
  if (part === 'early' || part === 'start') return [{ y, m: 1, d: 1 }, { y, m: 4, d: 30 }];
  if (part === 'mid') return [{ y, m: 5, d: 1 }, { y, m: 8, d: 31 }];
  // "by the end of 2025": its last months, as "the end of May" is its last ten days.
  if (part === 'late' || part === 'end') return [{ y, m: 9, d: 1 }, { y, m: 12, d: 31 }];
  return [{ y, m: 1, d: 1 }, { y, m: 12, d: 31 }];
}

/** "15 May 2023", "May 15, 2023", "May 15", "late September", "September 2022". */
export function readMonth(t: Token[], k: number, month: number, pub: Ymd | null) {
  let day = intAt(t, k - 1);
  let last = k;
  // "Oct. 10": the abbreviation's dot sits between the month and its day.
  const m = t[k + 1]?.raw === '.' && !t[k + 1].spaced ? k + 1 : k;
  if (day === null && intAt(t, m + 1) !== null && yearAt(t, m + 1) === null) {
    day = intAt(t, m + 1);
    last = m + 1;
  }
  let j = last + 1;
  if (t[j]?.raw === ',') j++;
  let year = yearAt(t, j);
  if (year !== null) last = j;
  // "in February last year", "in March of this year".
  const of = t[j]?.lower === 'of' ? j + 1 : j;
  if (year === null && pub !== null && (t[of]?.lower === 'last' || t[of]?.lower === 'this') && t[of + 1]?.lower === 'year') {
    year = t[of].lower === 'last' ? pub.y - 1 : pub.y;
    last = of + 1;
  }
  if (year === null) year = pub === null ? null : recentYearFor(month, day ?? 1, pub);
  const part = partBefore(t, k);
  const precision: Precision = day !== null ? 'day' : part !== null ? 'part-month' : 'month';
  if (year === null) return { start: null, end: null, last, precision };
  if (day !== null && day >= 1 && day <= 31) {
    const d = { y: year, m: month, d: day };
    return valid(d) ? { start: d, end: d, last, precision } : null;
  }
  const [start, end] = monthRange(year, month, part);
  return { start, end, last, precision };
}
