import { z } from 'zod';
import { publicProcedure, router } from '../init';
import { guard } from '../errors';
import { pageFor } from '../page';
import { PageHeaders, PageInput } from '../../domain/page';
import { IdInput, SourceDetail, SourceListItem } from '../../domain/api';
import { sourceDetail, sourceList } from '../../db/views';

export const sourcesRouter = router({
  list: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/sources', summary: 'Every source, newest first, without its text; paginated (Link, X-Total-Count)', tags: ['sources'], responseHeaders: PageHeaders } })
    .input(PageInput.optional())
    .output(z.array(SourceListItem))
    .query(({ ctx, input }) => guard(async () => pageFor(ctx, await sourceList(ctx.db.reader()), (x) => x.id, input ?? {}))),
  get: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/sources/{id}', summary: 'One source: metadata, full text and its claims', tags: ['sources'] } })
    .input(IdInput)
    .output(SourceDetail)
    .query(({ ctx, input }) => guard(() => sourceDetail(ctx.db.reader(), input.id))),
});
