import { publicProcedure, router } from '../init';
import { guard } from '../errors';
import { answerPage, listOutput, pageParams } from '../page';
import { PageHeaders, PageInput } from '../../domain/page';
import { IdInput, SourceDetail, SourceListItem } from '../../domain/api';
import { sourceDetail } from '../../db/views';
import { sourcePage } from '../../db/lists';
import { SourceHistory } from '../../domain/review-api';
import { sourceHistoryOf } from '../../db/source-events';

export const sourcesRouter = router({
  list: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/sources', summary: 'Every source, newest first, without its text; paginated (Link, X-Total-Count)', tags: ['sources'], responseHeaders: PageHeaders } })
    .input(PageInput.optional())
    .output(listOutput(SourceListItem))
    .query(({ ctx, input }) => guard(async () => answerPage(ctx, await sourcePage(ctx.db.reader(), pageParams(input))))),
  get: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/sources/{id}', summary: 'One source: metadata, full text and its claims', tags: ['sources'] } })
    .input(IdInput)
    .output(SourceDetail)
    .query(({ ctx, input }) => guard(() => sourceDetail(ctx.db.reader(), input.id))),
  history: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/sources/{id}/history', summary: 'Every review decision on a source and its claims, oldest first (at most 500), and its retraction if it was retracted', tags: ['sources'] } })
    .input(IdInput)
    .output(SourceHistory)
    .query(({ ctx, input }) => guard(() => sourceHistoryOf(ctx.db.reader(), input.id))),
});
