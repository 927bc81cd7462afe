import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '@/server/trpc/router';
import type { Db } from '@/server/db/client';
import { targets } from './targets';

// Written for this test: two outlets on one invented event, in other words for the same quantities.
const FIRST = {
  outlet: 'Valley Herald',
  title: 'Kessel fire doubles in size as winds shift',
  published: '2024-08-14',
  text: 'The Kessel fire has burned about 12,000 hectares, the regional fire service said on Wednesday. At least 14 people have been killed and 30 injured in the Kessel fire. Some 2,000 residents were evacuated.',
};
const SECOND = {
  outlet: 'Coast Post',
  title: 'Death toll rises as the Kessel blaze spreads',
  published: '2024-08-14',
  text: 'A satellite estimate put the area scorched by the Kessel fire at 30,000 hectares on Wednesday. Officials said 16 people had died. About 2,100 people have fled their homes.',
};

describe.each(targets)('measures and topics emerge from articles on $name', (target) => {
  let db: Db;
  let dispose: () => Promise<void>;
  const admin = () => createCaller({ db, isAdmin: true });
  const anon = () => createCaller({ db, isAdmin: false });

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
  });
  afterAll(async () => dispose());

  it('files the first article under a topic named after its event, each quantity on a named measure', async () => {
    const r = await admin().ingest.create(FIRST);
    const topics = (await anon().topics.list()).items;
    const topic = topics.find((t) => t.title === 'Kessel fire');
    expect(topic).toBeDefined();
    const titles = ((await anon().measures.list()).items).filter((m) => m.topicId === topic!.id).map((m) => m.title);
    expect(titles).toEqual(expect.arrayContaining(['Area burned by the Kessel fire (ha)', 'People killed in the Kessel fire', 'People injured in the Kessel fire', 'People evacuated in the Kessel fire']));
    expect(r.needsReview).toBe(0);
  });

  it('puts the same quantities from the next outlet, in other words, on the same measures, and flags the one disagreement', async () => {
    const r = await admin().ingest.create(SECOND);
    const measureOf = (text: string) => r.figures.find((f) => f.text.startsWith(text))?.measureId;
    const first = (await anon().sources.list()).items;
    expect(first.length).toBeGreaterThan(0);
    expect(r.figures.every((f) => !f.newMeasure)).toBe(true);
    const area = measureOf('30,000');
    expect(area).toMatch(/^area-burned-by-the-kessel-fire/);
    const flags = (await anon().flags.list({ measureId: area })).items;
    const conflicts = flags.filter((f) => f.kind === 'conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].camps).toHaveLength(2);
    // 14 or more killed and 16 dead agree; about 2,000 and about 2,100 evacuated agree.
    for (const text of ['16', 'About 2,100']) {
      expect((await anon().flags.list({ measureId: measureOf(text) })).items.filter((f) => f.kind === 'conflict')).toEqual([]);
    }
  });

  it('merges and splits measures and topics, keeping every step in the history', async () => {
    const measures = (await anon().measures.list()).items;
    const killed = measures.find((m) => m.title === 'People killed in the Kessel fire')!;
    const injured = measures.find((m) => m.title === 'People injured in the Kessel fire')!;
    await expect(anon().measures.merge({ id: injured.id, into: killed.id, reason: 'test' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(admin().measures.merge({ id: injured.id, into: injured.id, reason: 'same' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await admin().measures.merge({ id: injured.id, into: killed.id, reason: 'casualties counted together' });
    const after = await anon().measures.get({ id: killed.id });
    const moved = after.claims.filter((c) => c.value.text === '30');
    expect(moved).toHaveLength(1);
    expect(((await anon().measures.list()).items).some((m) => m.id === injured.id)).toBe(false);
    expect((await anon().measures.changes({ id: injured.id })).map((e) => e.action)).toEqual(['merged']);
    const split = await admin().measures.split({ id: killed.id, claimIds: moved.map((c) => c.id), title: 'People injured (split back)', reason: 'they are not deaths' });
    expect((await anon().measures.get({ id: split.id })).claims.map((c) => c.id)).toEqual(moved.map((c) => c.id));
    expect((await anon().measures.changes({ id: killed.id })).map((e) => e.action)).toEqual(['absorbed', 'split']);

    const topic = await admin().topics.create({ title: 'Wildfires of 2024' });
    const kessel = ((await anon().topics.list()).items).find((t) => t.title === 'Kessel fire')!;
    await admin().topics.update({ id: kessel.id, title: 'The Kessel fire' });
    await admin().topics.merge({ id: kessel.id, into: topic.id, reason: 'one page for the season' });
    const list = (await anon().topics.list()).items;
    expect(list.some((t) => t.id === kessel.id)).toBe(false);
    expect(list.find((t) => t.id === topic.id)!.measureIds).toContain(killed.id);
    expect((await anon().topics.changes({ id: kessel.id })).map((e) => e.action)).toEqual(['renamed', 'merged']);
  });

  it('sends a later article on the merged event to the topic it was merged into', async () => {
    const r = await admin().ingest.create({ ...FIRST, outlet: 'Ridge Times', title: 'Kessel fire: 20 now dead', published: '2024-08-20', text: 'The death toll from the Kessel fire rose to 20 on Tuesday, officials said.' });
    const m = ((await anon().measures.list()).items).find((x) => x.id === r.figures[0].measureId)!;
    expect(m.title).toBe('People killed in the Kessel fire');
    expect(((await anon().topics.list()).items).filter((t) => t.title.includes('Kessel'))).toEqual([]);
  });
});
