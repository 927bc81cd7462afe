import { cache } from 'react';
import { headers } from 'next/headers';
import { getDb } from '@/server/db';
import { principalOf } from '@/server/trpc/context';
import { READER, type Principal } from '@/server/auth/principal';

/** Who this page is rendered for (the session cookie), once per request; a reader when nobody is signed in. */
export const currentPrincipal = cache(async (): Promise<Principal> => {
  const h = await headers();
  if (!h.get('cookie')?.includes('tally_session=')) return READER;
  const db = await getDb().catch(() => null);
  if (!db) return READER;
  // Pages are never rendered for a bearer token: a browser sends none with a navigation.
  const plain = new Headers(h);
  plain.delete('authorization');
  return principalOf(db, plain);
});
