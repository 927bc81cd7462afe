import { publicProcedure, reviewerProcedure, router } from '../init';
import { guard } from '../errors';
import { actorOf } from '../context';
import { PreviewInput, SourceInput } from '../../ingest/input';
import { IngestResult } from '../../ingest/result';
import { ingestArticle, previewIngest } from '../../db/ingest';
import { ingestBatch } from '../../db/ingest-batch';
import { BatchInput, BatchResult, MAX_BATCH_ARTICLES } from '../../ingest/batch';
import { fetchArticle, ingestInputOf, MAX_PAGE_BYTES, MAX_REDIRECTS } from '../../fetch';
import { FetchedArticle, FetchInput } from '../../fetch/schema';

const FETCH_ERRORS = `A link Tally may not or cannot read is a 400 (not http(s), a private or loopback address, by name or once resolved), 413 (page over ${MAX_PAGE_BYTES / 1e6} MB), 415 (not HTML) or 422 (no article in the page, or a host name that does not exist); a far server that cannot be reached, answers an error, redirects more than ${MAX_REDIRECTS} times or in a loop is a 502, one too slow (TALLY_FETCH_TIMEOUT_MS, 10 s by default) a 504. Each answer's message says which.`;

const EDITS =
  '`edits` (optional) corrects the preview row by row, each naming its row by the `claimId` the preview gave it: `drop`, `speaker` {name, role, organisation} or null, `qualifier` (the interval follows the wording table unless `low`/`high` are given), `low`, `high`, `lowInclusive`, `highInclusive`, `unit`, `asOf` (null: the source\'s date), and `measureId` of a live measure or `newMeasure` {title, kind, unit, currency?, topicId | newTopic {title}}; `reason` is kept with the edit. A row the text does not have, an unknown or merged measure or topic, or low above high is a 400 naming the row. A row whose measure a person chose is stored as reviewed.';

export const ingestRouter = router({
  /** What would be stored: every figure, its interval, speaker, date and proposed measure, with a person's edits applied. Writes nothing. */
  preview: publicProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/sources/preview',
        summary: 'Analyse an article without storing it',
        description: `${EDITS} Sent here, the answer shows the rows as they would be stored with those edits.`,
        tags: ['sources'],
      },
    })
    .input(PreviewInput)
    .output(IngestResult)
    .mutation(({ ctx, input }) => guard(() => previewIngest(ctx.db.reader(), input, input.edits))),
  create: reviewerProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/sources',
        protect: true,
        summary: 'Ingest an article: store it and its figures (Authorization: Bearer <TALLY_ADMIN_TOKEN>)',
        description: `Send the article's text with its outlet and title; or send \`url\` alone and Tally fetches the page, reads the article out of it (outlet from the site name, title, published date from its metadata or JSON-LD) and stores it with that URL; outlet, title and published sent with the url take precedence over what the page says. ${FETCH_ERRORS} ${EDITS} Stored with them, each edit is kept in its claim's history (a dropped row in the source's).`,
        tags: ['sources'],
      },
    })
    .input(SourceInput)
    .output(IngestResult)
    .mutation(({ ctx, input }) => guard(async () => ingestArticle(ctx.db, await ingestInputOf(input), undefined, input.edits, actorOf(ctx)))),
  /** The article at a link, for a person to check on /ingest before previewing and storing. Stores nothing. */
  fetch: reviewerProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/sources/fetch',
        protect: true,
        summary: 'Fetch a page and read its article (outlet, title, published date, text) without storing it (Authorization: Bearer <TALLY_ADMIN_TOKEN>)',
        description: `Only for holders of the admin token, so that Tally is nobody's open proxy. ${FETCH_ERRORS}`,
        tags: ['sources'],
      },
    })
    .input(FetchInput)
    .output(FetchedArticle)
    .mutation(({ input }) => guard(() => fetchArticle(input.url))),
  /** Many articles at once, each stored or refused on its own, with its reason; answered in input order. */
  batch: reviewerProcedure
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
