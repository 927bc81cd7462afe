import { z } from 'zod';
import { publicProcedure, router } from '../init';
import { guard } from '../errors';
import { answerPage, listOutput, pageParams } from '../page';
import { PageHeaders, PageParams } from '../../domain/page';
import { Flag, FlagKind } from '../../domain/schemas';
import { flagPage } from '../../db/lists';

export const flagsRouter = router({
  list: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/flags', summary: 'Every computed disagreement flag, optionally of one kind or measure; paginated (Link, X-Total-Count)', tags: ['flags'], responseHeaders: PageHeaders } })
    .input(z.object({ kind: FlagKind.optional(), measureId: z.string().min(1).max(200).optional(), ...PageParams }))
    .output(listOutput(Flag))
    .query(({ ctx, input }) => guard(async () => answerPage(ctx, await flagPage(ctx.db.reader(), input, pageParams(input))))),
});
