import type { AsOfPrecision } from '../../domain/schemas';

/** Calendar arithmetic on plain dates (UTC, no time of day), for as-of resolution. */

/** How much of the calendar a time expression names: a day, or the span kinds a claim keeps. */
export type Precision = AsOfPrecision | 'day';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIso(s: string | null): Ymd | null {
  if (s === null) return null;
  const m = ISO.exec(s);
  if (!m) return null;
  const v = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return valid(v) ? v : null;
}

export function valid(v: Ymd): boolean {
  return v.m >= 1 && v.m <= 12 && v.d >= 1 && v.d <= lastDay(v.y, v.m) && v.y >= 1000 && v.y <= 9999;
}

export function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function iso(v: Ymd): string {
  const p = (n: number, w: number) => String(n).padStart(w, '0');
  return `${p(v.y, 4)}-${p(v.m, 2)}-${p(v.d, 2)}`;
}

export function addDays(v: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(v.y, v.m - 1, v.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Months back, day clamped to the target month ("31 March minus one month" is 28/29 February). */
export function addMonths(v: Ymd, months: number): Ymd {
  const total = v.y * 12 + (v.m - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(v.d, lastDay(y, m)) };
}

export function before(a: Ymd, b: Ymd): boolean {
  return a.y !== b.y ? a.y < b.y : a.m !== b.m ? a.m < b.m : a.d < b.d;
}

/** The latest of a month (given without a year) that is not after `ref`: "since August" on 2023-05-15 is 2022-08. */
export function recentYearFor(month: number, day: number, ref: Ymd): number {
  return month < ref.m || (month === ref.m && day <= ref.d) ? ref.y : ref.y - 1;
}

export function weekday(v: Ymd): number {
  return new Date(Date.UTC(v.y, v.m - 1, v.d)).getUTCDay();
}

/** Shifts by a count of a time unit (negative for the past). */
export function shift(v: Ymd, n: number, unit: string): Ymd {
  switch (unit) {
    case 'days':
      return addDays(v, n);
    case 'weeks':
      return addDays(v, 7 * n);
    case 'fortnights':
      return addDays(v, 14 * n);
    case 'months':
      return addMonths(v, n);
    case 'years':
      return addMonths(v, 12 * n);
    case 'decades':
      return addMonths(v, 120 * n);
    default:
      return v;
  }
}
