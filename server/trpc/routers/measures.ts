import { z } from 'zod';
import { publicProcedure, reviewerProcedure, router } from '../init';
import { guard } from '../errors';
import { answerPage, listOutput, pageParams } from '../page';
import { PageHeaders, PageInput } from '../../domain/page';
import { IdInput, MeasureDetail, MeasureListItem, MeasureUpdate } from '../../domain/api';
import { Measure } from '../../domain/schemas';
import { updateMeasure } from '../../db/measure-edit';
import { CatalogEvent, MeasureCreate, MeasureSplit, Merge } from '../../domain/catalog-api';
import { catalogHistory, createMeasure, mergeMeasures, splitMeasure } from '../../db/catalog-edit';
import { measureDetail } from '../../db/views';
import { measurePage } from '../../db/lists';
import { measureChart } from '../../db/measure-chart';
import { measureClaims, measureOverview } from '../../db/lists';
import { fxTable } from '../../db/fx';
import { PageParams } from '../../domain/page';

export const measuresRouter = router({
  list: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/measures', summary: 'Every measure (of one topic, with topicId) with counts of its claims, sources and flags; paginated (Link, X-Total-Count)', tags: ['measures'], responseHeaders: PageHeaders } })
    .input(PageInput.extend({ topicId: z.string().min(1).max(200).optional() }).optional())
    .output(listOutput(MeasureListItem))
    .query(({ ctx, input }) => guard(async () => answerPage(ctx, await measurePage(ctx.db.reader(), { topicId: input?.topicId }, pageParams(input))))),
  get: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/measures/{id}', summary: 'One measure, its claims and its flags', tags: ['measures'] } })
    .input(IdInput)
    .output(MeasureDetail)
    .query(({ ctx, input }) => guard(() => measureDetail(ctx.db.reader(), input.id))),
  update: reviewerProcedure
    .meta({
      openapi: {
        method: 'PATCH',
        path: '/measures/{id}',
        protect: true,
        summary: 'Rename or move a measure (a reviewer: Authorization: Bearer <token>)',
        tags: ['measures'],
      },
    })
    .input(MeasureUpdate)
    .output(Measure)
    .mutation(({ ctx, input }) => guard(() => updateMeasure(ctx.db, input, ctx.actor))),
  create: reviewerProcedure
    .meta({ openapi: { method: 'POST', path: '/measures', protect: true, summary: 'Create a measure in a topic (reviewer or admin)', tags: ['measures'] } })
    .input(MeasureCreate)
    .output(Measure)
    .mutation(({ ctx, input }) => guard(() => createMeasure(ctx.db, input, ctx.actor))),
  merge: reviewerProcedure
    .meta({ openapi: { method: 'POST', path: '/measures/{id}/merge', protect: true, summary: 'Move every claim of this measure onto another; kept in the history (reviewer or admin)', tags: ['measures'] } })
    .input(Merge)
    .output(Measure)
    .mutation(({ ctx, input }) => guard(() => mergeMeasures(ctx.db, input, ctx.actor))),
  split: reviewerProcedure
    .meta({ openapi: { method: 'POST', path: '/measures/{id}/split', protect: true, summary: 'Move some claims of this measure to a new measure (reviewer or admin)', tags: ['measures'] } })
    .input(MeasureSplit)
    .output(Measure)
    .mutation(({ ctx, input }) => guard(() => splitMeasure(ctx.db, input, ctx.actor))),
  changes: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/measures/{id}/changes', summary: 'Every creation, merge and split of a measure (its claims’ review decisions are at /measures/{id}/history)', tags: ['measures'] } })
    .input(IdInput)
    .output(z.array(CatalogEvent))
    .query(({ ctx, input }) => guard(() => catalogHistory(ctx.db.reader(), 'measure', input.id))),
  /** The measure page's charts, bounded at any size (../../db/measure-chart.ts); tRPC only. */
  chart: publicProcedure.input(IdInput).query(({ ctx, input }) => guard(async () => measureChart(ctx.db.reader(), (await measureOverview(ctx.db.reader(), input.id)).measure))),
  /** The measure page's head: the measure, its topic, flags and counts, without its claims; tRPC only. */
  overview: publicProcedure.input(IdInput).query(({ ctx, input }) => guard(() => measureOverview(ctx.db.reader(), input.id))),
  /** A page of a measure's claims that count, or of its history, with their conversions; tRPC only. */
  claims: publicProcedure
    .input(IdInput.extend({ state: z.enum(['counted', 'history']), ...PageParams }))
    .query(({ ctx, input }) => guard(() => measureClaims(ctx.db.reader(), input.id, input.state, { limit: input.limit ?? 50, cursor: input.cursor }, fxTable()))),
});
