import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '@/server/trpc/router';
import type { Db } from '@/server/db/client';
import { topicCatalog } from '@/server/db/topic-catalog';
import { measureChart } from '@/server/db/measure-chart';
import { measureOverview } from '@/server/db/lists';
import { summary } from '@/server/db/views';
import { refreshAll } from '@/server/db/derive';
import { targets } from './targets';

// The dashboard, a topic's page and a measure's page draw each measure's latest values from its
// newest figures only, however many it holds; what they say of the rest comes from kept counts.
describe.each(targets)('charts read the newest figures on $name', (target) => {
  let db: Db;
  let dispose: () => Promise<void>;
  const days = [3, 9, 1, 7, 5, 8, 2, 6];
  beforeAll(async () => {
    ({ db, dispose } = await target.open());
    const admin = createCaller({ db, isAdmin: true });
    for (const d of days) {
      await admin.ingest.create({ outlet: `Window Wire ${d}`, title: `Deliveries, day ${d}`, published: `2023-07-0${d}`, text: `A US official said on Monday that Iran had delivered ${2000 + d * 10} drones to Russia so far.` });
    }
  });
  afterAll(async () => dispose());

  const active = async () => (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM claims WHERE measure_id = 'drones-delivered' AND review IN ('reviewed', 'auto')"))[0].n;

  it('a window of n holds each measure’s n newest figures, and says how many count in all', async () => {
    const cat = await topicCatalog(db.reader(), 'iran-drones', 3);
    const mine = cat.claims.filter((c) => c.measureId === 'drones-delivered');
    expect(mine.length).toBe(3);
    const newest = await db.query<{ id: string }>("SELECT id FROM claims WHERE measure_id = 'drones-delivered' AND review IN ('reviewed', 'auto') ORDER BY dated DESC, id DESC LIMIT 3");
    expect(mine.map((c) => c.id).sort()).toEqual(newest.map((r) => r.id).sort());
    expect(cat.cut.get('drones-delivered')).toBe(await active());
    // Every source a claim in it names is in it, and no other.
    expect(new Set(cat.sources.map((s) => s.id))).toEqual(new Set(cat.claims.map((c) => c.sourceId)));
    // Whole, nothing is cut.
    const whole = await topicCatalog(db.reader(), 'iran-drones');
    expect(whole.cut.size).toBe(0);
    const [{ n }] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM claims WHERE measure_id = 'drones-delivered'");
    expect(whole.claims.filter((c) => c.measureId === 'drones-delivered').length).toBe(n);
    expect(n).toBeGreaterThan(3);
  });

  it('a window holds figures that count: newer ones waiting for review do not crowd them out', async () => {
    const newest = await db.query<{ id: string; review: string }>("SELECT id, review FROM claims WHERE measure_id = 'drones-delivered' ORDER BY dated DESC, id DESC LIMIT 2");
    try {
      await db.query("UPDATE claims SET review = 'pending' WHERE id = ANY($1)", [newest.map((r) => r.id)]);
      const cat = await topicCatalog(db.reader(), 'iran-drones', 2);
      const mine = cat.claims.filter((c) => c.measureId === 'drones-delivered');
      const counting = await db.query<{ id: string }>("SELECT id FROM claims WHERE measure_id = 'drones-delivered' AND review IN ('reviewed', 'auto') ORDER BY dated DESC, id DESC LIMIT 2");
      expect(mine.map((c) => c.id).sort()).toEqual(counting.map((r) => r.id).sort());
    } finally {
      for (const r of newest) await db.query('UPDATE claims SET review = $2 WHERE id = $1', [r.id, r.review]);
    }
  });

  it('a measure chart cut by its window draws the latest values and counts every figure', async () => {
    const { measure } = await measureOverview(db.reader(), 'drones-delivered');
    const cut = await measureChart(db.reader(), measure, 4);
    expect(cut.figures).toBe(await active());
    expect(cut.series.points.length).toBeLessThanOrEqual(4);
    const whole = await measureChart(db.reader(), measure);
    // The values drawn from the window are the latest of those drawn from every figure.
    const latest = whole.series.points.slice(-cut.series.points.length).map((p) => p.claimId);
    expect(cut.series.points.map((p) => p.claimId)).toEqual(latest);
  });

  it('the summary counts from kept counts what a count of every claim gives', async () => {
    const s = await summary(db.reader());
    const [fresh] = await db.query<{ figures: number; sources: number; pending: number }>(
      "SELECT (SELECT count(*) FROM claims WHERE review IN ('reviewed', 'auto'))::int AS figures, (SELECT count(*) FROM sources)::int AS sources, (SELECT count(*) FROM claims WHERE review = 'pending')::int AS pending",
    );
    expect({ figures: s.figures, sources: s.sources, pending: s.pending }).toEqual(fresh);
  });
});

// A write to one story rebuilds that story's charts only: the dashboard's other stories are kept
// by their topic's version (migration 025), not rebuilt because the revision moved on.
describe.each(targets)('a write rebuilds only the charts of the topics it touched on $name', (target) => {
  let db: Db;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ db, dispose } = await target.open());
  });
  afterAll(async () => dispose());

  const version = async (id: string) => (await db.query<{ n: string }>('SELECT n::text AS n FROM topic_versions WHERE topic_id = $1', [id]))[0]?.n;

  it('an article on one story keeps every other story’s windowed catalogue, and its own is read again', async () => {
    const admin = createCaller({ db, isAdmin: true });
    const drones = await topicCatalog(db.reader(), 'iran-drones', 5);
    const war = await topicCatalog(db.reader(), 'war-in-ukraine', 5);
    const warWhole = await topicCatalog(db.reader(), 'war-in-ukraine');
    const revisionBefore = warWhole.revision;
    expect(await topicCatalog(db.reader(), 'iran-drones', 5)).toBe(drones);
    const { measure: duration } = await measureOverview(db.reader(), 'war-duration');
    const { measure: delivered } = await measureOverview(db.reader(), 'drones-delivered');
    const [durationChart, deliveredChart] = [await measureChart(db.reader(), duration), await measureChart(db.reader(), delivered)];
    const [warBefore, dronesBefore] = [await version('war-in-ukraine'), await version('iran-drones')];
    expect(warBefore).toBeDefined();
    await admin.ingest.create({ outlet: 'Version Wire', title: 'Deliveries so far', published: '2023-08-02', text: 'A US official said on Wednesday that Iran had delivered 2,400 drones to Russia so far.' });
    expect(await version('war-in-ukraine')).toBe(warBefore);
    expect(BigInt((await version('iran-drones'))!)).toBeGreaterThan(BigInt(dronesBefore!));
    // The revision moved on, yet the untouched story's catalogue is the very one read before.
    expect(await topicCatalog(db.reader(), 'war-in-ukraine', 5)).toBe(war);
    const again = await topicCatalog(db.reader(), 'iran-drones', 5);
    expect(again).not.toBe(drones);
    expect(again.claims.some((c) => c.quote.includes('2,400'))).toBe(true);
    // So with a measure page's charts: the other story's is kept, the one written to is drawn again.
    expect(await measureChart(db.reader(), duration)).toBe(durationChart);
    const redrawn = await measureChart(db.reader(), delivered);
    expect(redrawn).not.toBe(deliveredChart);
    expect(redrawn.figures).toBe(deliveredChart.figures + 1);
    // The whole catalogue (what an embed reads) is kept too, and now names the new revision, as an embed's answer does.
    const whole = await topicCatalog(db.reader(), 'war-in-ukraine');
    expect(whole).toBe(warWhole);
    expect(whole.revision).toBe(again.revision);
    expect(whole.revision).toBeGreaterThan(revisionBefore);
    expect((await topicCatalog(db.reader(), 'iran-drones')).claims.some((c) => c.quote.includes('2,400'))).toBe(true);
  });

  it('renaming a topic moves its version on, so its page shows the new title', async () => {
    const admin = createCaller({ db, isAdmin: true });
    const before = await topicCatalog(db.reader(), 'war-in-ukraine', 5);
    const v = await version('war-in-ukraine');
    const drones = await topicCatalog(db.reader(), 'iran-drones', 5);
    await admin.topics.update({ id: 'war-in-ukraine', title: 'The war in Ukraine, day by day' });
    expect(await version('war-in-ukraine')).not.toBe(v);
    const after = await topicCatalog(db.reader(), 'war-in-ukraine', 5);
    expect(after).not.toBe(before);
    expect(after.topics.find((t) => t.id === 'war-in-ukraine')?.title).toBe('The war in Ukraine, day by day');
    expect(await topicCatalog(db.reader(), 'iran-drones', 5)).toBe(drones);
  });

  it('a rebuild of every flag moves every topic on', async () => {
    const before = await db.query<{ topic_id: string; n: string }>('SELECT topic_id, n::text AS n FROM topic_versions ORDER BY topic_id');
    await db.transaction((tx) => refreshAll(tx));
    const after = await db.query<{ topic_id: string; n: string }>('SELECT topic_id, n::text AS n FROM topic_versions ORDER BY topic_id');
    expect(after.map((r) => r.topic_id)).toEqual(before.map((r) => r.topic_id));
    for (const [i, r] of after.entries()) expect(r.n).not.toBe(before[i].n);
  });
});
