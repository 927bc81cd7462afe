import { z } from 'zod';
import { Claim, DateEstimate, IsoDate } from './schemas';

/** /review by article, and what its bulk decisions answer. */
export const ReviewClaim = Claim.extend({ measureTitle: z.string() });
export type ReviewClaim = z.infer<typeof ReviewClaim>;

export const ReviewArticle = z.object({
  sourceId: z.string(),
  outlet: z.string(),
  title: z.string(),
  published: IsoDate.nullable(),
  publishedEstimate: DateEstimate.nullable(),
  addedAt: z.string(),
  pending: z.number().int().describe('Claims awaiting review'),
  auto: z.number().int().describe('Claims accepted automatically, not reviewed'),
  confident: z.number().int().describe('Open claims whose measure was matched confidently (what "accept all confident" accepts)'),
  claims: z.array(ReviewClaim).describe('Its first open claims, awaiting review first, in reading order'),
  more: z.number().int().describe('Open claims beyond those listed (GET /review/articles/{id}/claims lists them all)'),
});
export type ReviewArticle = z.infer<typeof ReviewArticle>;

const Id = z.string().min(1).max(200);
const Why = z.string().trim().min(3, 'say why, in a few words (kept in the history)').max(1000);

export const AcceptArticle = z.object({
  id: Id,
  /** Open claims matched at least this surely are accepted; by default those ingest accepted automatically. */
  minConfidence: z.number().min(0).max(1).optional(),
  reason: z.string().trim().max(1000).nullish(),
});
export const RejectArticle = z.object({
  id: Id,
  reason: Why,
  /** pending: the claims awaiting review (the default); open: those accepted automatically too. */
  which: z.enum(['pending', 'open']).default('pending'),
});
export const RetractArticle = z.object({ id: Id, reason: Why });

export const BulkOutcome = z.object({
  sourceId: z.string(),
  /** The claims this decision changed. */
  claimIds: z.array(z.string()),
  count: z.number().int(),
});
export type BulkOutcome = z.infer<typeof BulkOutcome>;

export const SourceHistory = z.object({
  /** Set when the article was retracted: its claims are kept, marked retracted, counted nowhere. */
  retraction: z.object({ reason: z.string(), at: z.string() }).nullable(),
  events: z.array(
    z.object({
      claimId: z.string().nullable().describe('null for a decision about the article as a whole (a retraction, a figure dropped in the preview)'),
      action: z.string(),
      reason: z.string().nullable(),
      at: z.string(),
      valueText: z.string().nullable(),
      by: z.string().describe('Who decided: a person’s name, “admin token”, or “unknown”'),
    }),
  ),
});
export type SourceHistory = z.infer<typeof SourceHistory>;
