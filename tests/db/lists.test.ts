import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '@/server/trpc/router';
import type { Db } from '@/server/db/client';
import { getCatalog, claimsOf } from '@/server/db/catalog';
import { isActive } from '@/server/domain/flags';
import { byCodePoint } from '@/server/db/ingest-state';
import { targets } from './targets';

const ARTICLES = [
  { outlet: 'Harbour Post', title: 'Ferry strike strands travellers', published: '2024-03-05', text: 'The ferry strike stranded 1,200 passengers on Monday, the union said. Police said 14 people were arrested.' },
  { outlet: 'Coast Courier', title: 'Ferry strike: day two', published: '2024-03-06', text: 'About 1,500 passengers were stranded by the ferry strike, port officials said on Tuesday.' },
  { outlet: 'Valley News', title: 'Wildfire grows', published: '2024-07-02', text: 'The wildfire has burned 12,000 hectares, the fire service said on Tuesday. Some 300 homes were evacuated.' },
];

/**
 * The lists read a page at a time in SQL (server/db/lists.ts). What they answer must be what the
 * whole catalogue says, in a fixed order, and walking the cursors must give every item once.
 */
describe.each(targets)('API lists on $name', (target) => {
  let db: Db;
  let dispose: () => Promise<void>;
  const anon = () => createCaller({ db, isAdmin: false });
  beforeAll(async () => {
    ({ db, dispose } = await target.open());
    for (const a of ARTICLES) await createCaller({ db, isAdmin: true }).ingest.create(a);
  });
  afterAll(async () => dispose());

  /** Every item of a list, page by page of `limit`, checking each page's total and cursor. */
  async function walk<T extends { id: string }>(list: (p: { limit: number; cursor?: string }) => Promise<{ items: T[]; nextCursor: string | null; total: number }>, limit: number) {
    const out: T[] = [];
    let cursor: string | undefined;
    let total = -1;
    for (let i = 0; i < 1000; i++) {
      const page = await list({ limit, cursor });
      total = page.total;
      out.push(...page.items);
      if (!page.nextCursor) break;
      expect(page.items).toHaveLength(limit);
      cursor = page.nextCursor;
    }
    expect(out).toHaveLength(total);
    expect(new Set(out.map((x) => x.id)).size).toBe(out.length);
    return out;
  }

  it('measures: every live measure once, in (position, id) order, with counts as the catalogue has them', async () => {
    const cat = await getCatalog(db.reader());
    for (const limit of [1, 3, 100]) {
      const all = await walk((p) => anon().measures.list(p), limit);
      expect(all.map((m) => m.id)).toEqual([...cat.measures].sort((a, b) => a.position - b.position || byCodePoint(a.id, b.id)).map((m) => m.id));
      for (const m of all) {
        const active = claimsOf(cat, m.id).filter(isActive);
        expect([m.claimCount, m.sourceCount, m.flagCount], m.id).toEqual([active.length, new Set(active.map((c) => c.sourceId)).size, (cat.flagsByMeasure.get(m.id) ?? []).length]);
      }
    }
    const topic = cat.measures[0].topicId;
    expect((await walk((p) => anon().measures.list({ ...p, topicId: topic }), 2)).map((m) => m.topicId)).toEqual(cat.measures.filter((m) => m.topicId === topic).map(() => topic));
  });

  it('topics, sources, claims and flags: the catalogue’s items, each once, with their counts', async () => {
    const cat = await getCatalog(db.reader());
    const topics = await walk((p) => anon().topics.list(p), 2);
    expect(topics.map((t) => t.id).sort()).toEqual(cat.topics.map((t) => t.id).sort());
    for (const t of topics) {
      const live = cat.measures.filter((m) => m.topicId === t.id);
      expect(t.measureIds.sort()).toEqual(live.map((m) => m.id).sort());
      expect(t.figureCount).toBe(live.flatMap((m) => claimsOf(cat, m.id)).filter(isActive).length);
    }
    const sources = await walk((p) => anon().sources.list(p), 2);
    expect(sources.map((s) => s.id).sort()).toEqual(cat.sources.map((s) => s.id).sort());
    const dates = sources.map((s) => s.published ?? s.publishedEstimate?.to ?? '');
    expect(dates).toEqual([...dates].sort().reverse()); // newest first
    for (const s of sources) expect(s.claimCount).toBe((cat.claimsBySource.get(s.id) ?? []).filter(isActive).length);
    expect((await walk((p) => anon().claims.list(p), 5)).map((c) => c.id).sort()).toEqual(cat.claims.map((c) => c.id).sort());
    const ferry = cat.claims.find((c) => c.quote.includes('1,200'))!;
    expect((await walk((p) => anon().claims.list({ ...p, measureId: ferry.measureId }), 1)).every((c) => c.measureId === ferry.measureId)).toBe(true);
    expect((await walk((p) => anon().claims.list({ ...p, sourceId: ferry.sourceId }), 1)).map((c) => c.sourceId)).toEqual((cat.claimsBySource.get(ferry.sourceId) ?? []).map(() => ferry.sourceId));
    expect((await walk((p) => anon().flags.list(p), 2)).map((f) => f.id).sort()).toEqual(cat.flags.map((f) => f.id).sort());
    const kind = cat.flags[0].kind;
    expect((await walk((p) => anon().flags.list({ ...p, kind }), 1)).map((f) => f.id).sort()).toEqual(cat.flags.filter((f) => f.kind === kind).map((f) => f.id).sort());
    const m = cat.flags[0].measureIds[0];
    expect((await walk((p) => anon().flags.list({ ...p, measureId: m }), 1)).map((f) => f.id).sort()).toEqual((cat.flagsByMeasure.get(m) ?? []).map((f) => f.id).sort());
  });

  it('flags by topic and by group; the /flags page puts every disagreement before any note and names what it links to', async () => {
    const cat = await getCatalog(db.reader());
    const notes = new Set(['single-source', 'different-measures']);
    const topicId = cat.flags.find((f) => f.topicId)!.topicId!;
    expect((await walk((p) => anon().flags.list({ ...p, topicId }), 1)).map((f) => f.id).sort()).toEqual(cat.flags.filter((f) => f.topicId === topicId).map((f) => f.id).sort());
    for (const group of ['disagreements', 'notes'] as const) {
      const want = cat.flags.filter((f) => notes.has(f.kind) === (group === 'notes'));
      expect((await walk((p) => anon().flags.list({ ...p, group }), 2)).map((f) => f.id).sort(), group).toEqual(want.map((f) => f.id).sort());
    }
    // Both kinds exist here (the seeds' denial and single-source notes), so the order is tested.
    expect(cat.flags.some((f) => notes.has(f.kind)) && cat.flags.some((f) => !notes.has(f.kind))).toBe(true);
    const paged = await walk((p) => anon().flags.page(p), 2);
    const isNote = paged.map((f) => notes.has(f.kind));
    expect(isNote).toEqual([...isNote].sort((a, b) => Number(a) - Number(b)));
    expect(paged.map((f) => f.id).sort()).toEqual(cat.flags.map((f) => f.id).sort());
    const first = await anon().flags.page({ limit: 5 });
    for (const f of first.items) for (const m of f.measureIds) expect(first.names.measures[m], m).toBe(cat.measures.find((x) => x.id === m)?.title);
  });

  it('the planner knows how big the tables are (PGlite has no autovacuum: Tally analyses them itself)', async () => {
    const [row] = await db.query<{ n: number }>("SELECT reltuples::int AS n FROM pg_class WHERE relname = 'claims'");
    // Without ANALYZE a table the planner has never measured says -1 (or 0) whatever it holds.
    if (target.name === 'pglite') expect(row.n).toBeGreaterThanOrEqual(14);
    else expect(row.n).toBeDefined();
  });

  it('a page holds 100 without a limit; a cursor that names nothing is a 400 that says so', async () => {
    const first = await anon().claims.list({});
    expect(first.items.length).toBe(Math.min(100, first.total));
    await expect(anon().measures.list({ cursor: Buffer.from('no-such-measure').toString('base64url') })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/cursor names nothing/) });
    await expect(anon().measures.list({ cursor: 'not a cursor!' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
