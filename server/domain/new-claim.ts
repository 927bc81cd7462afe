import { z } from 'zod';
import { Claim } from './schemas';

/** What is stored for a claim: the record less what is joined from its source or derived on read. */
export const NewClaim = Claim.omit({
  outlet: true,
  sourceTitle: true,
  published: true,
  publishedEstimate: true,
  url: true,
  citation: true,
  asOfEstimated: true,
});
export type NewClaim = z.infer<typeof NewClaim>;
