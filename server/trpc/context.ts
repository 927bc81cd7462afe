import { timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/client';
import { getDb } from '../db';
import { adminToken } from '../env';

export interface Context {
  db: Db;
  isAdmin: boolean;
}

function bearerMatches(header: string | null, token: string): boolean {
  if (!header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice(7).trim());
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

export function isAdminRequest(headers: Headers): boolean {
  return bearerMatches(headers.get('authorization'), adminToken());
}

export async function createContext(opts: { headers: Headers; db?: Db }): Promise<Context> {
  return {
    db: opts.db ?? (await getDb()),
    isAdmin: isAdminRequest(opts.headers),
  };
}
