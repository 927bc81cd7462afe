import { z } from 'zod';
import { publicProcedure, reviewerProcedure, router } from '../init';
import { guard } from '../errors';
import { Claim, InputDate, Slug, Speaker } from '../../domain/schemas';
import { LARGEST_FIGURE, ValueInterval } from '../../domain/value';
import { acceptClaim, editClaim, rejectClaim } from '../../db/review';
import { claimHistory } from '../../db/views';
import { reviewPage } from '../../db/lists';
import { answerPage, listOutput, pageParams } from '../page';
import { PageHeaders, PageParams } from '../../domain/page';
import { reviewArticleProcedures } from './review-articles';

const ClaimId = z.object({ id: z.string().min(1).max(200) });
const Reason = z.string().trim().min(3, 'say why, in a few words').max(1000);
/** A corrected value: the same bounds an extracted figure has (server/extract/figures.ts). */
const EditedValue = ValueInterval.superRefine((v, ctx) => {
  for (const k of ['low', 'high', 'best'] as const) {
    const x = v[k];
    if (x !== null && Math.abs(x) > LARGEST_FIGURE) ctx.addIssue({ code: 'custom', path: [k], message: `${k} is too large to be a figure (at most ${LARGEST_FIGURE.toExponential()} either way)` });
  }
});

export const reviewRouter = router({
  queue: publicProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/review',
        summary: 'Claims awaiting review, then those accepted automatically (of one state, with state; state=set-aside lists the figures set aside as incidental); paginated (Link, X-Total-Count)',
        tags: ['review'],
        responseHeaders: PageHeaders,
      },
    })
    .input(z.object({ state: z.enum(['pending', 'auto', 'set-aside']).optional(), ...PageParams }).optional())
    .output(listOutput(Claim.extend({ measureTitle: z.string() })))
    .query(({ ctx, input }) => guard(async () => answerPage(ctx, await reviewPage(ctx.db.reader(), { state: input?.state }, pageParams(input))))),
  history: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/measures/{id}/history', summary: 'Every review decision on a measure’s claims, with when and why', tags: ['review'] } })
    .input(z.object({ id: z.string().min(1).max(200) }))
    .output(z.array(z.object({ claimId: z.string(), action: z.string(), reason: z.string().nullable(), at: z.string(), valueText: z.string().describe('The claim’s value as worded'), by: z.string().describe('Who decided: a person’s name, “admin token”, or “unknown” (before accounts)') })))
    .query(({ ctx, input }) => guard(() => claimHistory(ctx.db.reader(), input.id))),
  accept: reviewerProcedure
    .input(ClaimId.extend({ reason: z.string().trim().max(1000).nullish() }))
    .mutation(({ ctx, input }) => guard(() => acceptClaim(ctx.db, input.id, input.reason ?? null, ctx.actor))),
  reject: reviewerProcedure.input(ClaimId.extend({ reason: Reason })).mutation(({ ctx, input }) => guard(() => rejectClaim(ctx.db, input.id, input.reason, ctx.actor))),
  edit: reviewerProcedure
    .input(
      ClaimId.extend({
        reason: Reason,
        value: EditedValue.optional(),
        measureId: Slug.optional(),
        speaker: Speaker.nullable().optional(),
        asOf: InputDate.nullable().optional(),
        unit: z.string().trim().min(1, 'say what the figure counts').max(40).optional(),
      }),
    )
    .mutation(({ ctx, input }) => guard(() => editClaim(ctx.db, input.id, input, input.reason, ctx.actor))),
  ...reviewArticleProcedures,
  /** Lets the pages check a token before they show the write controls. */
  whoami: reviewerProcedure.query(({ ctx }) => ({ admin: ctx.role === 'admin', role: ctx.role, name: ctx.user?.name ?? null })),
});
