import path from 'node:path';
import { dataDir, env } from '../env';
import { openPglite, openPostgres, type Db } from './client';
import { migrate } from './migrate';
import { loadCuratedData } from './load';
import { checkLedger } from './ledger';
import { ensureDerived } from './derive';
import { ensureFirstAdmin } from './accounts';

export type { Db, ReadDb } from './client';

/** Open, migrate and load: what a first start does, and what later starts find already done. */
export async function openDatabase(opts: { url?: string; readUrl?: string; dir?: string } = {}): Promise<Db> {
  const db = opts.url ? await openPostgres(opts.url, opts.readUrl) : await openPglite(opts.dir);
  try {
    await migrate(db);
    await checkLedger(db);
    // Before loading data/: on a first start the (empty) derivation is stamped at once, and the
    // load's own writes derive the flags of what they add, so nothing is derived twice.
    await ensureDerived(db);
    await loadCuratedData(db);
    // The planner's statistics (PostgreSQL's autovacuum keeps its own; PGlite has none: ./client.ts).
    if (db.kind === 'pglite') await db.exec('ANALYZE');
  } catch (e) {
    await db.close().catch(() => {});
    throw e;
  }
  return db;
}

// One database per process, never per request; kept on globalThis because Next may load this
// module more than once (route handlers and server components are bundled separately).
const holder = globalThis as unknown as { __tallyDb?: Promise<Db> };

export function getDb(): Promise<Db> {
  if (!holder.__tallyDb) {
    const e = env();
    holder.__tallyDb = openDatabase(e.DATABASE_URL ? { url: e.DATABASE_URL, readUrl: e.DATABASE_READ_URL } : { dir: path.join(dataDir(), 'pglite') }).then(withFirstAdmin);
    holder.__tallyDb.catch(() => {
      holder.__tallyDb = undefined;
    });
  }
  return holder.__tallyDb;
}

/**
 * The server's first start with nobody to sign in makes an admin and prints the password, once:
 * it is stored only as a hash. (`npm run user -- add NAME --role admin` makes one beforehand.)
 */
async function withFirstAdmin(db: Db): Promise<Db> {
  const made = await ensureFirstAdmin(db);
  if (made) {
    console.log(`[tally] first start: made the admin account "${made.name}" with the password ${made.password}`);
    console.log('[tally] it is shown this once: sign in at /login, then add people on /account/people (or npm run user -- add NAME --role reviewer)');
  }
  return db;
}
