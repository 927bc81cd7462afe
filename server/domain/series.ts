import type { Claim, Flag, FlagKind, Measure, Topic } from './schemas';
import { formatInterval } from './value';
import { addMonths, estimateMidpoint, formatAsOf, formatDate, monthsBetween, toMs } from './dates';
import { dateLabel, speakerShort } from './attribution';
import { headlineClaim, isActive } from './flags';
import { comparable, EMPTY_FX, type FxTable } from './compare';
import { originsOf } from './origins';
import { bylineOf, reportedByOf } from './chart-label';

/**
 * A claim as its measure's chart draws it: in the measure's unit and currency (an amount at its
 * month's rate, acres as hectares), or null when it cannot be (no rate for that month).
 */
function inMeasureTerms(c: Claim, m: Measure, fx: FxTable): Claim | null {
  const x = comparable(c, m, fx);
  if (x === null) return null;
  return x.converted === null ? c : { ...c, value: { ...x.value, text: c.value.text }, unit: m.currency ?? m.unit };
}

/**
 * Series builders: the one place that turns claims into what a chart draws. The dashboard's
 * Recharts charts and the embed's server-side SVG both read these, so they always agree.
 */
export interface IntervalPoint {
  claimId: string;
  measureId: string;
  sourceId: string;
  /** Row label: what the figure is, for comparison charts; who said it, for a measure's chart. */
  category: string;
  outlet: string;
  speaker: string | null;
  /** The date the figure speaks of, as shown ("15 May 2023", "unknown, estimated …"). */
  dateText: string;
  /** For time axes: the date as epoch ms (an estimate's midpoint when the page is undated). */
  x: number | null;
  estimated: boolean;
  /** The source's publication date as shown: printed, or "unknown, estimated …". */
  publishedText: string;
  valueText: string;
  intervalText: string;
  unit: string;
  /** Drawn extent, clamped into the axis domain; `lowOpen`/`highOpen` say an end is unbounded. */
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
  best: number | null;
  /** How the text hedged it: a vague one ("hundreds") is drawn lightly, never as a measured bar. */
  qualifier: Claim['value']['qualifier'];
  stance: Claim['stance'];
  review: Claim['review'];
  flagKinds: FlagKind[];
  /** Who said it, with the organisation they speak for ("John Kirby, White House"): the chart's label (chart-label.ts). */
  byline: string | null;
  /** Who printed it ("Press Association", or "Press Association and 2 other outlets" for one origin reprinted). */
  reportedBy: string;
  /** The date the value speaks of, short, as the chart's label prints it. */
  dateShort: string;
}

export interface IntervalSeries {
  id: string;
  title: string;
  unit: string;
  currency: string | null;
  domain: [number, number];
  points: IntervalPoint[];
  flags: Flag[];
  description: string;
}

export function niceMax(x: number): number {
  if (x <= 0) return 1;
  const exp = 10 ** Math.floor(Math.log10(x));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (step * exp >= x) return step * exp;
  return 10 * exp;
}

/** Where a time axis places the figure (as_of; an estimate's midpoint) and how its date reads: the span the text named. */
/**
 * Worked out once per claim: a series sorts its claims by date, and a sort that formatted both
 * dates at every comparison spent 7 of a dashboard's 10 s on a topic of 56,000 figures.
 */
const dates = new WeakMap<Claim, { x: number | null; text: string; short: string }>();
function claimDate(c: Claim): { x: number | null; text: string; short: string } {
  let d = dates.get(c);
  if (!d) {
    const x = c.asOf && !c.asOfEstimated ? toMs(c.asOf) : c.publishedEstimate ? toMs(estimateMidpoint(c.publishedEstimate)) : c.asOf ? toMs(c.asOf) : null;
    dates.set(c, (d = { x, text: formatAsOf(c), short: formatAsOf(c, 'short') }));
  }
  return d;
}

function flagKindsByClaim(flags: Flag[]): Map<string, FlagKind[]> {
  const m = new Map<string, FlagKind[]>();
  for (const f of flags) for (const id of f.claimIds) m.set(id, [...(m.get(id) ?? []), f.kind]);
  return m;
}

/**
 * The value axis fits what the figures bound: a denial has no value to place, an open end none
 * beyond its bound, and vague wording ("billions") sets it only by its floor unless nothing firmer
 * is there, so "billions of dollars" does not stretch an axis of millions to a trillion.
 */
function domainFor(claims: Claim[]): [number, number] {
  const asserted = claims.filter((c) => c.stance !== 'denies');
  const bounds = (cs: Claim[], vagueCeiling: boolean) =>
    cs.flatMap((c) => (c.value.qualifier === 'vague' && !vagueCeiling ? [c.value.low] : [c.value.low, c.value.high, c.value.best])).filter((v): v is number => v !== null);
  let finite = bounds(asserted, false);
  if (!asserted.some((c) => c.value.qualifier !== 'vague')) finite = bounds(asserted, true);
  const max = finite.length ? finite.reduce((a, b) => Math.max(a, b), -Infinity) : 1;
  return [0, niceMax(max * 1.25)];
}

function toPoint(c: Claim, category: string, domain: [number, number], kinds: Map<string, FlagKind[]>, outlets: string[] = [c.outlet]): IntervalPoint {
  const d = claimDate(c);
  const [lo, hi] = domain;
  return {
    claimId: c.id,
    measureId: c.measureId,
    sourceId: c.sourceId,
    category,
    outlet: c.outlet,
    speaker: speakerShort(c.speaker),
    dateText: d.text,
    x: d.x,
    estimated: c.asOfEstimated || (!c.asOf && !!c.publishedEstimate),
    publishedText: dateLabel(c.published, c.publishedEstimate),
    valueText: c.value.text,
    intervalText: formatInterval(c.value),
    unit: c.unit,
    low: Math.max(lo, c.value.low ?? lo),
    high: Math.min(hi, c.value.high ?? hi),
    lowOpen: c.value.low === null,
    highOpen: c.value.high === null,
    best: c.value.best,
    qualifier: c.value.qualifier,
    stance: c.stance,
    review: c.review,
    flagKinds: kinds.get(c.id) ?? [],
    byline: bylineOf(c.speaker),
    reportedBy: reportedByOf(outlets),
    dateShort: d.short,
  };
}

function byDate(a: Claim, b: Claim): number {
  return (claimDate(a).x ?? 0) - (claimDate(b).x ?? 0) || a.id.localeCompare(b.id);
}

export function describePoints(title: string, unit: string, points: IntervalPoint[]): string {
  if (points.length === 0) return `${title}: no figures yet.`;
  const items = points.map((p) => `${p.stance === 'denies' ? 'denied' : p.valueText} ${p.stance === 'denies' ? '' : `(${p.intervalText}) `}— ${[p.speaker, p.outlet, p.dateText].filter(Boolean).join(', ')}`);
  const sources = new Set(points.map((p) => p.sourceId)).size;
  return `${title}, in ${unit}: ${points.length} figure${points.length === 1 ? '' : 's'} from ${sources} source${sources === 1 ? '' : 's'}. ${items.join('; ')}.`;
}

/**
 * A series cut to its latest `n` values (points are in date order), its description saying so:
 * what a page draws of a busy measure, worded for what it draws rather than for every figure.
 */
export function latestPoints<T extends IntervalSeries>(s: T, n: number): T {
  if (s.points.length <= n) return s;
  const points = s.points.slice(-n);
  return { ...s, points, description: describePoints(`${s.title} (the latest ${points.length} of ${s.points.length.toLocaleString('en-GB')} values)`, s.unit, points) };
}

/** One measure: a row per claim, each drawn as its interval. */
export function buildMeasureSeries(m: Measure, claims: Claim[], flags: Flag[], fx: FxTable = EMPTY_FX): IntervalSeries {
  const active = claims
    .filter((c) => c.measureId === m.id && isActive(c))
    .flatMap((c) => inMeasureTerms(c, m, fx) ?? [])
    .sort(byDate);
  const domain = domainFor(active);
  const kinds = flagKindsByClaim(flags);
  // One row per origin: the same figure reprinted by three outlets is one value, labelled
  // "John Kirby (White House), reported by 3 outlets"; its mark leads to the first report.
  // The first dated report stands for the origin; an undated reprint only when none is dated.
  const rows = originsOf(active).map((o) => ({ c: [...o.claims].sort((a, b) => Number(claimDate(a).x === null) - Number(claimDate(b).x === null) || byDate(a, b))[0], o }));
  const points = rows
    .sort((a, b) => byDate(a.c, b.c))
    .map(({ c, o }) => toPoint(c, o.outlets.length > 1 ? [o.label, claimDate(c).short].join(' · ') : [c.outlet, speakerShort(c.speaker), claimDate(c).short].filter(Boolean).join(' · '), domain, kinds, o.outlets));
  // The chart keys its rows by label: two figures with one source, speaker and date need two rows.
  const seen = new Map<string, number>();
  for (const p of points) {
    const n = (seen.get(p.category) ?? 0) + 1;
    seen.set(p.category, n);
    if (n > 1) p.category = `${p.category} (${n})`;
  }
  const own = flags.filter((f) => f.measureIds.includes(m.id));
  return { id: m.id, title: m.title, unit: m.unit, currency: m.currency, domain, points, flags: own, description: describePoints(m.title, m.unit, points) };
}

/**
 * A topic's comparison: the headline figure of each related measure side by side ("6,000 agreed"
 * against "more than 400 delivered"). Measures join when they share the topic's commonest unit.
 */
export function buildComparisonSeries(topic: Topic, measures: Measure[], claims: Claim[], flags: Flag[], fx: FxTable = EMPTY_FX): IntervalSeries | null {
  const own = measures.filter((m) => m.topicId === topic.id && m.kind !== 'duration');
  const counts = new Map<string, number>();
  for (const m of own) counts.set(m.unit, (counts.get(m.unit) ?? 0) + 1);
  const unit = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const members = own.filter((m) => m.unit === unit);
  if (!unit || members.length < 2) return null;
  const heads = members
    .map((m) => ({ m, c: headlineClaim(claims.filter((c) => c.measureId === m.id && isActive(c)).flatMap((c) => inMeasureTerms(c, m, fx) ?? [])) }))
    .filter((h): h is { m: Measure; c: Claim } => !!h.c);
  if (heads.length < 2) return null;
  const domain = domainFor(heads.map((h) => h.c));
  const kinds = flagKindsByClaim(flags);
  const points = heads.map((h) => toPoint(h.c, h.m.title, domain, kinds));
  const ids = new Set(points.map((p) => p.claimId));
  const related = flags.filter((f) => f.kind === 'different-measures' && f.claimIds.some((id) => ids.has(id)));
  const title = `${topic.title}: the figures side by side`;
  return { id: `compare-${topic.id}`, title, unit, currency: members[0].currency, domain, points, flags: related, description: describePoints(title, unit, points) };
}

export interface DurationSeries extends IntervalSeries {
  referenceDate: string;
  /** The duration the calendar gives, from the reference date: the line claims are set against. */
  line: { x: number; months: number }[];
  xDomain: [number, number];
}

/**
 * The months the calendar gives from the reference date, every half month until a month past the
 * latest dated point (a year on when none is dated): the line a duration's claims are set against,
 * on the site's chart and in the embed (which stores no line, only the reference date).
 */
export function calendarLine(ref: string, points: Pick<IntervalPoint, 'x'>[]): DurationSeries['line'] {
  const xs = points.map((p) => p.x).filter((x): x is number => x !== null);
  const endIso = addMonths(xs.length ? new Date(xs.reduce((a, b) => Math.max(a, b), -Infinity)).toISOString().slice(0, 10) : addMonths(ref, 12), 1);
  const line: DurationSeries['line'] = [];
  for (let k = 0; ; k++) {
    const iso = addMonths(ref, k / 2);
    if (iso > endIso) break;
    line.push({ x: toMs(iso), months: Math.round(monthsBetween(ref, iso) * 100) / 100 });
  }
  return line;
}

/** A duration since a reference date: the calendar's line, each claim placed at its date against it. */
export function buildDurationSeries(m: Measure, claims: Claim[], flags: Flag[], fx: FxTable = EMPTY_FX): DurationSeries | null {
  if (m.kind !== 'duration' || !m.referenceDate) return null;
  const base = buildMeasureSeries(m, claims, flags, fx);
  const ref = m.referenceDate;
  const line = calendarLine(ref, base.points);
  const last = line[line.length - 1];
  const domain: [number, number] = [0, Math.max(base.domain[1], Math.ceil(last?.months ?? 1))];
  const points = base.points.map((p) => ({ ...p, high: p.highOpen ? domain[1] : p.high }));
  return {
    ...base,
    points,
    domain,
    referenceDate: ref,
    line,
    xDomain: [toMs(ref), last?.x ?? toMs(ref)],
    description: `${base.description} The line is the time elapsed since ${formatDate(ref)} by the calendar.`,
  };
}
