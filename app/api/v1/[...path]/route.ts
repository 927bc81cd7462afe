import { createOpenApiFetchHandler } from 'trpc-to-openapi';
import { appRouter } from '@/server/trpc/router';
import { createContext } from '@/server/trpc/init';

/** The same procedures as plain HTTP/JSON, for people outside TypeScript (see /api/openapi.json). */
const handler = (req: Request) =>
  createOpenApiFetchHandler({
    endpoint: '/api/v1',
    req,
    router: appRouter,
    createContext: () => createContext({ headers: req.headers }),
  });

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
export const dynamic = 'force-dynamic';
