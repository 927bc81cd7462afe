import { router, createCallerFactory } from './init';
import { topicsRouter } from './routers/topics';
import { measuresRouter } from './routers/measures';
import { claimsRouter } from './routers/claims';
import { sourcesRouter } from './routers/sources';
import { flagsRouter } from './routers/flags';
import { ingestRouter } from './routers/ingest';
import { reviewRouter } from './routers/review';
import { searchRouter } from './routers/search';
import { accountRouter } from './routers/account';

export const appRouter = router({
  topics: topicsRouter,
  measures: measuresRouter,
  claims: claimsRouter,
  sources: sourcesRouter,
  flags: flagsRouter,
  ingest: ingestRouter,
  review: reviewRouter,
  search: searchRouter,
  account: accountRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
