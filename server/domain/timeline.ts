import { calendarLine, type DurationSeries, type IntervalPoint, type IntervalSeries } from './series';
import { toMs } from './dates';

/**
 * When a measure is drawn over time, and on what axis: the one rule the site's measure page
 * (server/db/measure-chart.ts, TimeChart) and the embed (server/embed/time-layout.ts) both follow,
 * so a chart never reads as a list of values in one place and a series in the other.
 *
 * - A duration since a reference date is always drawn against the calendar (buildDurationSeries).
 * - Any other measure goes on a time axis once its dated figures span more than a day; a measure
 *   whose figures all speak of one day stays a chart of rows, one per origin.
 */
export const TIMELINE_POINTS = 150;
const DAY = 86_400_000;

export interface Timeline {
  points: IntervalPoint[];
  domain: [number, number];
  xDomain: [number, number];
  /** Dated figures in all; `points` holds the latest of them. */
  dated: number;
}

/** The figures by date, when they span more than a day: the latest up to `max`, with padded bounds. */
export function timelineOf(series: IntervalSeries, max = TIMELINE_POINTS): Timeline | null {
  const dated = series.points.filter((p) => p.x !== null);
  const xs = dated.map((p) => p.x as number);
  if (xs.length < 2 || Math.max(...xs) - Math.min(...xs) < DAY) return null;
  const points = dated.slice(-max);
  const shown = points.map((p) => p.x as number);
  const from = Math.min(...shown);
  const to = Math.max(...shown);
  const pad = Math.max(2 * DAY, (to - from) * 0.04);
  return { points, domain: series.domain, xDomain: [from - pad, to + pad], dated: dated.length };
}

export interface TimeAxis extends Timeline {
  /** A duration's calendar line (months since the reference date), drawn under its claims; null otherwise. */
  line: DurationSeries['line'] | null;
}

/**
 * What a measure's chart draws on a time axis, or null when it is a chart of rows: a duration
 * from its reference date to a month past its latest figure, with the calendar's line (as the
 * site's DurationChart), any other measure as timelineOf says (as the site's TimeChart).
 */
export function timeAxisOf(series: IntervalSeries, referenceDate: string | null, max = TIMELINE_POINTS): TimeAxis | null {
  if (referenceDate) {
    const line = calendarLine(referenceDate, series.points);
    const dated = series.points.filter((p) => p.x !== null);
    const end = line[line.length - 1]?.x ?? toMs(referenceDate);
    return { points: dated.slice(-max), domain: series.domain, xDomain: [toMs(referenceDate), end], dated: dated.length, line };
  }
  const t = timelineOf(series, max);
  return t && { ...t, line: null };
}
