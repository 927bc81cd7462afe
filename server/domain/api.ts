import { z } from 'zod';
import { Claim, Flag, Measure, Source, SourceSummary, Topic } from './schemas';

/** The shapes the API answers with: the zod schema is the type, shared by tRPC and OpenAPI. */
export const TopicListItem = Topic.extend({ measureIds: z.array(z.string()), figureCount: z.number().int().describe('Figures that count (reviewed or accepted automatically) across its measures') });
export const MeasureListItem = Measure.extend({
  claimCount: z.number().int(),
  sourceCount: z.number().int(),
  flagCount: z.number().int(),
});
export const MeasureDetail = z.object({
  measure: Measure,
  topic: Topic,
  claims: z.array(Claim),
  flags: z.array(Flag),
  /** Claims stated in another currency or unit, by id: "€140m ≈ 142.7 million USD (1 EUR = 1.0192 USD, Nov 2022 average …)". */
  conversions: z.record(z.string(), z.string()),
});
export type MeasureDetail = z.infer<typeof MeasureDetail>;
export const SourceListItem = SourceSummary.extend({ claimCount: z.number().int() });
export const SourceDetail = z.object({
  source: Source,
  /** The source this one reprints (source.reprintOf), as its page names it. */
  original: SourceSummary.pick({ id: true, outlet: true, title: true, published: true }).nullish(),
  claims: z.array(Claim),
  flags: z.array(Flag),
  measures: z.array(Measure),
});
export type SourceDetail = z.infer<typeof SourceDetail>;
export const ClaimDetail = z.object({ claim: Claim, measure: Measure, flags: z.array(Flag) });
export const Summary = z.object({
  figures: z.number().int(),
  sources: z.number().int(),
  measures: z.number().int(),
  openFlags: z.number().int(),
  flagsByKind: z.record(z.string(), z.number().int()),
  pending: z.number().int(),
});
export type Summary = z.infer<typeof Summary>;

export const IdInput = z.object({ id: z.string().min(1).max(200) });

/** What a person may change about a measure: its wording and where it sits, never its claims. */
export const MeasureUpdate = z
  .object({
    id: z.string().min(1).max(200),
    title: z.string().trim().min(3, 'a title needs at least 3 characters').max(120).optional(),
    description: z.string().trim().max(500).optional(),
    topicId: z.string().min(1).max(200).optional(),
    unit: z.string().trim().min(1, 'say what the measure counts').max(40).optional(),
    kind: Measure.shape.kind.optional(),
    keywords: z.array(z.string().trim().toLowerCase().min(2).max(40)).max(30).optional(),
  })
  .refine((u) => Object.keys(u).length > 1, { message: 'nothing to change: give at least one of title, description, topicId, unit, kind, keywords' });
export type MeasureUpdate = z.infer<typeof MeasureUpdate>;
