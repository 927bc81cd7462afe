import { z } from 'zod';
import { adminProcedure, publicProcedure, router } from '../init';
import { guard } from '../errors';
import { IdInput, MeasureDetail, MeasureListItem, MeasureUpdate } from '../../domain/api';
import { Measure } from '../../domain/schemas';
import { updateMeasure } from '../../db/measure-edit';
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
  update: adminProcedure
    .meta({
      openapi: {
        method: 'PATCH',
        path: '/measures/{id}',
        protect: true,
        summary: 'Rename or move a measure (Authorization: Bearer <TALLY_ADMIN_TOKEN>)',
        tags: ['measures'],
      },
    })
    .input(MeasureUpdate)
    .output(Measure)
    .mutation(({ ctx, input }) => guard(() => updateMeasure(ctx.db, input))),
  /** The measure page's chart series; tRPC only. */
  chart: publicProcedure.input(IdInput).query(({ ctx, input }) =>
    guard(async () => measureChart(ctx.db.reader(), (await measureDetail(ctx.db.reader(), input.id)).measure)),
  ),
});
