import { z } from 'zod';
import { publicProcedure, router } from '../init';
import { guard } from '../errors';
import { pageFor } from '../page';
import { PageHeaders, PageParams } from '../../domain/page';
import { ClaimDetail, IdInput } from '../../domain/api';
import { Claim } from '../../domain/schemas';
import { claimDetail, claimList } from '../../db/views';

export const claimsRouter = router({
  list: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/claims', summary: 'Claims, optionally of one measure or one source; paginated (Link, X-Total-Count)', tags: ['claims'], responseHeaders: PageHeaders } })
    .input(z.object({ measureId: z.string().min(1).max(200).optional(), sourceId: z.string().min(1).max(200).optional(), ...PageParams }))
    .output(z.array(Claim))
    .query(({ ctx, input }) => guard(async () => pageFor(ctx, await claimList(ctx.db.reader(), input), (c) => c.id, input))),
  get: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/claims/{id}', summary: 'One claim with its measure and flags', tags: ['claims'] } })
    .input(IdInput)
    .output(ClaimDetail)
    .query(({ ctx, input }) => guard(() => claimDetail(ctx.db.reader(), input.id))),
});
