import { z } from 'zod';
import { publicProcedure, router } from '../init';
import { guard } from '../errors';
import { IdInput, MeasureDetail, MeasureListItem } from '../../domain/api';
import { measureDetail, measureList } from '../../db/views';
import { measureChart } from '../../db/dashboard';

export const measuresRouter = router({
  list: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/measures', summary: 'Every measure with counts of its claims, sources and flags', tags: ['measures'] } })
    .input(z.void())
    .output(z.array(MeasureListItem))
    .query(({ ctx }) => guard(() => measureList(ctx.db.reader()))),
  get: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/measures/{id}', summary: 'One measure, its claims and its flags', tags: ['measures'] } })
    .input(IdInput)
    .output(MeasureDetail)
    .query(({ ctx, input }) => guard(() => measureDetail(ctx.db.reader(), input.id))),
  /** The measure page's chart series; tRPC only. */
  chart: publicProcedure.input(IdInput).query(({ ctx, input }) =>
    guard(async () => measureChart(ctx.db.reader(), (await measureDetail(ctx.db.reader(), input.id)).measure)),
  ),
});
