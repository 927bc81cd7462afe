import { z } from 'zod';
import { publicProcedure, router } from '../init';
import { guard } from '../errors';
import { IdInput, SourceDetail, SourceListItem } from '../../domain/api';
import { sourceDetail, sourceList } from '../../db/views';

export const sourcesRouter = router({
  list: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/sources', summary: 'Every source, newest first, without its text', tags: ['sources'] } })
    .input(z.void())
    .output(z.array(SourceListItem))
    .query(({ ctx }) => guard(() => sourceList(ctx.db.reader()))),
  get: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/sources/{id}', summary: 'One source: metadata, full text and its claims', tags: ['sources'] } })
    .input(IdInput)
    .output(SourceDetail)
    .query(({ ctx, input }) => guard(() => sourceDetail(ctx.db.reader(), input.id))),
});
