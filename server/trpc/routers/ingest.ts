import { adminProcedure, publicProcedure, router } from '../init';
import { guard } from '../errors';
import { IngestInput } from '../../ingest/input';
import { IngestResult } from '../../ingest/result';
import { ingestArticle, previewIngest } from '../../db/ingest';
import { ingestBatch } from '../../db/ingest-batch';
import { BatchInput, BatchResult, MAX_BATCH_ARTICLES } from '../../ingest/batch';

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
  /** Many articles at once, each stored or refused on its own, with its reason; answered in input order. */
  batch: adminProcedure
    .meta({
      // Each article's raw input is checked on its own (../init.ts), so one bad article is refused alone.
      rawInputItems: 'articles',
      openapi: {
        method: 'POST',
        path: '/sources/batch',
        protect: true,
        summary: `Ingest up to ${MAX_BATCH_ARTICLES} articles, each stored, reported as a duplicate or refused with its reason (Authorization: Bearer <TALLY_ADMIN_TOKEN>)`,
        description: 'Each article is its own transaction and counts as one write against the rate limit. The answer lists, in input order, {index, status: "stored" | "duplicate" | "refused", reason?, result?}.',
        tags: ['sources'],
      },
    })
    .input(BatchInput)
    .output(BatchResult)
    .mutation(({ ctx, input }) => guard(() => ingestBatch(ctx.db, input.articles))),
});
