import { z } from 'zod';
import { publicProcedure, router } from '../init';
import { guard } from '../errors';
import { Flag, FlagKind } from '../../domain/schemas';
import { flagList } from '../../db/views';

export const flagsRouter = router({
  list: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/flags', summary: 'Every computed disagreement flag, optionally of one kind or measure', tags: ['flags'] } })
    .input(z.object({ kind: FlagKind.optional(), measureId: z.string().min(1).max(200).optional() }))
    .output(z.array(Flag))
    .query(({ ctx, input }) => guard(() => flagList(ctx.db.reader(), input))),
});
