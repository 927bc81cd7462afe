import { adminProcedure, publicProcedure, router } from '../init';
import { guard } from '../errors';
import { IngestInput } from '../../ingest/input';
import { IngestResult } from '../../ingest/result';
import { ingestArticle, previewIngest } from '../../db/ingest';

export const ingestRouter = router({
  /** What would be stored: every figure, its interval, speaker, date and proposed measure. Writes nothing. */
  preview: publicProcedure
    .meta({ openapi: { method: 'POST', path: '/sources/preview', summary: 'Analyse an article without storing it', tags: ['sources'] } })
    .input(IngestInput)
    .output(IngestResult)
    .mutation(({ ctx, input }) => guard(() => previewIngest(ctx.db.reader(), input))),
  create: adminProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/sources',
        protect: true,
        summary: 'Ingest an article: store it and its figures (Authorization: Bearer <TALLY_ADMIN_TOKEN>)',
        tags: ['sources'],
      },
    })
    .input(IngestInput)
    .output(IngestResult)
    .mutation(({ ctx, input }) => guard(() => ingestArticle(ctx.db, input))),
});
