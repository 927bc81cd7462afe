import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { createCaller } from '@/server/trpc/router';
import type { Db } from '@/server/db/client';
import { targets } from './targets';

describe.each(targets)('procedures through createCaller over $name', (target) => {
  let db: Db;
  let dispose: () => Promise<void>;
  let reopen: () => Promise<Db>;
  const caller = () => createCaller({ db, isAdmin: false });

  beforeAll(async () => {
    ({ db, dispose, reopen } = await target.open());
  });
  afterAll(async () => dispose());

  it('topics.list: every topic with its measures', async () => {
    const topics = (await caller().topics.list()).items;
    expect(topics.map((t) => t.id)).toEqual(['iran-drones', 'iran-russia-arms', 'war-in-ukraine']);
    expect(topics[0].measureIds).toEqual(expect.arrayContaining(['drones-delivered', 'drones-agreed']));
  });

  it('measures.list and measures.get: claims and flags of a measure', async () => {
    const list = (await caller().measures.list()).items;
    expect(list.find((m) => m.id === 'drones-delivered')).toMatchObject({ claimCount: 4, sourceCount: 2 });
    const d = await caller().measures.get({ id: 'drones-delivered' });
    const kirby = d.claims.find((c) => c.id === 'pa-drones-delivered-more-than-400')!;
    expect(kirby).toMatchObject({
      measureId: 'drones-delivered',
      sourceId: 'pa-russia-attack-drones-2023-05-15',
      value: { low: 400, high: null, best: 400, lowInclusive: false, highInclusive: false, qualifier: 'more-than', text: 'more than 400' },
      unit: 'drones',
      asOf: '2023-05-15',
      periodStart: '2022-08-01',
      speaker: { name: 'John Kirby', role: 'National Security Council spokesman', organisation: 'White House' },
      outlet: 'Press Association',
      published: '2023-05-15',
      publishedEstimate: null,
    });
    expect(d.flags.map((f) => f.kind)).toEqual(expect.arrayContaining(['denial', 'different-measures']));
  });

  it('claims carry the exact quote at its offsets in the stored text', async () => {
    const src = await caller().sources.get({ id: 'northern-advocate-iran-drone-supply' });
    expect(src.source.published).toBeNull();
    expect(src.source.publishedEstimate?.reason).toMatch(/9 1\/2 month/);
    for (const c of src.claims) {
      expect(src.source.text.slice(c.start, c.end)).toBe(c.quote);
      expect(src.source.text.slice(c.figureStart, c.figureEnd)).toBe(c.value.text);
      expect(c.publishedEstimate).toEqual(src.source.publishedEstimate);
    }
    const agreed = src.claims.find((c) => c.id === 'na-drones-agreed-6000')!;
    expect(agreed.citedBy).toEqual(['The Washington Post']);
    expect(agreed.citation).toBe('unnamed security official, told The Washington Post, reported by The Northern Advocate');
    expect(agreed.asOfEstimated).toBe(true);
  });

  it('claims.list filters; claims.get returns the claim with its flags', async () => {
    const all = (await caller().claims.list({})).items;
    expect(all).toHaveLength(14);
    expect((await caller().claims.list({ measureId: 'war-duration' })).items).toHaveLength(3);
    const one = await caller().claims.get({ id: 'na-payment-1-billion' });
    expect(one.claim.value).toMatchObject({ low: 1e9, high: 1e9 });
    expect(one.claim.currency).toBe('USD');
    expect(one.flags.map((f) => f.kind)).toEqual(['single-source']);
  });

  it('flags.list and topics.summary', async () => {
    const flags = (await caller().flags.list({})).items;
    const kinds = new Set(flags.map((f) => f.kind));
    for (const k of ['different-measures', 'denial', 'within-source', 'single-source']) expect(kinds.has(k as never)).toBe(true);
    expect((await caller().flags.list({ kind: 'within-source' })).items).toHaveLength(1);
    const s = await caller().topics.summary();
    expect(s).toMatchObject({ figures: 14, sources: 2, measures: 8, openFlags: flags.length });
  });

  it('sources.list and the dashboard read model', async () => {
    const list = (await caller().sources.list()).items;
    expect(list.map((s) => s.id)).toEqual(['pa-russia-attack-drones-2023-05-15', 'northern-advocate-iran-drone-supply']);
    const dash = await caller().topics.dashboard();
    const drones = dash.panels.find((p) => p.topic.id === 'iran-drones')!;
    expect(drones.comparison?.points.map((p) => p.valueText)).toEqual(expect.arrayContaining(['6,000', 'more than 400']));
    const war = dash.panels.find((p) => p.topic.id === 'war-in-ukraine')!;
    expect(war.charts.find((c) => c.measure.id === 'war-duration')?.duration?.line.length).toBeGreaterThan(10);
  });

  it('unknown ids are NOT_FOUND with a message; bad input is BAD_REQUEST', async () => {
    await expect(caller().measures.get({ id: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No measure with id "nope".' });
    await expect(caller().sources.get({ id: 'nope' })).rejects.toBeInstanceOf(TRPCError);
    await expect(caller().claims.get({ id: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // @ts-expect-error: a kind that does not exist
    await expect(caller().flags.list({ kind: 'bogus' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(caller().measures.get({ id: '' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('a later start loads nothing twice', async () => {
    db = await reopen();
    expect((await caller().claims.list({})).items).toHaveLength(14);
    const rev = await db.query<{ n: number }>('SELECT n FROM revision');
    expect(rev[0].n).toBe(1);
    const migrations = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(migrations.map((m) => m.version)[0]).toBe(1);
  });
});
