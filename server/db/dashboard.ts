import { fxTable } from './fx';
import type { ReadDb } from './client';
import { claimsOf, derived, getCatalog, type Catalog } from './catalog';
import { NotFoundError } from '../domain/errors';
import { summarise } from './views';
import { buildComparisonSeries, buildDurationSeries, buildMeasureSeries, type DurationSeries, type IntervalSeries } from '../domain/series';
import type { Flag, Measure, Topic } from '../domain/schemas';
import { isActive } from '../domain/flags';

export interface TopicPanel {
  topic: Topic;
  comparison: IntervalSeries | null;
  charts: { measure: Measure; series: IntervalSeries; duration: DurationSeries | null; figures: number }[];
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

/** The dashboard's read model: the summary and the stories, each bounded (see above). */
export async function dashboard(db: ReadDb) {
  const cat = await getCatalog(db);
  return derived(cat, 'dashboard', () => buildDashboard(cat, summarise(cat)));
}

/** One topic's page: its comparison, every measure with something to draw, its flags. */
export async function topicPanel(db: ReadDb, topicId: string): Promise<TopicPanel> {
  const cat = await getCatalog(db);
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

function panelOf(cat: Catalog, topic: Topic, charts: number, points: number): TopicPanel {
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
    comparison: buildComparisonSeries(topic, own, own.flatMap((m) => claimsOf(cat, m.id)), cat.flags, fxTable()),
    charts: drawn.filter((m) => chosen.has(m.id)).map((measure) => ({ measure, ...chartOf(cat, measure, points) })),
    flags: [...new Set(drawn.flatMap((m) => cat.flagsByMeasure.get(m.id) ?? []))],
    measureCount: drawn.length,
  };
}

function buildDashboard(cat: Catalog, summary: ReturnType<typeof summarise>) {
  const { byTopic, facts } = factsOf(cat);
  const own = (t: Topic) => byTopic.get(t.id) ?? [];
  const latest = new Map(cat.topics.map((t) => [t.id, own(t).reduce((d, m) => (facts.get(m.id)!.latest > d ? facts.get(m.id)!.latest : d), '')]));
  const active = cat.topics.filter((t) => own(t).some((m) => facts.get(m.id)!.drawn));
  const shown = new Set(
    [...active]
      .sort((a, b) => latest.get(b.id)!.localeCompare(latest.get(a.id)!))
      .slice(0, TOPICS_ON_DASHBOARD)
      .map((t) => t.id),
  );
  const panels = active.filter((t) => shown.has(t.id)).map((t) => panelOf(cat, t, CHARTS_PER_TOPIC, POINTS_PER_CHART));
  return { summary, panels, topicCount: active.length };
}

function chartOf(cat: Catalog, measure: Measure, points = Infinity) {
  const full = derived(cat, `chart:${measure.id}`, () => ({
    series: buildMeasureSeries(measure, claimsOf(cat, measure.id), cat.flagsByMeasure.get(measure.id) ?? [], fxTable()),
    duration: buildDurationSeries(measure, claimsOf(cat, measure.id), cat.flagsByMeasure.get(measure.id) ?? [], fxTable()),
  }));
  const figures = full.series.points.length;
  if (figures <= points) return { ...full, figures };
  // The latest figures (points are in date order); the measure page draws them all.
  const keep = <T extends { points: unknown[] }>(s: T): T => ({ ...s, points: s.points.slice(-points) });
  return { series: keep(full.series), duration: full.duration && keep(full.duration), figures };
}

