import { z } from 'zod';
import { publicProcedure, reviewerProcedure } from '../init';
import { actorOf } from '../context';
import { guard } from '../errors';
import { answerPage, listOutput, pageParams } from '../page';
import { PageHeaders, PageInput } from '../../domain/page';
import { IdInput } from '../../domain/api';
import { AcceptArticle, BulkOutcome, RejectArticle, RetractArticle, ReviewArticle, ReviewClaim } from '../../domain/review-api';
import { articleClaims, reviewArticles } from '../../db/review-articles';
import { acceptArticle, rejectArticle, retractArticle } from '../../db/review-bulk';

const WRITE = '(a reviewer: a session, a personal token, or Authorization: Bearer <TALLY_ADMIN_TOKEN>). One transaction; each claim it changes gets an event in its history, and the flags are derived once.';

/** /review by article: the queue grouped by source, and the decisions on a whole article. Part of the review router. */
export const reviewArticleProcedures = {
  articles: publicProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/review/articles',
        summary: 'Articles with claims still open (awaiting review or accepted automatically), newest first, each with its counts and first open claims; paginated (Link, X-Total-Count)',
        tags: ['review'],
        responseHeaders: PageHeaders,
      },
    })
    .input(PageInput.optional())
    .output(listOutput(ReviewArticle))
    .query(({ ctx, input }) => guard(async () => answerPage(ctx, await reviewArticles(ctx.db.reader(), pageParams(input))))),
  articleClaims: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/review/articles/{id}/claims', summary: 'Every open claim of one article (at most 500), awaiting review first', tags: ['review'] } })
    .input(IdInput)
    .output(z.array(ReviewClaim))
    .query(({ ctx, input }) => guard(() => articleClaims(ctx.db.reader(), input.id))),
  acceptArticle: reviewerProcedure
    .meta({ openapi: { method: 'POST', path: '/sources/{id}/accept', protect: true, summary: `Accept every confident open claim of an article as reviewed (minConfidence, by default that of automatic acceptance) ${WRITE}`, tags: ['review'] } })
    .input(AcceptArticle)
    .output(BulkOutcome)
    .mutation(({ ctx, input }) => guard(() => acceptArticle(ctx.db, input.id, { minConfidence: input.minConfidence, reason: input.reason }, actorOf(ctx)))),
  rejectArticle: reviewerProcedure
    .meta({ openapi: { method: 'POST', path: '/sources/{id}/reject', protect: true, summary: `Reject an article’s claims awaiting review (which: "open" for those accepted automatically too) with one reason ${WRITE}`, tags: ['review'] } })
    .input(RejectArticle)
    .output(BulkOutcome)
    .mutation(({ ctx, input }) => guard(() => rejectArticle(ctx.db, input.id, input.reason, input.which, actorOf(ctx)))),
  retractArticle: reviewerProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/sources/{id}/retract',
        protect: true,
        summary: `Retract an article: its claims are kept, marked retracted with the reason, and counted nowhere ${WRITE} A second retraction is a 409.`,
        tags: ['review'],
      },
    })
    .input(RetractArticle)
    .output(BulkOutcome)
    .mutation(({ ctx, input }) => guard(() => retractArticle(ctx.db, input.id, input.reason, actorOf(ctx)))),
};
