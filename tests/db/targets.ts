import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '@/server/db';
import type { Db } from '@/server/db/client';

/**
 * The storage targets every db test runs against: embedded PGlite and a real PostgreSQL server.
 * `npm test` starts PostgreSQL and sets TALLY_TEST_PG_URL; without it the PostgreSQL half fails
 * loudly rather than being skipped, so a green run always means both were tested.
 */
export interface Target {
  name: 'pglite' | 'postgres';
  open(): Promise<{ db: Db; dispose(): Promise<void>; reopen(): Promise<Db> }>;
}

const pgliteTarget: Target = {
  name: 'pglite',
  async open() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-test-'));
    const db = await openDatabase({ dir });
    const opened: Db[] = [db];
    return {
      db,
      reopen: async () => {
        await opened[opened.length - 1].close();
        const again = await openDatabase({ dir });
        opened.push(again);
        return again;
      },
      dispose: async () => {
        await opened[opened.length - 1].close().catch(() => {});
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

/** A fresh, empty database on the test PostgreSQL server, and the way to drop it (also mid-test). */
export async function scratchDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void>; end(): Promise<void> }> {
  const admin = process.env.TALLY_TEST_PG_URL;
  if (!admin) throw new Error('TALLY_TEST_PG_URL is not set: run `npm test`, which starts PostgreSQL on 127.0.0.1');
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  let ended = false;
  const drop = async () => {
    if (!ended) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
  return {
    url: url.toString(),
    drop,
    end: async () => {
      await drop();
      ended = true;
      await client.end();
    },
  };
}

const postgresTarget: Target = {
  name: 'postgres',
  async open() {
    const scratch = await scratchDatabase('tally_test');
    const url = scratch.url;
    const opened: Db[] = [await openDatabase({ url: url.toString() })];
    return {
      db: opened[0],
      reopen: async () => {
        await opened[opened.length - 1].close();
        opened.push(await openDatabase({ url: url.toString() }));
        return opened[opened.length - 1];
      },
      dispose: async () => {
        await opened[opened.length - 1].close().catch(() => {});
        await scratch.end();
      },
    };
  },
};

export const targets: Target[] = [pgliteTarget, postgresTarget];

/** A handle whose `n`th write of claim events fails, as a crash or a constraint would mid-write. */
export function failingAtEvent(db: Db, n: number): Db {
  let events = 0;
  return failingWhen(db, (sql) => sql.includes('INSERT INTO claim_events') && ++events === n);
}

/** A handle whose transactions fail ("disk full") at the first statement `fails` says yes to. */
export function failingWhen(db: Db, fails: (sql: string) => boolean): Db {
  return {
    ...db,
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({
          ...tx,
          query: async (sql, params) => {
            if (fails(sql)) throw new Error('disk full');
            return tx.query(sql, params);
          },
        } as Db),
      ),
  };
}
