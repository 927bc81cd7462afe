import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from '@/server/trpc/router';
import { createContext } from '@/server/trpc/context';
import { MAX_BATCH, guardRequest, guardedPrincipal } from '@/server/http/guard';

/** tRPC for the site's own pages, behind the same limits as /api/v1 (server/http/guard.ts). */
async function handler(incoming: Request): Promise<Response> {
  const req = await guardRequest(incoming, 'trpc');
  if (req instanceof Response) return req;
  return fetchRequestHandler({ endpoint: '/api/trpc', req, router: appRouter, maxBatchSize: MAX_BATCH, createContext: () => createContext({ headers: req.headers, principal: guardedPrincipal(req) }) });
}

export { handler as GET, handler as POST };
