import { formatDate } from '../domain/dates';

/**
 * The dates a chart carries wherever it travels without the page (the PNG and SVG footer, the
 * citation): which version of the data it shows, when that data last changed (the day Tally
 * first kept this version: server/db/embed-versions.ts) and when this copy was retrieved.
 * A reader of a printout or a footnote can then tell how old the figures are, and find them again.
 */
export interface Stamp {
  version: string;
  /** ISO timestamp or date of the version. */
  updated: string;
  /** The day this copy was made (YYYY-MM-DD, UTC). */
  retrieved: string;
}

/** Today in UTC, as the day part of a cache key and of "retrieved". */
export function today(now = Date.now()): string {
  return new Date(now).toISOString().slice(0, 10);
}

export const day = (iso: string) => formatDate(iso.slice(0, 10));

/** "Version 1a2b3c4d5e6f · last updated 3 Dec 2026 · retrieved 4 Dec 2026". */
export function stampLine(s: Stamp): string {
  return `Version ${s.version} · last updated ${day(s.updated)} · retrieved ${day(s.retrieved)}`;
}
