import { z } from 'zod';
import { AsOfSpan, Claim } from './schemas';

/** What is stored for a claim: the record less what is joined from its source or derived on read. */
export const NewClaim = Claim.omit({
  outlet: true,
  sourceTitle: true,
  published: true,
  publishedEstimate: true,
  url: true,
  citation: true,
  asOfEstimated: true,
  asOfText: true,
  asOfSpan: true,
}).extend({
  // Optional for writers that date a figure to a day (curated data, corrections): no span, a day.
  asOfSpan: AsOfSpan.nullish(),
});
export type NewClaim = z.infer<typeof NewClaim>;
