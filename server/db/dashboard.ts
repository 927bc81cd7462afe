import { fxTable } from './fx';
import type { ReadDb } from './client';
import { claimsOf, currentRevision, derived, type Catalog } from './catalog';
import { topicCatalog } from './topic-catalog';
import { NotFoundError } from '../domain/errors';
import { summary } from './views';
import { buildComparisonSeries, buildDurationSeries, buildMeasureSeries, type DurationSeries, type IntervalSeries } from '../domain/series';
import type { Flag, Measure, Topic } from '../domain/schemas';
import { isActive } from '../domain/flags';
import { flagForPage, seriesForPage } from '../domain/flags/for-page';

export interface TopicPanel {
  topic: Topic;
  comparison: IntervalSeries | null;
  charts: { measure: Measure; series: IntervalSeries; duration: DurationSeries | null; figures: number }[];
  /** Every flag of its drawn measures (the topic page lists them; empty on the dashboard, whose charts carry their own). */
  flags: Flag[];
  /** Measures with something to draw; `charts` holds at most `CHARTS_PER_TOPIC` of them on the dashboard. */
  measureCount: number;
}

/**
 * What the dashboard shows at any size: the most recently reported stories, each with its
 * comparison and its most disputed (then latest) measures, every chart drawing its latest
 * figures; each links onward to its topic or measure page, which shows the rest.
 */
export const TOPICS_ON_DASHBOARD = 12;
export const CHARTS_PER_TOPIC = 4;
export const POINTS_PER_CHART = 24;

/**
 * The dashboard's read model: the summary (SQL counts) and the stories, each bounded (see above),
 * each story drawn from its own topic's catalogue. Kept per revision.
 */
export async function dashboard(db: ReadDb) {
  const revision = await currentRevision(db);
  const hit = dashboards.get(db);
  if (hit && hit.revision === revision) return hit.value;
  const value = buildDashboard(db);
  dashboards.set(db, { revision, value });
  value.catch(() => dashboards.delete(db));
  return value;
}
const dashboards = new WeakMap<ReadDb, { revision: number; value: ReturnType<typeof buildDashboard> }>();

/** An undated source's estimated date, as the claims read it (rows.ts: the middle of its range). */
const ESTIMATE_MID = `to_char((s.published_estimate->>'from')::date + ((s.published_estimate->>'to')::date - (s.published_estimate->>'from')::date) / 2, 'YYYY-MM-DD')`;

/** The stories with something to draw, the most recently reported first (the latest date any of its figures speaks of). */
const RECENT_TOPICS = `
  WITH per AS (
    SELECT m.topic_id, COALESCE(max(COALESCE(c.as_of, s.published, ${ESTIMATE_MID})), '') AS latest, bool_or(c.review IN ('reviewed', 'auto')) AS drawn
    FROM measures m JOIN claims c ON c.measure_id = m.id JOIN sources s ON s.id = c.source_id
    WHERE m.merged_into IS NULL
    GROUP BY m.topic_id
  )
  SELECT t.id, count(*) OVER ()::int AS active
  FROM topics t JOIN per ON per.topic_id = t.id
  WHERE t.merged_into IS NULL AND per.drawn
  ORDER BY per.latest DESC, t.position, t.id
  LIMIT $1`;

async function buildDashboard(db: ReadDb) {
  const [counts, recent] = await Promise.all([summary(db), db.query<{ id: string; active: number }>(RECENT_TOPICS, [TOPICS_ON_DASHBOARD])]);
  const panels: TopicPanel[] = [];
  for (const r of recent) {
    const cat = await topicCatalog(db, r.id);
    const topic = cat.topics.find((t) => t.id === r.id);
    // Each chart carries its own flags; the topic's whole list is its page's, not the dashboard's.
    if (topic) panels.push(panelOf(cat, topic, CHARTS_PER_TOPIC, POINTS_PER_CHART, false));
  }
  return { summary: counts, panels, topicCount: recent[0]?.active ?? 0 };
}

/** One topic's page: its comparison, every measure with something to draw, its flags. */
export async function topicPanel(db: ReadDb, topicId: string): Promise<TopicPanel> {
  const cat = await topicCatalog(db, topicId);
  const topic = cat.topics.find((t) => t.id === topicId);
  if (!topic) throw new NotFoundError('topic', topicId);
  return derived(cat, `topic:${topicId}`, () => panelOf(cat, topic, Infinity, Infinity));
}

/**
 * Per measure, once per catalogue revision: its latest date, how many disagreements a reader
 * should see first (conflicts, denials and the like, not the notes), and whether it has anything
 * to draw (a measure whose claims all await review has not); and the measures of each topic.
 */
function factsOf(cat: Catalog) {
  return derived(cat, 'measure-facts', () => {
    const byTopic = new Map<string, Measure[]>();
    const facts = new Map<string, { latest: string; disputes: number; drawn: boolean }>();
    for (const m of cat.measures) {
      const list = byTopic.get(m.topicId);
      if (list) list.push(m);
      else byTopic.set(m.topicId, [m]);
      const claims = claimsOf(cat, m.id);
      facts.set(m.id, {
        latest: claims.reduce((d, c) => (c.asOf && c.asOf > d ? c.asOf : d), ''),
        disputes: (cat.flagsByMeasure.get(m.id) ?? []).filter((f) => f.kind !== 'single-source' && f.kind !== 'different-measures').length,
        drawn: claims.some(isActive),
      });
    }
    return { byTopic, facts };
  });
}

function panelOf(cat: Catalog, topic: Topic, charts: number, points: number, withFlags = true): TopicPanel {
  const { byTopic, facts } = factsOf(cat);
  const own = byTopic.get(topic.id) ?? [];
  const drawn = own.filter((m) => facts.get(m.id)!.drawn);
  const chosen = new Set(
    [...drawn]
      .sort((a, b) => facts.get(b.id)!.disputes - facts.get(a.id)!.disputes || facts.get(b.id)!.latest.localeCompare(facts.get(a.id)!.latest))
      .slice(0, charts)
      .map((m) => m.id),
  );
  return {
    topic,
    comparison: comparisonOf(cat, topic, own),
    charts: drawn.filter((m) => chosen.has(m.id)).map((measure) => ({ measure, ...chartOf(cat, measure, points) })),
    flags: withFlags ? [...new Set(drawn.flatMap((m) => cat.flagsByMeasure.get(m.id) ?? []))].map((f) => flagForPage(f)) : [],
    measureCount: drawn.length,
  };
}

function comparisonOf(cat: Catalog, topic: Topic, own: Measure[]) {
  const c = buildComparisonSeries(topic, own, own.flatMap((m) => claimsOf(cat, m.id)), cat.flags, fxTable());
  return c && seriesForPage(c);
}

function chartOf(cat: Catalog, measure: Measure, points = Infinity) {
  const full = derived(cat, `chart:${measure.id}`, () => ({
    series: buildMeasureSeries(measure, claimsOf(cat, measure.id), cat.flagsByMeasure.get(measure.id) ?? [], fxTable()),
    duration: buildDurationSeries(measure, claimsOf(cat, measure.id), cat.flagsByMeasure.get(measure.id) ?? [], fxTable()),
  }));
  const figures = full.series.points.length;
  // The latest figures (points are in date order); the measure page draws them all.
  const keep = <T extends IntervalSeries>(s: T): T => seriesForPage(figures <= points ? s : { ...s, points: s.points.slice(-points) });
  return { series: keep(full.series), duration: full.duration && keep(full.duration), figures };
}

