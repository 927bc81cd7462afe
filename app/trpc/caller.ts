import { cache } from 'react';
import { headers } from 'next/headers';
import { TRPCError } from '@trpc/server';
import { appRouter } from '@/server/trpc/router';
import { createContext } from '@/server/trpc/context';

/*
 * The router called in the page's own process, with no query client: for pages (the dashboard,
 * /flags) that render on the server and need none of tRPC's or React Query's browser code.
 */

/** Direct server-side calls, for metadata and not-found checks (no HTTP hop). */
export const serverCaller = cache(async () => appRouter.createCaller(await createContext({ headers: await headers() })));

type Caller = Awaited<ReturnType<typeof serverCaller>>;

/** A server-side call whose NOT_FOUND (or malformed id) means "render the 404 page", not an error. */
export async function findOrNull<T>(call: (caller: Caller) => Promise<T>): Promise<T | null> {
  try {
    return await call(await serverCaller());
  } catch (e) {
    if (e instanceof TRPCError && (e.code === 'NOT_FOUND' || e.code === 'BAD_REQUEST')) return null;
    throw e;
  }
}

/**
 * One page of a list for a list page: a cursor that no longer names anything (its item was merged
 * or deleted since the link was made) gives the first page rather than an error.
 */
export async function listPage<T>(call: (caller: Caller, cursor: string | undefined) => Promise<T>, cursor: string | undefined): Promise<{ page: T; cursor: string | undefined }> {
  const caller = await serverCaller();
  try {
    return { page: await call(caller, cursor), cursor };
  } catch (e) {
    if (!cursor || !(e instanceof TRPCError) || e.code !== 'BAD_REQUEST') throw e;
    return { page: await call(caller, undefined), cursor: undefined };
  }
}
