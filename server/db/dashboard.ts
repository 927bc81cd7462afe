import { fxTable } from './fx';
import type { ReadDb } from './client';
import { claimsOf, claimsOfTopic, derived, getCatalog, type Catalog } from './catalog';
import { summarise } from './views';
import { buildComparisonSeries, buildDurationSeries, buildMeasureSeries, type DurationSeries, type IntervalSeries } from '../domain/series';
import type { Flag, Measure, Topic } from '../domain/schemas';
import { isActive } from '../domain/flags';

export interface TopicPanel {
  topic: Topic;
  comparison: IntervalSeries | null;
  charts: { measure: Measure; series: IntervalSeries; duration: DurationSeries | null }[];
  flags: Flag[];
}

/** The dashboard's whole read model: every topic with the series its charts draw. */
export async function dashboard(db: ReadDb) {
  const cat = await getCatalog(db);
  return derived(cat, 'dashboard', () => buildDashboard(cat, summarise(cat)));
}

function buildDashboard(cat: Catalog, summary: ReturnType<typeof summarise>) {
  // A measure whose claims all await review (a new one proposed by ingest) has nothing to draw yet.
  const drawn = new Set(cat.claims.filter(isActive).map((c) => c.measureId));
  const panels: TopicPanel[] = cat.topics.map((topic) => {
    const measures = cat.measures.filter((m) => m.topicId === topic.id && drawn.has(m.id));
    const own = cat.measures.filter((m) => m.topicId === topic.id);
    return {
      topic,
      comparison: buildComparisonSeries(topic, own, claimsOfTopic(cat, topic.id), cat.flags, fxTable()),
      charts: measures.map((measure) => ({ measure, ...chartOf(cat, measure) })),
      flags: [...new Set(measures.flatMap((m) => cat.flagsByMeasure.get(m.id) ?? []))],
    };
  });
  return { summary, panels: panels.filter((p) => p.charts.length > 0), sources: cat.sources };
}

function chartOf(cat: Catalog, measure: Measure) {
  return derived(cat, `chart:${measure.id}`, () => ({
    series: buildMeasureSeries(measure, claimsOf(cat, measure.id), cat.flagsByMeasure.get(measure.id) ?? [], fxTable()),
    duration: buildDurationSeries(measure, claimsOf(cat, measure.id), cat.flagsByMeasure.get(measure.id) ?? [], fxTable()),
  }));
}

export async function measureChart(db: ReadDb, measure: Measure) {
  return chartOf(await getCatalog(db), measure);
}
