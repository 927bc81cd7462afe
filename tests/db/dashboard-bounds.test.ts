import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '@/server/trpc/router';
import type { Db } from '@/server/db/client';
import { CHARTS_ON_TOPIC_PAGE, CHARTS_PER_TOPIC, DASHBOARD_POINTS, FLAGS_ON_TOPIC_PAGE, POINTS_PER_CHART, TOPIC_PAGE_POINTS } from '@/server/db/dashboard';
import { isNote } from '@/server/domain/meaning';
import { targets } from './targets';

// The dashboard's weight follows what it shows, not the corpus: a measure with hundreds of
// figures draws its latest few there, and its topic's page and measure page hold the rest.
describe.each(targets.slice(0, 1))('the dashboard at size on $name', (target) => {
  let db: Db;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ db, dispose } = await target.open());
  });
  afterAll(async () => dispose());

  it('draws at most a few charts per story and the latest figures of each', async () => {
    const lines = Array.from({ length: 300 }, (_, i) => `On day ${i + 1} an official said Iran had delivered ${1000 + i * 7} drones to Russia.`);
    await createCaller({ db, isAdmin: true }).ingest.create({ outlet: 'Test Wire', title: 'Many figures', published: '2023-06-01', text: lines.join('\n') });
    const { panels } = await createCaller({ db, isAdmin: false }).topics.dashboard();
    for (const p of panels) {
      expect(p.charts.length).toBeLessThanOrEqual(CHARTS_PER_TOPIC);
      for (const c of p.charts) expect(c.series.points.length).toBeLessThanOrEqual(POINTS_PER_CHART);
    }
    const drones = panels.flatMap((p) => p.charts).find((c) => c.measure.id === 'drones-delivered')!;
    expect(drones.figures).toBeGreaterThan(POINTS_PER_CHART);
    const drawn = (ps: typeof panels) => ps.reduce((n, p) => n + (p.comparison?.points.length ?? 0) + p.charts.reduce((k, c) => k + c.series.points.length, 0), 0);
    expect(drawn(panels)).toBeLessThanOrEqual(DASHBOARD_POINTS);
    // The topic's page draws more of it, still bounded; the measure page holds every figure.
    const page = await createCaller({ db, isAdmin: false }).topics.panel({ id: 'iran-drones' });
    expect(page.charts.length).toBeLessThanOrEqual(CHARTS_ON_TOPIC_PAGE);
    expect(drawn([page])).toBeLessThanOrEqual(TOPIC_PAGE_POINTS);
    expect(page.charts.length + page.others.length).toBe(page.measureCount);
    // Its flags: the first FLAGS_ON_TOPIC_PAGE, disagreements before notes, and how many in all.
    expect(page.flags.length).toBeLessThanOrEqual(FLAGS_ON_TOPIC_PAGE);
    expect(page.flagCount).toBeGreaterThanOrEqual(page.flags.length);
    const notes = page.flags.map((f) => isNote(f.kind));
    expect(notes).toEqual([...notes].sort((a, b) => Number(a) - Number(b)));
    // The measure page's charts carry only the flags that name a value they draw.
    const chart = await createCaller({ db, isAdmin: false }).measures.chart({ id: 'drones-delivered' });
    const drawnIds = new Set(chart.series.points.map((p) => p.claimId));
    for (const f of chart.series.flags) expect(f.claimIds.length > 0 && f.claimIds.every((id) => drawnIds.has(id)), f.id).toBe(true);
    const all = await createCaller({ db, isAdmin: false }).measures.claims({ id: 'drones-delivered', state: 'counted', limit: 1 });
    expect(all.total).toBeGreaterThanOrEqual(drones.figures);
    expect(JSON.stringify(panels).length).toBeLessThan(300_000);
  });
});
