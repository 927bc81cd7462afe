import { z } from 'zod';
import { adminProcedure, publicProcedure, router } from '../init';
import { guard } from '../errors';
import { pageFor } from '../page';
import { PageHeaders, PageInput } from '../../domain/page';
import { IdInput, MeasureDetail, MeasureListItem, MeasureUpdate } from '../../domain/api';
import { Measure } from '../../domain/schemas';
import { updateMeasure } from '../../db/measure-edit';
import { CatalogEvent, MeasureCreate, MeasureSplit, Merge } from '../../domain/catalog-api';
import { catalogHistory, createMeasure, mergeMeasures, splitMeasure } from '../../db/catalog-edit';
import { measureDetail, measureList } from '../../db/views';
import { measureChart } from '../../db/dashboard';

export const measuresRouter = router({
  list: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/measures', summary: 'Every measure with counts of its claims, sources and flags; paginated (Link, X-Total-Count)', tags: ['measures'], responseHeaders: PageHeaders } })
    .input(PageInput.optional())
    .output(z.array(MeasureListItem))
    .query(({ ctx, input }) => guard(async () => pageFor(ctx, await measureList(ctx.db.reader()), (x) => x.id, input ?? {}))),
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
  create: adminProcedure
    .meta({ openapi: { method: 'POST', path: '/measures', protect: true, summary: 'Create a measure in a topic (admin)', tags: ['measures'] } })
    .input(MeasureCreate)
    .output(Measure)
    .mutation(({ ctx, input }) => guard(() => createMeasure(ctx.db, input))),
  merge: adminProcedure
    .meta({ openapi: { method: 'POST', path: '/measures/{id}/merge', protect: true, summary: 'Move every claim of this measure onto another; kept in the history (admin)', tags: ['measures'] } })
    .input(Merge)
    .output(Measure)
    .mutation(({ ctx, input }) => guard(() => mergeMeasures(ctx.db, input))),
  split: adminProcedure
    .meta({ openapi: { method: 'POST', path: '/measures/{id}/split', protect: true, summary: 'Move some claims of this measure to a new measure (admin)', tags: ['measures'] } })
    .input(MeasureSplit)
    .output(Measure)
    .mutation(({ ctx, input }) => guard(() => splitMeasure(ctx.db, input))),
  changes: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/measures/{id}/changes', summary: 'Every creation, merge and split of a measure (its claims’ review decisions are at /measures/{id}/history)', tags: ['measures'] } })
    .input(IdInput)
    .output(z.array(CatalogEvent))
    .query(({ ctx, input }) => guard(() => catalogHistory(ctx.db.reader(), 'measure', input.id))),
  /** The measure page's chart series; tRPC only. */
  chart: publicProcedure.input(IdInput).query(({ ctx, input }) =>
    guard(async () => measureChart(ctx.db.reader(), (await measureDetail(ctx.db.reader(), input.id)).measure)),
  ),
});
