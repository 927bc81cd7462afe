import { z } from 'zod';
import { publicProcedure, router } from '../init';
import { guard } from '../errors';
import { answerPage, listOutput, pageParams } from '../page';
import { PageHeaders, PageParams } from '../../domain/page';
import { ClaimDetail, IdInput } from '../../domain/api';
import { Claim } from '../../domain/schemas';
import { claimDetail } from '../../db/views';
import { claimPage } from '../../db/lists';

export const claimsRouter = router({
  list: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/claims', summary: 'Claims, optionally of one measure or one source and in one state; paginated (Link, X-Total-Count)', tags: ['claims'], responseHeaders: PageHeaders } })
    .input(
      z.object({
        measureId: z.string().min(1).max(200).optional(),
        sourceId: z.string().min(1).max(200).optional(),
        state: z.enum(['counted', 'history']).optional().describe('counted: reviewed or accepted automatically; history: pending, rejected or superseded'),
        ...PageParams,
      }),
    )
    .output(listOutput(Claim))
    .query(({ ctx, input }) => guard(async () => answerPage(ctx, await claimPage(ctx.db.reader(), input, pageParams(input))))),
  get: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/claims/{id}', summary: 'One claim with its measure and flags', tags: ['claims'] } })
    .input(IdInput)
    .output(ClaimDetail)
    .query(({ ctx, input }) => guard(() => claimDetail(ctx.db.reader(), input.id))),
});
