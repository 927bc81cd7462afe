import { z } from 'zod';
import { publicProcedure, router } from '../init';
import { guard } from '../errors';
import { answerPage, listOutput, pageParams } from '../page';
import { PageHeaders, PageParams } from '../../domain/page';
import { Flag, FlagKind } from '../../domain/schemas';
import { flagForPage } from '../../domain/flags/for-page';
import { flagNames, flagPage } from '../../db/lists';

/** Disagreements between sources, or notes about the evidence (single source, different measures). */
const FlagGroup = z.enum(['disagreements', 'notes']);

export const flagsRouter = router({
  list: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/flags', summary: 'Every computed disagreement flag, optionally of one kind, measure, topic or group (disagreements or notes); paginated (Link, X-Total-Count)', tags: ['flags'], responseHeaders: PageHeaders } })
    .input(z.object({ kind: FlagKind.optional(), measureId: z.string().min(1).max(200).optional(), topicId: z.string().min(1).max(200).optional(), group: FlagGroup.optional(), ...PageParams }))
    .output(listOutput(Flag))
    .query(({ ctx, input }) => guard(async () => answerPage(ctx, await flagPage(ctx.db.reader(), input, pageParams(input))))),
  /** The /flags page: disagreements before notes, each flag trimmed for a page, with the titles it names; tRPC only. */
  page: publicProcedure
    .input(z.object({ kind: FlagKind.optional(), measureId: z.string().min(1).max(200).optional(), topicId: z.string().min(1).max(200).optional(), group: FlagGroup.optional(), ...PageParams }))
    .query(({ ctx, input }) =>
      guard(async () => {
        const db = ctx.db.reader();
        const page = await flagPage(db, input, { limit: input.limit ?? 50, cursor: input.cursor }, { disagreementsFirst: true });
        return { ...page, items: page.items.map((f) => flagForPage(f)), names: await flagNames(db, page.items) };
      }),
    ),
});
