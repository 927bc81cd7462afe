import { dict } from './util';

/* Calendar words, read by the number reader (to drop dates), dates and attribution alike. */

/** Month names and abbreviations (lower-case) to month number 1..12. */
export const MONTHS: Record<string, number> = dict({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
});

/** A month only when capitalised: "May" the month, "may" the verb; "March" vs "march". */
export function monthOf(raw: string): number | null {
  const c = raw.charAt(0);
  if (c !== c.toUpperCase() || c === c.toLowerCase()) return null;
  return MONTHS[raw.toLowerCase()] ?? null;
}

export const WEEKDAYS: Record<string, number> = dict({
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
});
