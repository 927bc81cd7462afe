import { fxTable } from '../db/fx';
import { createHash } from 'node:crypto';
import { claimsOf, claimsOfTopic, type Catalog } from '../domain/catalog-model';
import type { Measure, Topic } from '../domain/schemas';
import { buildComparisonSeries, buildDurationSeries, buildMeasureSeries, type IntervalSeries } from '../domain/series';
import { dateLabel } from '../domain/attribution';
import { fromMs, monthsBetween } from '../domain/dates';

/**
 * What an embed draws, and what a pinned version stores: the series exactly as the dashboard's
 * builders make it, plus the source records its source line needs. Everything an embed shows is
 * a pure function of this object, so storing it is enough to show a version forever.
 */
export type EmbedKind = 'measure' | 'topic';

export interface EmbedSource {
  id: string;
  outlet: string;
  title: string;
  url: string | null;
  /** "15 May 2023", or "unknown, estimated …" for a page that prints no date. */
  dateText: string;
}

export interface EmbedModel {
  kind: EmbedKind;
  /** The measure id, or the topic id for a topic's comparison chart. */
  id: string;
  title: string;
  subtitle: string;
  series: IntervalSeries;
  /** Durations only: the months the calendar gives at each point's date (null where undated). */
  calendar: (number | null)[] | null;
  referenceDate: string | null;
  sources: EmbedSource[];
}

function sourcesOf(cat: Catalog, series: IntervalSeries): EmbedSource[] {
  const ids = [...new Set(series.points.map((p) => p.sourceId))];
  return ids.flatMap((id) => {
    const s = cat.sourceById.get(id);
    return s ? [{ id, outlet: s.outlet, title: s.title, url: s.url, dateText: dateLabel(s.published, s.publishedEstimate) }] : [];
  });
}

/** The builder's fields only: a duration series' half-monthly calendar line is not stored twice. */
function plain(s: IntervalSeries): IntervalSeries {
  const { id, title, unit, currency, domain, points, flags, description } = s;
  return { id, title, unit, currency, domain, points, flags, description };
}

export function measureModel(cat: Catalog, m: Measure): EmbedModel {
  const claims = claimsOf(cat, m.id);
  const flags = cat.flagsByMeasure.get(m.id) ?? [];
  const duration = buildDurationSeries(m, claims, flags, fxTable());
  const series = plain(duration ?? buildMeasureSeries(m, claims, flags, fxTable()));
  const ref = duration?.referenceDate ?? null;
  const calendar = ref
    ? series.points.map((p) => (p.x === null || p.estimated ? null : Math.round(monthsBetween(ref, fromMs(p.x)) * 10) / 10))
    : null;
  return { kind: 'measure', id: m.id, title: m.title, subtitle: m.description, series, calendar, referenceDate: ref, sources: sourcesOf(cat, series) };
}

/** A topic's comparison chart, or null when the topic has fewer than two comparable measures. */
export function topicModel(cat: Catalog, t: Topic): EmbedModel | null {
  const built = buildComparisonSeries(t, cat.measures.filter((m) => m.topicId === t.id), claimsOfTopic(cat, t.id), cat.flags, fxTable());
  if (!built) return null;
  const series = plain(built);
  return { kind: 'topic', id: t.id, title: series.title, subtitle: t.description, series, calendar: null, referenceDate: null, sources: sourcesOf(cat, series) };
}

export function findModel(cat: Catalog, kind: EmbedKind, id: string): EmbedModel | null {
  if (kind === 'measure') {
    const m = cat.measureById.get(id);
    return m ? measureModel(cat, m) : null;
  }
  const t = cat.topics.find((x) => x.id === id);
  return t ? topicModel(cat, t) : null;
}

/** The snapshot's exact text: what is hashed and what is stored, so the two can never differ. */
export function snapshotText(model: EmbedModel): string {
  return JSON.stringify(model);
}

/** A version id: 12 hex digits of SHA-256 over the snapshot, so equal data gives an equal pin. */
export function versionOf(snapshot: string): string {
  return createHash('sha256').update(snapshot, 'utf8').digest('hex').slice(0, 12);
}

export const VERSION_RE = /^[0-9a-f]{12}$/;
