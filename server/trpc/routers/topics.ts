import { z } from 'zod';
import { publicProcedure, reviewerProcedure, router } from '../init';
import { CatalogEvent, Merge, TopicCreate, TopicSplit, TopicUpdate } from '../../domain/catalog-api';
import { Topic } from '../../domain/schemas';
import { catalogHistory, createTopic, mergeTopics, splitTopic, updateTopic } from '../../db/catalog-edit';
import { IdInput } from '../../domain/api';
import { guard } from '../errors';
import { answerPage, listOutput, pageParams } from '../page';
import { PageHeaders, PageInput } from '../../domain/page';
import { TopicListItem, Summary } from '../../domain/api';
import { summary } from '../../db/views';
import { topicPage } from '../../db/lists';
import { dashboard, topicPanel } from '../../db/dashboard';

export const topicsRouter = router({
  list: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/topics', summary: 'Every topic with the ids of its measures and how many figures count; paginated (Link, X-Total-Count)', tags: ['topics'], responseHeaders: PageHeaders } })
    .input(PageInput.optional())
    .output(listOutput(TopicListItem))
    .query(({ ctx, input }) => guard(async () => answerPage(ctx, await topicPage(ctx.db.reader(), pageParams(input))))),
  summary: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/summary', summary: 'Counts of figures, sources, measures and open flags', tags: ['topics'] } })
    .input(z.void())
    .output(Summary)
    .query(({ ctx }) => guard(() => summary(ctx.db.reader()))),
  create: reviewerProcedure
    .meta({ openapi: { method: 'POST', path: '/topics', protect: true, summary: 'Create a topic (reviewer or admin)', tags: ['topics'] } })
    .input(TopicCreate)
    .output(Topic)
    .mutation(({ ctx, input }) => guard(() => createTopic(ctx.db, input, ctx.actor))),
  update: reviewerProcedure
    .meta({ openapi: { method: 'PATCH', path: '/topics/{id}', protect: true, summary: 'Rename or describe a topic (reviewer or admin)', tags: ['topics'] } })
    .input(TopicUpdate)
    .output(Topic)
    .mutation(({ ctx, input }) => guard(() => updateTopic(ctx.db, input, ctx.actor))),
  merge: reviewerProcedure
    .meta({ openapi: { method: 'POST', path: '/topics/{id}/merge', protect: true, summary: 'Move every measure of this topic into another; kept in the history (reviewer or admin)', tags: ['topics'] } })
    .input(Merge)
    .output(Topic)
    .mutation(({ ctx, input }) => guard(() => mergeTopics(ctx.db, input, ctx.actor))),
  split: reviewerProcedure
    .meta({ openapi: { method: 'POST', path: '/topics/{id}/split', protect: true, summary: 'Move some measures of this topic to a new topic (reviewer or admin)', tags: ['topics'] } })
    .input(TopicSplit)
    .output(Topic)
    .mutation(({ ctx, input }) => guard(() => splitTopic(ctx.db, input, ctx.actor))),
  changes: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/topics/{id}/changes', summary: 'Every creation, rename, merge and split of a topic', tags: ['topics'] } })
    .input(IdInput)
    .output(z.array(CatalogEvent))
    .query(({ ctx, input }) => guard(() => catalogHistory(ctx.db.reader(), 'topic', input.id))),
  /** The dashboard's read model (series for every chart); tRPC only, its shape follows the charts. */
  dashboard: publicProcedure.query(({ ctx }) => guard(() => dashboard(ctx.db.reader()))),
  /** One topic's page: its comparison and every measure's chart; tRPC only, like the dashboard. */
  panel: publicProcedure.input(IdInput).query(({ ctx, input }) => guard(() => topicPanel(ctx.db.reader(), input.id))),
});
