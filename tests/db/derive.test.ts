import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '@/server/trpc/router';
import type { Db } from '@/server/db/client';
import { compareCounts, compareDerived, storedFlags } from '@/server/db/derive';
import { compareSearchTables, rebuildSearchTables } from '@/server/db/search-tables';
import { computeFlags } from '@/server/domain/flags';
import { listClaims, listMeasures } from '@/server/db/read';
import { fxTable } from '@/server/db/fx';
import { targets } from './targets';

// Flags are stored per topic and kept by the writes themselves; after any sequence of writes, a
// derivation from scratch must find exactly what is stored.
const article = (n: number, text: string) => ({ outlet: `Outlet ${n}`, title: `Story ${n}`, published: `2024-0${1 + (n % 8)}-1${n % 10}`, text });

describe.each(targets)('stored flags stay what the claims say on $name', (target) => {
  let db: Db;
  let dispose: () => Promise<void>;
  const admin = () => createCaller({ db, isAdmin: true });
  const agrees = async () => {
    const d = await compareDerived(db);
    expect({ onlyStored: d.onlyStored, onlyDerived: d.onlyDerived, changed: d.changed, counts: d.counts, search: d.search }).toEqual({ onlyStored: [], onlyDerived: [], changed: [], counts: [], search: [] });
    // And what is stored is what the whole catalogue derives at once.
    const all = computeFlags(await listClaims(db), await listMeasures(db), fxTable());
    expect((await storedFlags(db)).map((f) => f.id).sort()).toEqual(all.map((f) => f.id).sort());
    return d;
  };

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
  });
  afterAll(async () => dispose());

  it('agree on the seeds, and after ingests, review, edits, merges and splits', async () => {
    expect((await agrees()).stored).toBeGreaterThan(0);
    const texts = [
      'Iran has delivered more than 2,000 drones to Russia, a US official said on Monday.',
      'Iran has delivered about 300 drones to Russia, according to Ukrainian intelligence.',
      'The ferry strike left 1,200 passengers stranded on Tuesday, the union said. Police said 40 people were arrested.',
      'About 900 passengers were stranded by the ferry strike, the port authority said on Wednesday.',
    ];
    const results = [];
    for (const [i, t] of texts.entries()) results.push(await admin().ingest.create(article(i + 1, t)));
    await agrees();
    const pending = (await admin().review.queue({ state: 'pending' })).items;
    expect(pending.length).toBeGreaterThanOrEqual(2);
    await admin().review.accept({ id: pending[0].id });
    await admin().review.reject({ id: pending[1].id, reason: 'not a figure of this story' });
    await agrees();
    const claim = results[0].figures[0];
    await admin().review.edit({ id: claim.claimId, reason: 'the official said 3,000', value: { low: 3000, high: 3000, best: 3000, lowInclusive: true, highInclusive: true, qualifier: 'exact', text: '3,000' } });
    await agrees();
    const measures = (await admin().measures.list()).items;
    const emerged = measures.filter((m) => m.signature);
    expect(emerged.length).toBeGreaterThanOrEqual(2);
    await admin().measures.merge({ id: emerged[0].id, into: emerged[1].id, reason: 'the same quantity' });
    await agrees();
    const topics = (await admin().topics.list()).items;
    const withMeasures = topics.filter((t) => t.measureIds.length > 0);
    expect(withMeasures.length).toBeGreaterThanOrEqual(2);
    await admin().topics.merge({ id: withMeasures.at(-1)!.id, into: withMeasures[0].id, reason: 'one story' });
    await agrees();
    const split = ((await admin().topics.list()).items).find((t) => t.measureIds.length >= 2)!;
    await admin().topics.split({ id: split.id, measureIds: [split.measureIds[0]], title: 'A story of its own', reason: 'two stories after all' });
    await agrees();
  });

  it('notice a kept count that a fresh count would not give: a pair left at 0, or a pair off by one', async () => {
    const [pair] = await db.query<{ measure_id: string; source_id: string }>('SELECT measure_id, source_id FROM measure_sources ORDER BY measure_id, source_id LIMIT 1');
    expect(await compareCounts(db)).toEqual([]);
    await db.transaction(async (tx) => {
      await tx.query('INSERT INTO measure_sources (measure_id, source_id, n) VALUES ($1, $2, 0)', [pair.measure_id, 'no-such-source']);
      expect(await compareCounts(tx)).toEqual([pair.measure_id]);
      await tx.query('DELETE FROM measure_sources WHERE source_id = $1', ['no-such-source']);
      await tx.query('UPDATE measure_sources SET n = n + 1 WHERE measure_id = $1 AND source_id = $2', [pair.measure_id, pair.source_id]);
      expect(await compareCounts(tx)).toEqual([pair.measure_id]);
      await tx.query('UPDATE measure_sources SET n = n - 1 WHERE measure_id = $1 AND source_id = $2', [pair.measure_id, pair.source_id]);
    });
    expect(await compareCounts(db)).toEqual([]);
  });

  it('notice a search row that the claims and sources would not give, and write them again', async () => {
    expect(await compareSearchTables(db)).toEqual([]);
    const [c] = await db.query<{ id: string }>('SELECT id FROM claim_search ORDER BY id LIMIT 1');
    const [s] = await db.query<{ id: string }>('SELECT id FROM source_search ORDER BY id LIMIT 1');
    await db.transaction(async (tx) => {
      await tx.query('DELETE FROM claim_search WHERE id = $1', [c.id]);
      await tx.query("UPDATE source_search SET dated = '1900-01-01' WHERE id = $1", [s.id]);
      await tx.query("INSERT INTO claim_search (id, dated, doc) VALUES ('no-such-claim', NULL, to_tsvector('english', 'ghost'))");
      expect(await compareSearchTables(tx)).toEqual([`claim:${c.id}`, 'claim:no-such-claim', `source:${s.id}`].sort());
      await rebuildSearchTables(tx);
      expect(await compareSearchTables(tx)).toEqual([]);
    });
    // A figure that stops counting leaves its table, and one that counts again comes back.
    const [{ review }] = await db.query<{ review: string }>('SELECT review FROM claims WHERE id = $1', [c.id]);
    await db.query("UPDATE claims SET review = 'rejected' WHERE id = $1", [c.id]);
    expect((await db.query('SELECT 1 FROM claim_search WHERE id = $1', [c.id])).length).toBe(0);
    await db.query('UPDATE claims SET review = $2 WHERE id = $1', [c.id, review]);
    expect(await compareSearchTables(db)).toEqual([]);
  });

  it('agree after writers race on one topic', async () => {
    const texts = Array.from({ length: 6 }, (_, i) => `The ferry strike left ${1000 + i * 150} passengers stranded, the union said on day ${i + 2}.`);
    const out = await Promise.allSettled(texts.map((t, i) => admin().ingest.create(article(20 + i, t))));
    expect(out.every((r) => r.status === 'fulfilled')).toBe(true);
    await agrees();
  });
});
