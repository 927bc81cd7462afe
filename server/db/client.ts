import fs from 'node:fs';
import path from 'node:path';
import { lockDataDir } from './lock';

/** What every query function needs: parameterised SQL in, rows out. */
export interface ReadDb {
  readonly kind: 'pglite' | 'postgres';
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** A handle that may write; writes go through `transaction` so a failure leaves nothing behind. */
export interface Db extends ReadDb {
  exec(sql: string): Promise<void>;
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /** The read path's handle (house style rule 3): on PostgreSQL its sessions are read-only. */
  reader(): ReadDb;
  close(): Promise<void>;
}

/**
 * Called after every committed transaction, so in-process caches can look again at once. Kept on
 * globalThis, like the database handle itself: Next bundles route handlers and pages separately,
 * and a page's cache must hear of a write made through the API at once, not 250 ms later.
 */
const shared = globalThis as unknown as { __tallyCommitted?: Set<() => void> };
const committed = (shared.__tallyCommitted ??= new Set<() => void>());
export function onCommit(fn: () => void): void {
  committed.add(fn);
}
function notifyCommit(): void {
  for (const fn of committed) fn();
}

/**
 * PostgreSQL's autovacuum keeps the planner's statistics current and clears the rows that writes
 * left dead; PGlite has none. Without ANALYZE the planner guesses at every table's size and picks
 * the wrong index (a search at 10,000 articles took 500 ms instead of 110): analyse at open, and
 * again after a run of commits that doubles each time (50, 100, 200 …, then every 3,200). And the
 * tables every write rewrites rows of (each ingest stores its topic's changed flags anew) are
 * vacuumed every VACUUM_EVERY commits: at 10,000 articles the flags table held 90 live rows and
 * 6,929 dead ones, and a measure page's read of its 8 flags went through 1,405 index entries
 * (21.7 ms; 1.8 ms once vacuumed). Both in the background between transactions.
 */
export const VACUUM_EVERY = 400;
export const CHURNED_TABLES = ['flags', 'measure_stats', 'measure_sources', 'revision', 'row_ledger', 'derived_state', 'topic_versions'];
function planStats(pg: { exec(sql: string): Promise<unknown> }) {
  let commits = 0;
  let next = 50;
  // One after another, none dropped: a vacuum due with an ANALYZE runs first.
  let chain: Promise<unknown> = Promise.resolve();
  const run = (sql: string) => {
    chain = chain.then(() => pg.exec(sql)).catch((e: unknown) => console.error(`[tally] ${sql.split(' ')[0]} failed:`, e instanceof Error ? e.message : e));
  };
  return {
    committed() {
      commits++;
      if (commits % VACUUM_EVERY === 0) run(`VACUUM ${CHURNED_TABLES.join(', ')}`);
      if (commits >= next) {
        next = commits + Math.min(next, 3200);
        run('ANALYZE');
      }
    },
  };
}

/** PGlite's buffer pool (see openPglite). */
export const PGLITE_SHARED_BUFFERS = '48MB';

export async function openPglite(dir: string | undefined): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  // relaxedDurability: false (PGlite's default, said so that it stays): every query and exec waits
  // for the filesystem sync before it answers, never acknowledging a write still in flight. On Node
  // each page goes straight to the OS, so an acknowledged write outlives a killed process; the
  // Emscripten filesystem has no fsync, so a power cut is what backups are for.
  // shared_buffers: PostgreSQL's 128 MB default lives in the server's own memory here (PGlite runs
  // inside the Node process) and fills as a large database is read; the OS caches the files below
  // it anyway, so a smaller pool keeps the process small at 10,000 articles for little I/O.
  const options = { relaxedDurability: false, startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`] };
  let release = () => {};
  let pg: InstanceType<typeof PGlite>;
  try {
    if (dir) {
      release = await lockDataDir(dir);
      // PGlite makes a new, empty database wherever PG_VERSION is missing: a directory that lost
      // its files would start empty and look like data loss. Refuse, and change nothing.
      const files = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
      if (files.length > 0 && !files.includes('PG_VERSION')) {
        throw new Error(
          `The database directory ${path.resolve(dir)} looks damaged: PG_VERSION is missing (${files.length} other entries are there); nothing was changed. Move the directory away to start empty, then restore a backup with npm run restore -- FILE if you have one`,
        );
      }
      fs.mkdirSync(dir, { recursive: true });
    }
    pg = dir ? await PGlite.create(dir, options) : await PGlite.create(options);
  } catch (e) {
    release();
    throw e;
  }
  type Q = { query<T>(s: string, p?: unknown[]): Promise<{ rows: T[] }>; exec(s: string): Promise<unknown> };
  const stats = planStats(pg);
  const wrap = (q: Q, inTx: boolean): Db => {
    const handle: Db = {
      kind: 'pglite',
      query: async <T,>(sql: string, params?: unknown[]) => (await q.query<T>(sql, params)).rows,
      exec: async (sql) => {
        await q.exec(sql);
      },
      // PGlite has a single session: a nested transaction simply joins the outer one.
      transaction: async (fn) => {
        if (inTx) return fn(handle);
        const out = await pg.transaction((tx) => fn(wrap(tx, true)));
        notifyCommit();
        stats.committed();
        return out;
      },
      reader: () => handle,
      close: async () => {
        try {
          await pg.close();
        } finally {
          release();
        }
      },
    };
    return handle;
  };
  return wrap(pg, false);
}

/**
 * PostgreSQL: writes and transactions on `url`; reads that need not see their own write (pages,
 * lists, search, embeds: `reader()`) on `readUrl`, a read-only replica, when one is named
 * (DATABASE_READ_URL), else on `url` in read-only sessions.
 */
export async function openPostgres(url: string, readUrl?: string): Promise<Db> {
  const { default: pgModule } = await import('pg');
  const pool = new pgModule.Pool({ connectionString: url, max: 10 });
  const readPool = new pgModule.Pool({
    connectionString: readUrl ?? url,
    max: 10,
    options: '-c default_transaction_read_only=on',
  });
  // An idle connection the server drops (a restart, a dropped database) must not crash the
  // process: the pool replaces it on next use.
  for (const p of [pool, readPool]) p.on('error', (e) => console.error('[tally] idle PostgreSQL connection lost:', e.message));
  type Q = { query(s: string, p?: unknown[]): Promise<{ rows: unknown[] }> };
  const run = async <T,>(q: Q, sql: string, params?: unknown[]) => (await q.query(sql, params)).rows as T[];
  const reader: ReadDb = { kind: 'postgres', query: (sql, params) => run(readPool, sql, params) };
  const make = (q: Q, inTx: boolean): Db => {
    const handle: Db = {
      kind: 'postgres',
      query: (sql, params) => run(q, sql, params),
      exec: async (sql) => {
        await q.query(sql);
      },
      transaction: async (fn) => {
        if (inTx) return fn(handle);
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const out = await fn(make(client, true));
          await client.query('COMMIT');
          notifyCommit();
          return out;
        } catch (e) {
          await client.query('ROLLBACK');
          throw e;
        } finally {
          client.release();
        }
      },
      reader: () => reader,
      close: async () => {
        await Promise.all([pool.end(), readPool.end()]);
      },
    };
    return handle;
  };
  return make(pool, false);
}
