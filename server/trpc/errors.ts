import { TRPCError } from '@trpc/server';
import { ConflictError, InputError, NotFoundError } from '../domain/errors';

export function toTRPCError(e: unknown): never {
  if (e instanceof TRPCError) throw e;
  if (e instanceof NotFoundError) throw new TRPCError({ code: 'NOT_FOUND', message: e.message });
  if (e instanceof InputError) throw new TRPCError({ code: 'BAD_REQUEST', message: e.message });
  if (e instanceof ConflictError) throw new TRPCError({ code: 'CONFLICT', message: e.message });
  throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', cause: e });
}

/** Run one call into server/db or server/domain, mapping domain errors on the way out. */
export async function guard<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    return toTRPCError(e);
  }
}
