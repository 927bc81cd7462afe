import { publicProcedure, router } from '../init';
import { guard } from '../errors';
import { answerPage, listOutput, pageParams } from '../page';
import { PageHeaders, PageInput } from '../../domain/page';
import { IdInput, SourceDetail, SourceListItem } from '../../domain/api';
import { sourceDetail } from '../../db/views';
import { sourcePage } from '../../db/lists';

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
});
