import { fxTable } from './fx';
import type { ReadDb } from './client';
import { claimsOf, currentRevision, derived, type Catalog } from './catalog';
import { topicCatalog, type WindowedCatalog } from './topic-catalog';
import { NotFoundError } from '../domain/errors';
import { summary } from './views';
import { newestDateOf } from './newest';
import { buildComparisonSeries, buildDurationSeries, buildMeasureSeries, latestPoints, type DurationSeries, type IntervalSeries } from '../domain/series';
import type { Flag, Measure, Topic } from '../domain/schemas';
import { isActive } from '../domain/flags';
import { flagForPage, seriesForPage } from '../domain/flags/for-page';
import { isNote } from '../domain/meaning';

export interface TopicPanel {
  topic: Topic;
  comparison: IntervalSeries | null;
  /** `flags`: how many flags the measure has in all; the series carries those that name what it draws, at most FLAGS_PER_CHART. */
  charts: { measure: Measure; series: IntervalSeries; duration: DurationSeries | null; figures: number; flags: number }[];
  /**
   * Flags of its drawn measures, disagreements first, at most FLAGS_ON_TOPIC_PAGE (the topic page
   * lists them; empty on the dashboard, whose charts carry their own); `flagCount` counts them all.
   */
  flags: Flag[];
  flagCount: number;
  /** Measures with something to draw; `charts` draws the first of them (most disputed, then latest). */
  measureCount: number;
  /** The measures with something to draw that have no chart here, in the same order: the topic page lists them. */
  others: { id: string; title: string; figures: number; disputes: number }[];
}

/**
 * What the dashboard shows at any size: the most recently reported stories, each with its
 * comparison and its most disputed (then latest) measures, every chart drawing its latest
 * figures; each links onward to its topic or measure page, which shows the rest.
 *
 * A page's weight follows the values it draws (each carries its labels, its row in the data
 * table and its link to the quote), so each page has a budget of drawn values: the comparisons
 * first, then charts taken in turn across the stories (each story's first chart, then each one's
 * second…) while every chart can still draw `MIN_POINTS`, and the values left shared out evenly
 * up to `POINTS_PER_CHART` each. A small corpus (the seeds) fits whole; a large one draws fewer,
 * shorter charts and links to the rest.
 */
export const TOPICS_ON_DASHBOARD = 12;
export const CHARTS_PER_TOPIC = 4;
export const POINTS_PER_CHART = 24;
export const MIN_POINTS = 8;
export const DASHBOARD_POINTS = 64;
/** A topic's page: more charts than a story on the dashboard, still bounded; the rest are listed. */
export const TOPIC_PAGE_POINTS = 160;
export const CHARTS_ON_TOPIC_PAGE = 12;
/**
 * A chart on the dashboard or a topic page lists this many of its measure's flags, those naming
 * values it draws first; the measure page lists them all. A busy measure can hold dozens (one
 * conflict a day), and each is a sentence.
 */
export const FLAGS_PER_CHART = 3;
/**
 * A topic's page lists this many of its flags: at 100,000 articles the busiest story held hundreds
 * (a conflict most days), and its page had grown to 405 KB. /flags?topic= lists them all.
 */
export const FLAGS_ON_TOPIC_PAGE = 24;
/**
 * Each measure's newest figures a story's charts are drawn from: enough for POINTS_PER_CHART values
 * when each was reprinted several times, however many the measure holds (a story's catalogue whole
 * was every figure of it: 56,000 at 100,000 articles, 15 s to draw the dashboard after a write).
 */
export const CHART_WINDOW = 200;

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

/**
 * The stories with something to draw, the most recently reported first (the latest date any of its
 * figures speaks of): per measure one probe of claims_measure_dated for its newest date (./newest)
 * and one row of measure_stats for whether any figure counts, never a scan of every figure.
 */
const RECENT_TOPICS = `
  WITH per AS (
    SELECT m.topic_id,
           COALESCE(max(${newestDateOf('m.id', 'w', false)}), '') AS latest,
           bool_or(COALESCE(ms.claims, 0) > 0) AS drawn
    FROM measures m LEFT JOIN measure_stats ms ON ms.measure_id = m.id
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
  // Read side by side (PostgreSQL answers them on several connections), planned in order.
  const cats = await Promise.all(recent.map((r) => topicCatalog(db, r.id, CHART_WINDOW)));
  const plans: Plan[] = [];
  for (const [i, r] of recent.entries()) {
    const topic = cats[i].topics.find((t) => t.id === r.id);
    if (topic) plans.push(planOf(cats[i], topic, CHARTS_PER_TOPIC));
  }
  // Each chart carries its own flags; the topic's whole list is its page's, not the dashboard's.
  const panels = allot(plans, DASHBOARD_POINTS).map(({ plan, charts, points }) => panelOf(plan, charts, points, false));
  return { summary: counts, panels, topicCount: recent[0]?.active ?? 0 };
}

/** One topic's page: its comparison, its most disputed and latest measures drawn (bounded), the others listed, its flags. */
export async function topicPanel(db: ReadDb, topicId: string): Promise<TopicPanel> {
  const cat = await topicCatalog(db, topicId, CHART_WINDOW);
  const topic = cat.topics.find((t) => t.id === topicId);
  if (!topic) throw new NotFoundError('topic', topicId);
  return derived(cat, `topic:${topicId}`, () => {
    const [{ plan, charts, points }] = allot([planOf(cat, topic, CHARTS_ON_TOPIC_PAGE)], TOPIC_PAGE_POINTS);
    return panelOf(plan, charts, points, true);
  });
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

/** A story before its budget is known: its comparison, and its measures in the order they earn a chart. */
interface Plan {
  cat: WindowedCatalog;
  topic: Topic;
  comparison: IntervalSeries | null;
  /** Measures with something to draw, most disputed then latest first. */
  ranked: Measure[];
  /** How many figures each of the first `maxCharts` would draw whole. */
  figures: number[];
}

function planOf(cat: WindowedCatalog, topic: Topic, maxCharts: number): Plan {
  const { byTopic, facts } = factsOf(cat);
  const own = byTopic.get(topic.id) ?? [];
  const ranked = own
    .filter((m) => facts.get(m.id)!.drawn)
    .sort((a, b) => facts.get(b.id)!.disputes - facts.get(a.id)!.disputes || facts.get(b.id)!.latest.localeCompare(facts.get(a.id)!.latest));
  return { cat, topic, comparison: comparisonOf(cat, topic, own), ranked, figures: ranked.slice(0, maxCharts).map((m) => fullChart(cat, m).series.points.length) };
}

/**
 * Shares a page's budget of drawn values out (see the note on the constants): how many charts
 * each story draws and how many values each chart draws at most.
 */
export function allotPoints(comparisons: number[], figures: number[][], budget: number): { charts: number[]; points: number } {
  let left = budget - comparisons.reduce((a, b) => a + b, 0);
  const charts = figures.map(() => 0);
  const taken: number[] = [];
  for (let rank = 0; rank < Math.max(0, ...figures.map((f) => f.length)); rank++) {
    for (let i = 0; i < figures.length; i++) {
      const f = figures[i][rank];
      if (f === undefined || charts[i] !== rank) continue;
      const cost = Math.min(f, MIN_POINTS);
      if (cost > left) continue;
      left -= cost;
      charts[i]++;
      taken.push(f);
    }
  }
  // The most values per chart that the budget allows, given what was set aside for the minimum.
  const room = left + taken.reduce((a, f) => a + Math.min(f, MIN_POINTS), 0);
  let points = POINTS_PER_CHART;
  while (points > MIN_POINTS && taken.reduce((a, f) => a + Math.min(f, points), 0) > room) points--;
  return { charts, points };
}

function allot(plans: Plan[], budget: number) {
  const { charts, points } = allotPoints(
    plans.map((p) => p.comparison?.points.length ?? 0),
    plans.map((p) => p.figures),
    budget,
  );
  return plans.map((plan, i) => ({ plan, charts: charts[i], points }));
}

/** `whole`: the topic's own page, with every flag of its measures and the list of those without a chart. */
function panelOf({ cat, topic, comparison, ranked }: Plan, charts: number, points: number, whole: boolean): TopicPanel {
  const chosen = ranked.slice(0, charts);
  return {
    topic,
    comparison,
    charts: chosen.map((measure) => ({ measure, ...chartOf(cat, measure, points) })),
    ...(whole ? storyFlags([...new Set(ranked.flatMap((m) => cat.flagsByMeasure.get(m.id) ?? []))]) : { flags: [], flagCount: 0 }),
    measureCount: ranked.length,
    others: !whole ? [] : ranked.slice(charts).map((m) => ({ id: m.id, title: m.title, figures: cat.cut.get(m.id) ?? claimsOf(cat, m.id).filter(isActive).length, disputes: factsOf(cat).facts.get(m.id)!.disputes })),
  };
}

/** A story's flags as its page lists them: disagreements before notes, then as derived; the first FLAGS_ON_TOPIC_PAGE. */
function storyFlags(all: Flag[]): { flags: Flag[]; flagCount: number } {
  const ordered = [...all.filter((f) => !isNote(f.kind)), ...all.filter((f) => isNote(f.kind))];
  return { flags: ordered.slice(0, FLAGS_ON_TOPIC_PAGE).map((f) => flagForPage(f)), flagCount: all.length };
}

/** Once per catalogue: a story whose catalogue is kept keeps its comparison too. */
function comparisonOf(cat: Catalog, topic: Topic, own: Measure[]) {
  return derived(cat, `comparison:${topic.id}`, () => {
    const c = buildComparisonSeries(topic, own, own.flatMap((m) => claimsOf(cat, m.id)), cat.flags, fxTable());
    return c && seriesForPage(c);
  });
}

function fullChart(cat: Catalog, measure: Measure) {
  return derived(cat, `chart:${measure.id}`, () => ({
    series: buildMeasureSeries(measure, claimsOf(cat, measure.id), cat.flagsByMeasure.get(measure.id) ?? [], fxTable()),
    duration: buildDurationSeries(measure, claimsOf(cat, measure.id), cat.flagsByMeasure.get(measure.id) ?? [], fxTable()),
  }));
}

function chartOf(cat: WindowedCatalog, measure: Measure, points: number) {
  const full = fullChart(cat, measure);
  // A measure the window cut holds more than it drew: its figures that count, from measure_stats.
  const figures = cat.cut.get(measure.id) ?? full.series.points.length;
  // The latest figures (points are in date order); the measure page draws them all.
  const keep = <T extends IntervalSeries>(s: T): T => seriesForPage(fewerFlags(latestPoints(s, points)));
  return { series: keep(full.series), duration: full.duration && keep(full.duration), figures, flags: full.series.flags.length };
}

/** The flags a chart lists: those naming a value it draws first (then the measure's latest), at most FLAGS_PER_CHART. */
function fewerFlags<T extends IntervalSeries>(s: T): T {
  const drawn = new Set(s.points.map((p) => p.claimId));
  const names = (f: Flag) => f.claimIds.some((id) => drawn.has(id));
  const first = s.flags.filter(names);
  return { ...s, flags: [...first, ...s.flags.filter((f) => !names(f)).reverse()].slice(0, FLAGS_PER_CHART) };
}
