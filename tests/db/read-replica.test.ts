import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/server/db';
import type { Db } from '@/server/db/client';
import { createCaller } from '@/server/trpc/router';
import { scratchDatabase } from './targets';

/**
 * DATABASE_READ_URL: the read paths go to the replica it names, writes to DATABASE_URL. Here the
 * "replica" is a second database that holds one topic the primary does not, so where each read
 * went shows.
 */
describe('a read replica (DATABASE_READ_URL) on PostgreSQL', () => {
  let primary: Awaited<ReturnType<typeof scratchDatabase>>;
  let replica: Awaited<ReturnType<typeof scratchDatabase>>;
  let db: Db;
  beforeAll(async () => {
    primary = await scratchDatabase('tally_primary');
    replica = await scratchDatabase('tally_replica');
    const r = await openDatabase({ url: replica.url });
    await r.query("INSERT INTO topics (id, title, description, position) VALUES ('only-on-replica', 'Only on the replica', '', 99)");
    await r.close();
    db = await openDatabase({ url: primary.url, readUrl: replica.url });
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    await primary?.end();
    await replica?.end();
  });

  it('answers reads from the replica and writes on the primary', async () => {
    const caller = createCaller({ db, isAdmin: true });
    const ids = (await caller.topics.list({ limit: 500 })).items.map((t) => t.id);
    expect(ids).toContain('only-on-replica');
    expect(await db.query("SELECT id FROM topics WHERE id = 'only-on-replica'")).toEqual([]);
    await caller.ingest.create({ outlet: 'Replica Post', title: 'Ferry strike', published: '2024-03-05', text: 'The ferry strike stranded 1,200 passengers, the union said.' });
    expect((await db.query<{ n: number }>("SELECT count(*)::int AS n FROM sources WHERE outlet = 'Replica Post'"))[0].n).toBe(1);
    expect((await db.reader().query<{ n: number }>("SELECT count(*)::int AS n FROM sources WHERE outlet = 'Replica Post'"))[0].n).toBe(0);
  });

  it('never writes through the read connection', async () => {
    await expect(db.reader().query("INSERT INTO topics (id, title, description, position) VALUES ('x', 'x', '', 1)")).rejects.toThrow(/read-only/);
  });

  it('is refused without DATABASE_URL, with a message that says why', async () => {
    const { envProblem } = await import('@/server/env');
    expect(envProblem({ DATABASE_READ_URL: replica.url })).toMatch(/DATABASE_READ_URL.*set DATABASE_URL too/);
    expect(envProblem({ DATABASE_URL: primary.url, DATABASE_READ_URL: 'mysql://x' })).toMatch(/DATABASE_READ_URL must be a postgres/);
    expect(envProblem({ DATABASE_URL: primary.url, DATABASE_READ_URL: replica.url })).toBeNull();
  });
});
