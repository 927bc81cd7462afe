import { createOpenApiFetchHandler } from 'trpc-to-openapi';
import { appRouter } from '@/server/trpc/router';
import { createContext } from '@/server/trpc/context';
import { guardRequest, guardedPrincipal } from '@/server/http/guard';

/** The same procedures as plain HTTP/JSON, for people outside TypeScript (see /api/openapi.json). */
async function handler(incoming: Request): Promise<Response> {
  const req = await guardRequest(incoming, 'rest');
  if (req instanceof Response) return req;
  return createOpenApiFetchHandler({
    endpoint: '/api/v1',
    req,
    router: appRouter,
    // The adapter hands its response over as `res` (typed as fetch's `resHeaders`): either sets headers.
    createContext: (opts: unknown) => {
      const { res, resHeaders } = opts as { res?: { setHeader(n: string, v: string): void }; resHeaders?: Headers };
      const setHeader = (name: string, value: string) => (res ? res.setHeader(name, value) : resHeaders?.set(name, value));
      return createContext({ headers: req.headers, http: { url: req.url, setHeader }, principal: guardedPrincipal(req) });
    },
  });
}

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
export const dynamic = 'force-dynamic';
