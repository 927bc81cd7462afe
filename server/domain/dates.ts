import type { DateEstimate } from './schemas';
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
export function estimateMidpoint(e: DateEstimate): string {
  return fromMs((toMs(e.from) + toMs(e.to)) / 2);
}
