import { analyseArticle, type AnalysedFigure } from '../extract';
import type { DateEstimate, Measure, MeasureKind, Speaker } from '../domain/schemas';
import type { NewClaim } from '../domain/new-claim';
import { estimatePublished } from '../domain/estimate';
import type { ValueInterval } from '../domain/value';
import type { IngestInput } from './input';
import { contentHash as hashText } from '../domain/hash';
import { UNSORTED_TOPIC } from '../domain/unsorted';

/** Figures matched at least this surely are accepted at once (shown as not reviewed). */
export const AUTO_ACCEPT = 0.75;

export interface PlannedFigure {
  claim: NewClaim;
  measureTitle: string;
  /** A measure the figure proposes because none fits; created with the claim. */
  newMeasure: Measure | null;
  confidence: number;
  reason: string;
  decision: 'accepted-automatically' | 'needs-review';
}

export interface IngestPlan {
  source: { id: string; outlet: string; title: string; url: string | null; published: string | null; publishedEstimate: DateEstimate | null; text: string; contentHash: string };
  figures: PlannedFigure[];
}

export function slug(s: string, max = 48): string {
  return (
    s
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, max)
      .replace(/-+$/, '') || 'x'
  );
}

function valueOf(a: AnalysedFigure): ValueInterval {
  const f = a.figure;
  // A denial asserts nothing: it is drawn at zero and flagged against what others assert.
  if (a.attribution.stance === 'denies') return { low: 0, high: 0, best: 0, lowInclusive: true, highInclusive: true, qualifier: 'none', text: f.text };
  return { low: f.low, high: f.high, best: f.value, lowInclusive: f.lowInclusive, highInclusive: f.highInclusive, qualifier: f.qualifier, text: f.text };
}

const KIND_OF: Record<string, MeasureKind> = { duration: 'duration', money: 'amount' };

/** A measure for a figure that fits none: named from what it counts, waiting in "New figures". */
function proposeNewMeasure(a: AnalysedFigure, taken: Set<string>): Measure {
  const f = a.figure;
  const what = f.thing ?? f.unit ?? f.kind;
  const base = slug(`${what}-${f.kind}`, 40);
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  taken.add(id);
  const title = `${what.charAt(0).toUpperCase()}${what.slice(1)} (${f.kind === 'money' ? `amount${f.currency ? `, ${f.currency}` : ''}` : f.kind})`;
  return {
    id,
    topicId: UNSORTED_TOPIC.id,
    title,
    description: `Proposed by ingest for “${f.text}${f.thing ? ` ${f.thing}` : ''}”.`,
    unit: f.unit ?? f.thing ?? 'count',
    currency: f.currency,
    kind: KIND_OF[f.kind] ?? 'count',
    referenceDate: null,
    tolerance: 0.05,
    keywords: f.thing ? [f.thing.toLowerCase()] : [],
    position: 100 + taken.size,
  };
}

/** Everything an ingest would store, decided without storage: the preview and the write share it. */
export function planIngest(input: IngestInput, measures: Measure[]): IngestPlan {
  const contentHash = hashText(input.text);
  const sourceId = `${slug(input.outlet, 24)}-${slug(input.title, 40)}-${contentHash.slice(0, 6)}`;
  const published = input.published ?? null;
  const byId = new Map(measures.map((m) => [m.id, m]));
  const taken = new Set(measures.map((m) => m.id));
  const figures = analyseArticle(input.text, published, measures).map((a, i): PlannedFigure => {
    const known = a.measure.measureId ? byId.get(a.measure.measureId) : undefined;
    const newMeasure = known ? null : proposeNewMeasure(a, taken);
    const measure = known ?? newMeasure!;
    const sure = !!known && a.measure.confidence >= AUTO_ACCEPT;
    const speaker: Speaker | null = a.attribution.speaker;
    return {
      claim: {
        id: `c-${contentHash.slice(0, 10)}-${String(i + 1).padStart(2, '0')}`,
        measureId: measure.id,
        sourceId,
        value: valueOf(a),
        unit: a.figure.unit ?? measure.unit,
        currency: a.figure.currency,
        // Stored only when the sentence dates the figure; otherwise it follows the source's date.
        asOf: a.asOf.asOf && a.asOf.asOf !== published ? a.asOf.asOf : null,
        periodStart: a.asOf.periodStart,
        speaker,
        citedBy: a.attribution.citedBy,
        stance: a.attribution.stance,
        quote: a.quote.text,
        start: a.quote.start,
        end: a.quote.end,
        figureStart: a.figure.start,
        figureEnd: a.figure.end,
        origin: 'extracted',
        review: sure ? 'auto' : 'pending',
        confidence: a.measure.confidence,
        note: null,
        supersedes: null,
      },
      measureTitle: measure.title,
      newMeasure,
      confidence: a.measure.confidence,
      reason: a.measure.reason,
      decision: sure ? 'accepted-automatically' : 'needs-review',
    };
  });
  const measureMap = new Map([...byId, ...figures.flatMap((f) => (f.newMeasure ? [[f.newMeasure.id, f.newMeasure] as const] : []))]);
  const publishedEstimate = published ? null : estimatePublished(figures.map((f) => f.claim), measureMap);
  return {
    source: { id: sourceId, outlet: input.outlet, title: input.title, url: input.url ?? null, published, publishedEstimate, text: input.text, contentHash },
    figures,
  };
}
