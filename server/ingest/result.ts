import { z } from 'zod';
import { DateEstimate, IsoDate, Speaker, Stance } from '../domain/schemas';
import { ValueInterval } from '../domain/value';
import { citationLine, speakerLabel } from '../domain/attribution';
import { formatAsOf } from '../domain/dates';
import type { IngestPlan, PlannedFigure } from './plan';
import type { EditOutcome } from './edits';
import type { NewClaim } from '../domain/new-claim';

/** What ingest answers, from the page, the CLI and HTTP alike: per figure, what and which measure. */
export const IngestedFigure = z.object({
  claimId: z.string(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  value: ValueInterval,
  unit: z.string(),
  currency: z.string().nullable(),
  measureId: z.string(),
  measureTitle: z.string(),
  newMeasure: z.boolean(),
  confidence: z.number(),
  reason: z.string(),
  /** accepted: a person chose its measure in the preview, so it is stored as reviewed; set-aside: incidental to the story, kept but counted nowhere. */
  decision: z.enum(['accepted-automatically', 'needs-review', 'accepted', 'set-aside']),
  /** A person changed it in the preview before it was stored (kept in its history). */
  edited: z.boolean().optional(),
  speaker: z.string().nullable(),
  /** The speaker as recorded (name, role, organisation), for a form to edit. */
  speakerDetail: Speaker.nullable().optional(),
  citation: z.string(),
  stance: Stance,
  asOf: IsoDate.nullable(),
  /** The as-of as the site will say it: the span the words named ("2022" for "last year"), else the day. */
  asOfText: z.string().optional(),
  periodStart: IsoDate.nullable(),
  quote: z.string(),
  quoteStart: z.number().int(),
  quoteEnd: z.number().int(),
});
export type IngestedFigure = z.infer<typeof IngestedFigure>;

export const IngestResult = z.object({
  sourceId: z.string(),
  stored: z.boolean(),
  duplicate: z.boolean(),
  outlet: z.string(),
  title: z.string(),
  published: IsoDate.nullable(),
  publishedEstimate: DateEstimate.nullable(),
  figures: z.array(IngestedFigure),
  accepted: z.number().int(),
  needsReview: z.number().int(),
  /** Figures a person accepted in the preview (chose their measure): stored as reviewed. */
  reviewed: z.number().int().optional(),
  /** Figures read as incidental to the story ("two dogs", an age): stored, counted nowhere, listed under /review?show=set-aside. */
  setAside: z.number().int().optional(),
  /** Rows a person dropped in the preview: not stored, the decision kept in the source's history. */
  dropped: z.array(IngestedFigure).optional(),
  /** The earlier source this text is a near-copy of: stored as its reprint, its figures of that origin. */
  reprintOf: z.string().nullish(),
});
export type IngestResult = z.infer<typeof IngestResult>;

interface FigureContext {
  outlet: string;
  published: string | null;
  measureTitle: string;
  newMeasure: boolean;
  confidence: number;
  reason: string;
  decision: IngestedFigure['decision'];
}

/** One stored or planned claim as the ingest answer reports it. */
export function ingestedFigure(c: NewClaim, x: FigureContext): IngestedFigure {
  return {
    claimId: c.id,
    text: c.value.text,
    start: c.figureStart,
    end: c.figureEnd,
    value: c.value,
    unit: c.unit,
    currency: c.currency,
    measureId: c.measureId,
    measureTitle: x.measureTitle,
    newMeasure: x.newMeasure,
    confidence: Math.round(x.confidence * 100) / 100,
    reason: x.reason,
    decision: x.decision,
    speaker: speakerLabel(c.speaker),
    speakerDetail: c.speaker,
    citation: citationLine({ speaker: c.speaker, citedBy: c.citedBy, outlet: x.outlet }),
    stance: c.stance,
    asOf: c.asOf ?? x.published,
    asOfText: formatAsOf({ asOf: c.asOf ?? x.published, asOfEstimated: false, asOfSpan: c.asOfSpan, publishedEstimate: null }),
    periodStart: c.periodStart,
    quote: c.quote,
    quoteStart: c.start,
    quoteEnd: c.end,
  };
}

type Header = Pick<IngestResult, 'sourceId' | 'stored' | 'duplicate' | 'outlet' | 'title' | 'published' | 'publishedEstimate'>;

export function summarise(header: Header, figures: IngestedFigure[]): IngestResult {
  return {
    ...header,
    figures,
    accepted: figures.filter((f) => f.decision === 'accepted-automatically').length,
    needsReview: figures.filter((f) => f.decision === 'needs-review').length,
    reviewed: figures.filter((f) => f.decision === 'accepted').length,
    setAside: figures.filter((f) => f.decision === 'set-aside').length,
  };
}

/** The answer for a plan, as a person edited it in the preview when they did (./edits). */
export function resultOf(plan: IngestPlan, opts: { stored: boolean; duplicate: boolean }, edits?: Pick<EditOutcome, 'dropped' | 'edited'>): IngestResult {
  const s = plan.source;
  const edited = new Set(edits?.edited.map((e) => e.claimId));
  const figure = (f: PlannedFigure): IngestedFigure => ({
    ...ingestedFigure(f.claim, {
      outlet: s.outlet,
      published: s.published,
      measureTitle: f.measureTitle,
      newMeasure: !!f.newMeasure,
      confidence: f.confidence,
      reason: f.reason,
      decision: f.decision,
    }),
    ...(edited.has(f.claim.id) ? { edited: true } : {}),
  });
  const { id, outlet, title, published, publishedEstimate } = s;
  const result = summarise({ sourceId: id, outlet, title, published, publishedEstimate, ...opts }, plan.figures.map(figure));
  return edits?.dropped.length ? { ...result, dropped: edits.dropped.map(figure) } : result;
}
