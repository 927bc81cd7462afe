import { z } from 'zod';
import { publicProcedure, router } from '../init';
import { guard } from '../errors';
import { TopicListItem, Summary } from '../../domain/api';
import { summary, topicList } from '../../db/views';
import { dashboard } from '../../db/dashboard';

export const topicsRouter = router({
  list: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/topics', summary: 'Every topic with the ids of its measures', tags: ['topics'] } })
    .input(z.void())
    .output(z.array(TopicListItem))
    .query(({ ctx }) => guard(() => topicList(ctx.db.reader()))),
  summary: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/summary', summary: 'Counts of figures, sources, measures and open flags', tags: ['topics'] } })
    .input(z.void())
    .output(Summary)
    .query(({ ctx }) => guard(() => summary(ctx.db.reader()))),
  /** The dashboard's read model (series for every chart); tRPC only, its shape follows the charts. */
  dashboard: publicProcedure.query(({ ctx }) => guard(() => dashboard(ctx.db.reader()))),
});
