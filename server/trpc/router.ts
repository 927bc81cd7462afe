import { router, createCallerFactory } from './init';
import { topicsRouter } from './routers/topics';
import { measuresRouter } from './routers/measures';
import { claimsRouter } from './routers/claims';
import { sourcesRouter } from './routers/sources';
import { flagsRouter } from './routers/flags';

export const appRouter = router({
  topics: topicsRouter,
  measures: measuresRouter,
  claims: claimsRouter,
  sources: sourcesRouter,
  flags: flagsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
