import { fxTable } from '../db/fx';
import { createHash } from 'node:crypto';
import { claimsOf, claimsOfTopic, type Catalog } from '../domain/catalog-model';
import type { Claim, Flag, Measure, Topic } from '../domain/schemas';
import { buildComparisonSeries, buildDurationSeries, buildMeasureSeries, latestPoints, type IntervalSeries } from '../domain/series';
import { TIMELINE_POINTS } from '../domain/timeline';
import { dateLabel } from '../domain/attribution';
import { fromMs, monthsBetween } from '../domain/dates';
import { computeFlags, isActive } from '../domain/flags';

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

/** What a value's detail (hover, tap, the table) says beyond its label: the quote and who cited whom. */
export interface EmbedDetail {
  quote: string;
  citation: string;
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
  /** Each plotted claim's quote and citation chain, by claim id (absent in snapshots older than it). */
  details?: Record<string, EmbedDetail>;
  /** True when figures nobody has reviewed are included (?unreviewed=1); absent otherwise. */
  unreviewed?: true;
}

/** Which figures a chart draws: reviewed and curated ones, or (when asked) every accepted one. */
export interface ModelOptions {
  unreviewed?: boolean;
}

/**
 * A figure an embed shows by default: a person reviewed it, or it is curated. Figures accepted
 * automatically ("auto", not reviewed) appear only when the embed asks for them; pending,
 * rejected and superseded ones never (the series builders leave those out in any case).
 */
export const reviewedOrCurated = (c: Pick<Claim, 'review' | 'origin'>) => c.review === 'reviewed' || c.origin === 'curated';

/**
 * The claims a chart may draw, and the flags between them. When figures are left out, the flags
 * are worked out again without them (as the site derives them, server/domain/flags): a flag that
 * named a hidden figure would explain what is not there, and dropping it would hide a
 * disagreement between the figures that are.
 */
function visible(cat: Catalog, claims: Claim[], flags: Flag[], opts: ModelOptions): { claims: Claim[]; flags: Flag[] } {
  if (opts.unreviewed || claims.every((c) => !isActive(c) || reviewedOrCurated(c))) return { claims, flags };
  const shown = claims.filter(reviewedOrCurated);
  const ids = new Set(claims.map((c) => c.id));
  const again = computeFlags(cat.claims.filter(reviewedOrCurated), cat.measures, fxTable());
  return { claims: shown, flags: again.filter((f) => f.claimIds.some((id) => ids.has(id))) };
}

function detailsOf(series: IntervalSeries, claims: Claim[]): Record<string, EmbedDetail> {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const out: Record<string, EmbedDetail> = {};
  for (const p of series.points) {
    const c = byId.get(p.claimId);
    if (c) out[p.claimId] = { quote: c.quote, citation: c.citation };
  }
  return out;
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

export function measureModel(cat: Catalog, m: Measure, opts: ModelOptions = {}): EmbedModel {
  const { claims, flags } = visible(cat, claimsOf(cat, m.id), cat.flagsByMeasure.get(m.id) ?? [], opts);
  const duration = buildDurationSeries(m, claims, flags, fxTable());
  // A busy measure's embed draws its latest values, as its page's time axis does: every figure of
  // one with thousands was a picture (and a stored snapshot) of megabytes.
  const series = plain(latestPoints(duration ?? buildMeasureSeries(m, claims, flags, fxTable()), TIMELINE_POINTS));
  const ref = duration?.referenceDate ?? null;
  const calendar = ref
    ? series.points.map((p) => (p.x === null || p.estimated ? null : Math.round(monthsBetween(ref, fromMs(p.x)) * 10) / 10))
    : null;
  const model: EmbedModel = { kind: 'measure', id: m.id, title: m.title, subtitle: m.description, series, calendar, referenceDate: ref, sources: sourcesOf(cat, series), details: detailsOf(series, claims) };
  return opts.unreviewed ? { ...model, unreviewed: true } : model;
}

/** A topic's comparison chart, or null when the topic has fewer than two comparable measures. */
export function topicModel(cat: Catalog, t: Topic, opts: ModelOptions = {}): EmbedModel | null {
  const { claims, flags } = visible(cat, claimsOfTopic(cat, t.id), cat.flags, opts);
  const built = buildComparisonSeries(t, cat.measures.filter((m) => m.topicId === t.id), claims, flags, fxTable());
  if (!built) return null;
  const series = plain(built);
  const model: EmbedModel = { kind: 'topic', id: t.id, title: series.title, subtitle: t.description, series, calendar: null, referenceDate: null, sources: sourcesOf(cat, series), details: detailsOf(series, claims) };
  return opts.unreviewed ? { ...model, unreviewed: true } : model;
}

export function findModel(cat: Catalog, kind: EmbedKind, id: string, opts: ModelOptions = {}): EmbedModel | null {
  if (kind === 'measure') {
    const m = cat.measureById.get(id);
    return m ? measureModel(cat, m, opts) : null;
  }
  const t = cat.topics.find((x) => x.id === id);
  return t ? topicModel(cat, t, opts) : null;
}

/** How many figures the default chart leaves out for want of a review (what the Embed dialog offers to add). */
export function unreviewedCount(cat: Catalog, kind: EmbedKind, id: string): number {
  const all = findModel(cat, kind, id, { unreviewed: true });
  if (!all) return 0;
  const byId = new Map((kind === 'measure' ? claimsOf(cat, id) : claimsOfTopic(cat, id)).map((c) => [c.id, c]));
  return all.series.points.filter((p) => {
    const c = byId.get(p.claimId);
    return c && !reviewedOrCurated(c);
  }).length;
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
