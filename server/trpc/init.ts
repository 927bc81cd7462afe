import { initTRPC, TRPCError } from '@trpc/server';
import type { OpenApiMeta } from 'trpc-to-openapi';
import { timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/client';
import { getDb } from '../db';
import { env } from '../env';

export interface Context {
  db: Db;
  isAdmin: boolean;
}

function bearerMatches(header: string | null, token: string | undefined): boolean {
  if (!token || !header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice(7).trim());
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

export async function createContext(opts: { headers: Headers; db?: Db }): Promise<Context> {
  return {
    db: opts.db ?? (await getDb()),
    isAdmin: bearerMatches(opts.headers.get('authorization'), env().TALLY_ADMIN_TOKEN),
  };
}

const t = initTRPC
  .meta<OpenApiMeta>()
  .context<Context>()
  .create({
    // No stack trace or internal message leaves the server: unexpected errors say only that.
    isDev: false,
    errorFormatter({ shape, error }) {
      const internal = error.code === 'INTERNAL_SERVER_ERROR';
      if (internal) console.error('[tally] internal error:', error.cause ?? error);
      return {
        ...shape,
        message: internal ? 'Internal server error' : shape.message,
        data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure;
/** Writes: only with `Authorization: Bearer <TALLY_ADMIN_TOKEN>`. */
export const adminProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.isAdmin) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'This needs Authorization: Bearer <TALLY_ADMIN_TOKEN>.' });
  return next();
});
