import { z } from 'zod';
import { DateEstimate, IsoDate, Stance } from '../domain/schemas';
import { ValueInterval } from '../domain/value';
import { citationLine, speakerLabel } from '../domain/attribution';
import type { IngestPlan } from './plan';

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
  decision: z.enum(['accepted-automatically', 'needs-review']),
  speaker: z.string().nullable(),
  citation: z.string(),
  stance: Stance,
  asOf: IsoDate.nullable(),
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
});
export type IngestResult = z.infer<typeof IngestResult>;

export function resultOf(plan: IngestPlan, opts: { stored: boolean; duplicate: boolean }): IngestResult {
  const s = plan.source;
  const figures = plan.figures.map(
    (f): IngestedFigure => ({
      claimId: f.claim.id,
      text: f.claim.value.text,
      start: f.claim.figureStart,
      end: f.claim.figureEnd,
      value: f.claim.value,
      unit: f.claim.unit,
      currency: f.claim.currency,
      measureId: f.claim.measureId,
      measureTitle: f.measureTitle,
      newMeasure: !!f.newMeasure,
      confidence: Math.round(f.confidence * 100) / 100,
      reason: f.reason,
      decision: f.decision,
      speaker: speakerLabel(f.claim.speaker),
      citation: citationLine({ speaker: f.claim.speaker, citedBy: f.claim.citedBy, outlet: s.outlet }),
      stance: f.claim.stance,
      asOf: f.claim.asOf ?? s.published,
      periodStart: f.claim.periodStart,
      quote: f.claim.quote,
      quoteStart: f.claim.start,
      quoteEnd: f.claim.end,
    }),
  );
  return {
    sourceId: s.id,
    stored: opts.stored,
    duplicate: opts.duplicate,
    outlet: s.outlet,
    title: s.title,
    published: s.published,
    publishedEstimate: s.publishedEstimate,
    figures,
    accepted: figures.filter((f) => f.decision === 'accepted-automatically').length,
    needsReview: figures.filter((f) => f.decision === 'needs-review').length,
  };
}
