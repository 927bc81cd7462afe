import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '@/server/trpc/router';
import type { Db } from '@/server/db/client';
import { openDatabase } from '@/server/db';
import { ingestBatch } from '@/server/db/ingest-batch';
import { compareDerived } from '@/server/db/derive';
import { MAX_BATCH_ARTICLES } from '@/server/ingest/batch';
import { generateArticle } from '@/scripts/lib/corpus-gen';
import { failingAtEvent, scratchDatabase, targets } from './targets';

const article = (text: string, outlet = 'Batch Gazette') => ({ outlet, title: 'Batch test', published: '2024-05-02', text });
const A = article('The ferry strike left 1,300 passengers stranded on Tuesday, the union said.');
const B = article('Firefighters said 2,400 hectares had burned by Thursday.', 'Batch Herald');
/** Past the figures one article may hold: refused by ingest itself, after its schema passed. */
const TABLE = article(Array.from({ length: 6000 }, (_, i) => `${i + 1} drones.`).join(' '));

async function counts(db: Db): Promise<number[]> {
  const n = async (t: string) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`))[0].n;
  return [await n('sources'), await n('claims'), await n('claim_events'), await n('measures')];
}

async function agrees(db: Db): Promise<void> {
  const d = await compareDerived(db);
  expect({ onlyStored: d.onlyStored, onlyDerived: d.onlyDerived, changed: d.changed, counts: d.counts, search: d.search }).toEqual({ onlyStored: [], onlyDerived: [], changed: [], counts: [], search: [] });
}

describe.each(targets)('POST /sources/batch (ingest.batch) on $name', (target) => {
  let db: Db;
  let dispose: () => Promise<void>;
  const admin = () => createCaller({ db, isAdmin: true });

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
  });
  afterAll(async () => dispose());

  it('stores, refuses and reports duplicates one by one, in input order', async () => {
    const before = await counts(db);
    const out = await admin().ingest.batch({
      articles: [A, { ...B, outlet: undefined }, { ...A, title: 'Same text again' }, { ...B, title: 'Nul\u0000here' }, 'not an article', TABLE, B],
    });
    expect(out.map((r) => [r.index, r.status])).toEqual([
      [0, 'stored'],
      [1, 'refused'],
      [2, 'duplicate'],
      [3, 'refused'],
      [4, 'refused'],
      [5, 'refused'],
      [6, 'stored'],
    ]);
    expect(out[1].reason).toMatch(/outlet is required/);
    expect(out[3].reason).toMatch(/title contains a NUL character/);
    expect(out[4].reason).toMatch(/expected object/);
    expect(out[5].reason).toMatch(/at most 5,000 per article/);
    expect(out[2].result).toMatchObject({ duplicate: true, stored: false, sourceId: out[0].result!.sourceId });
    for (const r of out.filter((x) => x.status === 'refused')) expect(r.result).toBeUndefined();
    // Only the two stored articles wrote anything: no source, claim or event of a refused one.
    const after = await counts(db);
    const figures = out[0].result!.figures.length + out[6].result!.figures.length;
    expect(after.slice(0, 3)).toEqual([before[0] + 2, before[1] + figures, before[2] + figures]);
    await agrees(db);
  });

  it('refuses the request as a whole only when it is not a list of articles, or too long', async () => {
    const bad = (input: unknown, pattern: RegExp) => expect(admin().ingest.batch(input as never)).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(pattern) });
    await bad({}, /articles must be a list/);
    await bad({ articles: 'x' }, /articles must be a list/);
    await bad({ articles: [] }, /articles is empty/);
    await bad({ articles: Array.from({ length: MAX_BATCH_ARTICLES + 1 }, () => A) }, new RegExp(`at most ${MAX_BATCH_ARTICLES} articles`));
    await expect(createCaller({ db, isAdmin: false }).ingest.batch({ articles: [A] })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('an article failing half-way leaves nothing of it; those before it stay stored', async () => {
    const before = await counts(db);
    const failing = failingAtEvent(db, 2);
    const first = article('Rescuers found 17 people after the landslide, police said.');
    const second = article('The landslide buried 40 homes, the mayor said.');
    await expect(ingestBatch(failing, [first, second])).rejects.toThrow('disk full');
    const after = await counts(db);
    expect(after[0]).toBe(before[0] + 1);
    expect((await db.query('SELECT 1 FROM sources WHERE body = $1', [second.text])).length).toBe(0);
    await agrees(db);
  });

  it('the same text sent at once by batches and single creates is stored once', async () => {
    const text = 'Port officials said 2,750 travellers were stranded by the ferry strike on Friday.';
    const X = article(text, 'Race Courier');
    const Y = article('The ferry operator cancelled 310 sailings, a spokeswoman said on Friday.', 'Race Courier');
    const [b1, b2, c, b3] = await Promise.all([admin().ingest.batch({ articles: [X] }), admin().ingest.batch({ articles: [Y, X] }), admin().ingest.create(X), admin().ingest.batch({ articles: [X, X] })]);
    const statuses = [b1[0].status, b2[1].status, c.stored ? 'stored' : 'duplicate', b3[0].status, b3[1].status];
    expect(statuses.filter((s) => s === 'stored')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'duplicate')).toHaveLength(4);
    expect((await db.query('SELECT id FROM sources WHERE body = $1', [text])).length).toBe(1);
    await agrees(db);
  });

  it('flags kept article by article agree with a derivation from scratch, other writes in between', async () => {
    const corpus = Array.from({ length: 60 }, (_, i) => generateArticle(i, 7));
    for (let i = 0; i < corpus.length; i += 20) {
      const out = await admin().ingest.batch({ articles: corpus.slice(i, i + 20) });
      expect(out.every((r) => r.status === 'stored')).toBe(true);
      // Another kind of write moves the revision on, and changes a flag of a story the next
      // articles add to: they must read afresh, not derive from what was kept before it.
      const conflict = ((await admin().flags.list({ kind: 'conflict' })).items).at(-1);
      if (conflict) await admin().review.reject({ id: conflict.claimIds[0], reason: 'misread' });
    }
    await agrees(db);
  });
});

describe('two processes writing one PostgreSQL database', () => {
  it('each plans with the other’s measures: what one kept is not used once the other wrote', async () => {
    const scratch = await scratchDatabase('tally_batch');
    const [one, two] = [await openDatabase({ url: scratch.url }), await openDatabase({ url: scratch.url })];
    const alone = await openDatabase({});
    const placed = async (db: Db) => db.query<{ id: string; measure_id: string }>('SELECT id, measure_id FROM claims ORDER BY id');
    try {
      const corpus = Array.from({ length: 24 }, (_, i) => generateArticle(i, 11));
      // The two take turns, two articles each; one database alone takes them in the same order.
      for (let i = 0; i < corpus.length; i += 4) {
        for (const [k, db] of [one, two].entries()) expect((await ingestBatch(db, corpus.slice(i + 2 * k, i + 2 * k + 2))).map((r) => r.status)).toEqual(['stored', 'stored']);
      }
      await ingestBatch(alone, corpus);
      expect(await placed(one)).toEqual(await placed(alone));
      await agrees(one);
      expect((await ingestBatch(two, corpus.slice(0, 3))).map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    } finally {
      await Promise.all([one.close(), two.close(), alone.close()]);
      await scratch.end();
    }
  });
});
