import type { ReadDb } from './client';
import { fxTable } from './fx';
import { CLAIM_COLUMNS, CLAIM_FROM, FLAG_ORDER, toClaim, type ClaimRow } from './rows';
import { newestClaimIds, topicVersion } from './topic-catalog';
import { buildDurationSeries, buildMeasureSeries, latestPoints as latest } from '../domain/series';
import { Flag as FlagSchema, type Measure } from '../domain/schemas';
import { drawnFlagsOnly } from '../domain/flags/for-page';
import { TIMELINE_POINTS, timelineOf } from '../domain/timeline';

/**
 * A measure page's charts, read from that measure's newest MEASURE_WINDOW claims and its flags
 * (never the whole catalogue, nor every figure of a busy measure) and kept per topic version. A busy measure's page stays small: the row chart draws its
 * latest figures, and when the figures span time a time axis draws up to TIMELINE_POINTS of them
 * by date; the table below pages through every claim.
 */
export const ROW_CHART_POINTS = 24;
/**
 * The newest figures a measure page's charts are drawn from: enough for TIMELINE_POINTS values
 * reprinted several times each. A measure of 17,000 figures read whole took a second after each write.
 */
export const MEASURE_WINDOW = 1000;
// The rule for when figures go on a time axis is the domain's, shared with the embed.
export { TIMELINE_POINTS, timelineOf, type Timeline } from '../domain/timeline';

async function build(db: ReadDb, measure: Measure, window: number) {
  const [rows, flagRows, [stats]] = await Promise.all([
    db.query<ClaimRow & { window_dated: string | null }>(
      `${CLAIM_COLUMNS}, c.dated AS window_dated ${CLAIM_FROM} WHERE c.id IN (${newestClaimIds('$1', window)}) ORDER BY c.source_id COLLATE "C", c.start_offset, c.id COLLATE "C"`,
      [measure.id],
    ),
    db.query<{ body: unknown }>(`SELECT f.body FROM flags f WHERE f.measure_ids @> ARRAY[$1::text] ORDER BY f.topic_id COLLATE "C", ${FLAG_ORDER}`, [measure.id]),
    db.query<{ claims: number }>('SELECT claims FROM measure_stats WHERE measure_id = $1', [measure.id]),
  ]);
  const claims = rows.map(toClaim);
  const flags = flagRows.map((r) => FlagSchema.parse(r.body));
  const series = buildMeasureSeries(measure, claims, flags, fxTable());
  const duration = buildDurationSeries(measure, claims, flags, fxTable());
  const timeline = duration ? null : timelineOf(series);
  // Cut by the window: the values drawn are the latest of more than were read; say how many count.
  const cut = rows.filter((r) => r.window_dated !== null).length >= window ? (stats?.claims ?? 0) : null;
  return {
    series: drawnFlagsOnly(latest(series, ROW_CHART_POINTS)),
    duration: duration && drawnFlagsOnly(latest(duration, TIMELINE_POINTS)),
    /** Values drawn in all (one per origin), or a cut measure's figures that count; the row chart shows the latest ROW_CHART_POINTS. */
    figures: cut ?? series.points.length,
    timeline: timeline && cut !== null ? { ...timeline, dated: Math.max(timeline.dated, cut) } : timeline,
  };
}

export type MeasureChart = Awaited<ReturnType<typeof build>>;

// Per topic version (migration 025; every flag and figure of a measure is in its topic): a read
// after no write to the measure's topic is a lookup, whatever was written elsewhere. Bounded,
// the one read longest ago first out.
type Kept = Map<string, { version: string; value: Promise<MeasureChart> }>;
const caches = new WeakMap<ReadDb, Kept>();
const MAX_CACHED = 200;

/** `window`: how many of the newest figures are read (MEASURE_WINDOW; a test passes fewer). */
export async function measureChart(db: ReadDb, measure: Measure, window = MEASURE_WINDOW): Promise<MeasureChart> {
  const key = `${measure.id}|${measure.topicId}|${measure.title}|${measure.unit}|${measure.kind}|${window}`;
  // Read before the chart, so what is built is at least as new as the version it is kept under.
  const version = await topicVersion(db, measure.topicId);
  const cache = caches.get(db) ?? new Map();
  caches.set(db, cache);
  let hit = cache.get(key);
  cache.delete(key);
  if (!hit || hit.version !== version) {
    const entry = { version, value: build(db, measure, window) };
    entry.value.catch(() => {
      if (cache.get(key) === entry) cache.delete(key);
    });
    hit = entry;
  }
  cache.set(key, hit);
  if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value as string);
  return hit.value;
}
