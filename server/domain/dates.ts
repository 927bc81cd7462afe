import type { AsOfSpan, DateEstimate } from './schemas';
import type { ValueInterval } from './value';

const DAY = 86_400_000;
/** The mean Gregorian month, so "9 1/2 months" lands on the same day whichever month it starts in. */
export const MONTH_DAYS = 365.2425 / 12;

export function toMs(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

export function fromMs(ms: number): string {
  return new Date(Math.round(ms / DAY) * DAY).toISOString().slice(0, 10);
}

/** Whole months on the calendar (24 Feb + 9 months = 24 Nov), the fraction in mean-month days. */
export function addMonths(iso: string, months: number): string {
  const whole = Math.floor(months);
  const d = new Date(toMs(iso));
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + whole);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return fromMs(d.getTime() + (months - whole) * MONTH_DAYS * DAY);
}

/** The inverse of addMonths: whole calendar months, then the remaining days as a fraction. */
export function monthsBetween(fromIso: string, toIso: string): number {
  if (toIso < fromIso) return -monthsBetween(toIso, fromIso);
  let whole = 0;
  while (addMonths(fromIso, whole + 1) <= toIso) whole++;
  return whole + (toMs(toIso) - toMs(addMonths(fromIso, whole))) / (MONTH_DAYS * DAY);
}

/** "15 May 2023": how dates read on every page and in every reason. */
// One formatter, made once: toLocaleDateString builds a new one per call, and flag reasons format
// thousands of dates on a busy topic.
const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatDate(iso: string): string {
  return DATE_FORMAT.format(new Date(`${iso}T00:00:00Z`));
}

export function formatDateRange(from: string, to: string): string {
  return from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;
}

const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ymd = (iso: string) => ({ y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) });

/** "8–14 May 2023", "28 Apr – 4 May 2023", "29 Dec 2022 – 4 Jan 2023": a run of days, said once. */
function formatDays(from: string, to: string): string {
  if (from === to) return formatDate(from);
  const a = ymd(from);
  const b = ymd(to);
  if (a.y !== b.y) return `${formatDate(from)} – ${formatDate(to)}`;
  if (a.m !== b.m) return `${a.d} ${MONTH.format(at(from))} – ${formatDate(to)}`;
  return `${a.d}–${formatDate(to)}`;
}

function formatMonths(from: string, to: string): string {
  const a = MONTH_YEAR.format(at(from));
  const b = MONTH_YEAR.format(at(to));
  if (a === b) return a;
  return ymd(from).y === ymd(to).y ? `${MONTH.format(at(from))} – ${b}` : `${a} – ${b}`;
}

const SEASONS: Record<number, string> = { 3: 'spring', 6: 'summer', 9: 'autumn', 12: 'winter' };
const PART_OF_YEAR: Record<number, string> = { 1: 'early ', 5: 'mid-', 9: 'late ' };
const PART_OF_MONTH: Record<number, string> = { 1: 'early', 11: 'mid', 21: 'late' };

/** Months from the first day of `from` to the last day of `to`, or null when the span is not whole months. */
function wholeMonths(from: string, to: string): number | null {
  const a = ymd(from);
  const b = ymd(to);
  const last = new Date(Date.UTC(b.y, b.m, 0)).getUTCDate();
  return a.d === 1 && b.d === last ? (b.y - a.y) * 12 + b.m - a.m + 1 : null;
}

/**
 * A span as the text said it: "2022", "Sept 2022", "late Sept 2022", "Q1 2023", "H1 2022",
 * "summer 2022", "mid-2022", "8–14 May 2023", "about 24 May 2023". A span whose dates are not
 * the ones its precision names reads as its plain range of months or days, never as surer.
 */
export function formatSpan(s: AsOfSpan): string {
  const a = ymd(s.from);
  const b = ymd(s.to);
  const months = wholeMonths(s.from, s.to);
  const plain = months === null ? formatDays(s.from, s.to) : formatMonths(s.from, s.to);
  switch (s.precision) {
    case 'year':
      return months !== null && a.m === 1 && months % 12 === 0 ? (months === 12 ? String(a.y) : `${a.y}–${b.y}`) : plain;
    case 'month':
      return plain;
    case 'part-month': {
      const part = PART_OF_MONTH[a.d];
      const fits = a.y === b.y && a.m === b.m && (a.d === 21 ? b.d === new Date(Date.UTC(b.y, b.m, 0)).getUTCDate() : b.d === a.d + 9);
      return part && fits ? `${part} ${MONTH_YEAR.format(at(s.from))}` : plain;
    }
    case 'quarter':
      return months === 3 && a.m % 3 === 1 ? `Q${(a.m + 2) / 3} ${a.y}` : plain;
    case 'half':
      return months === 6 && (a.m === 1 || a.m === 7) ? `H${a.m === 1 ? 1 : 2} ${a.y}` : plain;
    case 'season':
      if (months !== 3 || !SEASONS[a.m]) return plain;
      return a.m === 12 ? `winter ${a.y}–${String(a.y + 1).slice(-2)}` : `${SEASONS[a.m]} ${a.y}`;
    case 'part-year':
      return months === 4 && PART_OF_YEAR[a.m] ? `${PART_OF_YEAR[a.m]}${a.y}` : plain;
    case 'about':
      return `about ${formatDays(s.from, s.to)}`;
    case 'days':
      return formatDays(s.from, s.to);
  }
}

/** The one wording for a date that is an estimate: "unknown, estimated 6 Dec 2022 – 12 Dec 2022"; short: "unknown, estimated Dec 2022". */
export function formatEstimate(e: { from: string; to: string }, form: 'long' | 'short' = 'long'): string {
  if (form === 'short') return `unknown, estimated ${MONTH_YEAR.format(at(estimateMidpoint(e)))}`;
  return `unknown, estimated ${formatDateRange(e.from, e.to)}`;
}

/** A span applies only while the as-of lies within it: a corrected as-of outside it is a day again. */
export function spanHolding(span: AsOfSpan | null | undefined, asOf: string | null): AsOfSpan | null {
  return span && asOf && span.from <= asOf && asOf <= span.to ? span : null;
}

export interface DatedClaim {
  asOf: string | null;
  asOfEstimated: boolean;
  asOfSpan?: AsOfSpan | null;
  publishedEstimate: { from: string; to: string } | null;
}

/**
 * When a claim holds, as every page, tooltip, table, CSV and embed says it: the span the text
 * named ("2022", "late Sep 2022"), a day only when the text names one or the page's date is the
 * as-of, and an estimate always in the one wording above. `short` is for row and axis labels.
 */
export function formatAsOf(c: DatedClaim, form: 'long' | 'short' = 'long'): string {
  if (c.asOf && !c.asOfEstimated) {
    const span = spanHolding(c.asOfSpan, c.asOf);
    return span ? formatSpan(span) : formatDate(c.asOf);
  }
  if (c.publishedEstimate) return formatEstimate(c.publishedEstimate, form);
  return 'unknown';
}

/** A duration claim as the window of dates it implies: "nearly nine months" since 24 Feb 2022. */
export interface DurationWindow {
  text: string;
  from: string;
  to: string;
}

export function durationWindow(
  value: Pick<ValueInterval, 'low' | 'high' | 'text'>,
  referenceDate: string,
  tolerance: number,
): DurationWindow | null {
  if (value.low === null && value.high === null) return null;
  const low = (value.low ?? value.high!) * (1 - tolerance);
  const high = (value.high ?? value.low!) * (1 + tolerance);
  return { text: value.text, from: addMonths(referenceDate, low), to: addMonths(referenceDate, high) };
}

/**
 * When a page prints no date, what it says about elapsed time dates it. Windows that agree are
 * intersected; when they disagree the page cannot predate its newest statement, so the latest
 * window wins and the reason says the figures disagree.
 */
export function estimateFromDurations(windows: DurationWindow[], referenceLabel: string): DateEstimate | null {
  if (windows.length === 0) return null;
  const parts = windows.map((w) => `“${w.text}” implies ${formatDateRange(w.from, w.to)}`);
  const from = windows.reduce((a, w) => (w.from > a ? w.from : a), windows[0].from);
  const to = windows.reduce((a, w) => (w.to < a ? w.to : a), windows[0].to);
  if (from <= to) {
    return {
      from,
      to,
      reason: `No date is printed; counting from ${referenceLabel}, ${parts.join('; ')}.`,
    };
  }
  const latest = windows.reduce((a, w) => (w.from > a.from ? w : a), windows[0]);
  return {
    from: latest.from,
    to: latest.to,
    reason: `No date is printed; counting from ${referenceLabel}, ${parts.join('; ')}. These disagree, and a page cannot predate its latest figure, so about ${formatDateRange(latest.from, latest.to)}.`,
  };
}

/** The single date a chart places an estimated page at: the middle of its window. */
export function estimateMidpoint(e: Pick<DateEstimate, 'from' | 'to'>): string {
  return fromMs((toMs(e.from) + toMs(e.to)) / 2);
}
