import { z } from 'zod';
import { Claim, Flag, Measure, Source, SourceSummary, Topic } from './schemas';

/** The shapes the API answers with: the zod schema is the type, shared by tRPC and OpenAPI. */
export const TopicListItem = Topic.extend({ measureIds: z.array(z.string()) });
export const MeasureListItem = Measure.extend({
  claimCount: z.number().int(),
  sourceCount: z.number().int(),
  flagCount: z.number().int(),
});
export const MeasureDetail = z.object({ measure: Measure, topic: Topic, claims: z.array(Claim), flags: z.array(Flag) });
export type MeasureDetail = z.infer<typeof MeasureDetail>;
export const SourceListItem = SourceSummary.extend({ claimCount: z.number().int() });
export const SourceDetail = z.object({ source: Source, claims: z.array(Claim), flags: z.array(Flag), measures: z.array(Measure) });
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
