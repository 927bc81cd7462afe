import { addDays, iso, parseIso } from './ymd';

/*
 * A live page is a run of entries, each under a line that holds only its time ("23:55", "4.20pm"),
 * newest first. The newest entry is of the page's date; an entry whose time is later than the
 * entry above it was written before midnight, the day before. "About 4,000 people are being
 * evacuated" under 23:55 and "about 6,200" under the key points at 13:10 are two days' figures,
 * not one page's two figures for one moment.
 */

const STAMP = /^[ \t]*(\d{1,2})[:.](\d{2})[ \t]*(am|pm|a\.m\.|p\.m\.)?[ \t]*$/gim;
/** Fewer stamps than this make no live page: a time on a line of its own may be anything. */
const MIN_STAMPS = 3;

export interface LiveEntries {
  /** Where each entry starts in the text, in page order. */
  starts: number[];
  /** Each entry's date (ISO). */
  days: string[];
}

function minutesOf(h: string, m: string, half: string | undefined): number | null {
  let hour = Number(h);
  const minute = Number(m);
  if (minute > 59 || hour > 24) return null;
  if (half) {
    if (hour < 1 || hour > 12) return null;
    const pm = half.toLowerCase().startsWith('p');
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  return hour * 60 + minute;
}

/** The entries of a live page, newest first, dated from the page's date; null for any other text. */
export function liveEntries(text: string, published: string | null): LiveEntries | null {
  const pub = parseIso(published);
  if (pub === null) return null;
  const stamps: { at: number; minutes: number }[] = [];
  for (const m of text.matchAll(STAMP)) {
    const minutes = minutesOf(m[1], m[2], m[3]);
    if (minutes === null) return null;
    stamps.push({ at: m.index, minutes });
  }
  if (stamps.length < MIN_STAMPS) return null;
  // Newest first: times fall down the page, rising only where the page crosses back over midnight.
  let falls = 0;
  let rises = 0;
  for (let i = 1; i < stamps.length; i++) {
    if (stamps[i].minutes < stamps[i - 1].minutes) falls++;
    else if (stamps[i].minutes > stamps[i - 1].minutes) rises++;
  }
  // A page oldest first (or in no order) says nothing sure of which day its first entries are.
  if (rises >= falls) return null;
  let back = 0;
  const days = stamps.map((s, i) => {
    if (i > 0 && s.minutes > stamps[i - 1].minutes) back++;
    return iso(addDays(pub, -back));
  });
  return { starts: stamps.map((s) => s.at), days };
}

/** The date of the entry holding `position`, or null before the first entry (the page's own summary). */
export function entryDay(entries: LiveEntries | null, position: number): string | null {
  if (entries === null) return null;
  let day: string | null = null;
  for (let i = 0; i < entries.starts.length && entries.starts[i] <= position; i++) day = entries.days[i];
  return day;
}
