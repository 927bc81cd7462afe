import type { ReadDb } from './client';
import { fxTable } from './fx';
import { getRevision } from './read';
import { CLAIM_SELECT, toClaim, type ClaimRow } from './rows';
import { buildDurationSeries, buildMeasureSeries, latestPoints as latest } from '../domain/series';
import { Flag as FlagSchema, type Measure } from '../domain/schemas';
import { seriesForPage } from '../domain/flags/for-page';
import { TIMELINE_POINTS, timelineOf } from '../domain/timeline';

/**
 * A measure page's charts, read from that measure's own claims and flags (never the whole
 * catalogue) and kept per revision. A busy measure's page stays small: the row chart draws its
 * latest figures, and when the figures span time a time axis draws up to TIMELINE_POINTS of them
 * by date; the table below pages through every claim.
 */
export const ROW_CHART_POINTS = 24;
// The rule for when figures go on a time axis is the domain's, shared with the embed.
export { TIMELINE_POINTS, timelineOf, type Timeline } from '../domain/timeline';

async function build(db: ReadDb, measure: Measure) {
  const [rows, flagRows] = await Promise.all([
    db.query<ClaimRow>(`${CLAIM_SELECT} WHERE c.measure_id = $1 ORDER BY c.source_id COLLATE "C", c.start_offset, c.id COLLATE "C"`, [measure.id]),
    db.query<{ body: unknown }>('SELECT body FROM flags WHERE measure_ids @> ARRAY[$1::text] ORDER BY topic_id COLLATE "C", position', [measure.id]),
  ]);
  const claims = rows.map(toClaim);
  const flags = flagRows.map((r) => FlagSchema.parse(r.body));
  const series = buildMeasureSeries(measure, claims, flags, fxTable());
  const duration = buildDurationSeries(measure, claims, flags, fxTable());
  const timeline = duration ? null : timelineOf(series);
  return {
    series: seriesForPage(latest(series, ROW_CHART_POINTS)),
    duration: duration && seriesForPage(latest(duration, TIMELINE_POINTS)),
    /** Values drawn in all (one per origin); the row chart shows the latest ROW_CHART_POINTS. */
    figures: series.points.length,
    timeline,
  };
}

export type MeasureChart = Awaited<ReturnType<typeof build>>;

// Per revision: a read after no write is a lookup. Bounded, oldest first out.
const cache = new Map<string, Promise<MeasureChart>>();
const MAX_CACHED = 200;

export async function measureChart(db: ReadDb, measure: Measure): Promise<MeasureChart> {
  const key = `${await getRevision(db)}|${measure.id}|${measure.title}|${measure.unit}|${measure.kind}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = build(db, measure);
    hit.catch(() => cache.delete(key));
    cache.set(key, hit);
    if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value as string);
  }
  return hit;
}
