import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '@/server/trpc/router';
import type { Db } from '@/server/db/client';
import { ingestArticle } from '@/server/db/ingest';
import { IngestInput } from '@/server/ingest/input';
import { failingAtEvent, targets } from './targets';

const ARTICLE = {
  outlet: 'Test Gazette',
  title: 'More drones promised',
  published: '2023-06-01',
  text: 'Iran has agreed to send about 2,000 more drones, a Western official told Reuters on Wednesday. The official said Russia would pay $1.7 billion. Separately, 14 people were hurt in Kyiv.',
};

describe.each(targets)('ingest and review on $name', (target) => {
  let db: Db;
  let dispose: () => Promise<void>;
  const admin = () => createCaller({ db, isAdmin: true });
  const anon = () => createCaller({ db, isAdmin: false });
  const count = async (table: string) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
  });
  afterAll(async () => dispose());

  it('refuses a write without the admin token and writes nothing', async () => {
    const before = await count('sources');
    await expect(anon().ingest.create(ARTICLE)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await count('sources')).toBe(before);
  });

  it('previews without writing, then stores every figure with its decision', async () => {
    const before = await count('claims');
    const preview = await anon().ingest.preview(ARTICLE);
    expect(preview.stored).toBe(false);
    expect(await count('claims')).toBe(before);
    const r = await admin().ingest.create(ARTICLE);
    expect(r).toMatchObject({ stored: true, duplicate: false, outlet: 'Test Gazette' });
    expect(r.figures.map((f) => f.text)).toEqual(preview.figures.map((f) => f.text));
    const agreed = r.figures.find((f) => f.text === 'about 2,000')!;
    expect(agreed).toMatchObject({ value: { low: 1800, high: 2200, qualifier: 'about' }, unit: 'drones', measureId: 'drones-agreed', decision: 'accepted-automatically' });
    expect(r.accepted + r.needsReview).toBe(r.figures.length);
    const src = await anon().sources.get({ id: r.sourceId });
    for (const c of src.claims) expect(src.source.text.slice(c.figureStart, c.figureEnd)).toBe(c.value.text);
    // An automatically accepted figure counts at once: it is on its measure and in the flags.
    const m = await anon().measures.get({ id: 'drones-agreed' });
    expect(m.claims.find((c) => c.id === agreed.claimId)?.review).toBe('auto');
    expect(((await anon().flags.list({ measureId: 'drones-agreed' })).items).some((f) => f.kind === 'single-source')).toBe(false);
  });

  it('stores the same text once and reports the duplicate', async () => {
    const sources = await count('sources');
    const again = await admin().ingest.create({ ...ARTICLE, title: 'Another title' });
    expect(again).toMatchObject({ duplicate: true, stored: false });
    expect(await count('sources')).toBe(sources);
  });

  it('says what is wrong with bad input, field by field', async () => {
    const bad = async (input: Record<string, unknown>, pattern: RegExp) => {
      await expect(admin().ingest.create(input as never)).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(pattern) });
    };
    await bad({ ...ARTICLE, text: '   ' }, /text is empty/);
    await bad({ ...ARTICLE, outlet: undefined }, /outlet is required/);
    await bad({ ...ARTICLE, text: 'x'.repeat(1_000_001) }, /at most 1 MB/);
    await bad({ ...ARTICLE, text: 'abc\u0000def 5 drones' }, /text contains a NUL character/);
    await bad({ ...ARTICLE, text: 'abc\u0001def 5 drones' }, /binary data or invalid UTF-8/);
    await bad({ ...ARTICLE, text: 'bad \uFFFD byte' }, /invalid UTF-8/);
    await bad({ ...ARTICLE, text: '<html><body><p>400 drones</p></body></html>' }, /HTML markup.*plain text/);
    await bad({ ...ARTICLE, published: '2023-02-30' }, /not a real calendar date/);
    await bad({ ...ARTICLE, published: '15/05/2023' }, /YYYY-MM-DD/);
  });

  it('leaves nothing behind when an ingest fails half-way', async () => {
    const before = [await count('sources'), await count('claims'), await count('claim_events')];
    const failing = failingAtEvent(db, 1);
    await expect(ingestArticle(failing, IngestInput.parse({ ...ARTICLE, text: `${ARTICLE.text} Another 300 drones came later.` }))).rejects.toThrow('disk full');
    expect([await count('sources'), await count('claims'), await count('claim_events')]).toEqual(before);
  });

  it('review: accept, reject and edit keep every claim, marked, with when and why', async () => {
    const r = await admin().ingest.create({ ...ARTICLE, title: 'Review me', text: 'A spokesman said 120 drones and 35 missiles were fired overnight. Ukraine shot down 40 of them.' });
    const [a, b, c] = r.figures.map((f) => f.claimId);
    await expect(anon().review.accept({ id: a })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect((await admin().review.accept({ id: a, reason: 'checked' })).review).toBe('reviewed');
    await expect(admin().review.accept({ id: a })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(admin().review.reject({ id: b, reason: '' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect((await admin().review.reject({ id: b, reason: 'not a stock of drones' })).review).toBe('rejected');
    const edited = await admin().review.edit({
      id: c,
      reason: 'value misread',
      value: { low: 40, high: 40, best: 40, lowInclusive: true, highInclusive: true, qualifier: 'exact', text: '40' },
      speaker: { name: null, role: null, organisation: 'Ukrainian air force' },
    });
    expect(edited).toMatchObject({ supersedes: c, review: 'reviewed', speaker: { organisation: 'Ukrainian air force' } });
    const old = await anon().claims.get({ id: c });
    expect(old.claim.review).toBe('superseded');
    await expect(anon().review.accept({ id: 'nope' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(admin().review.accept({ id: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const history = await anon().review.history({ id: old.claim.measureId });
    expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(['superseded', 'corrected']));
    expect(history.find((h) => h.action === 'superseded')?.reason).toBe('value misread');
    expect((await anon().review.queue({ limit: 500 })).items.some((q) => q.id === a || q.id === b)).toBe(false);
  });

  it('a proposed measure can be named and moved to a topic, by an admin only', async () => {
    const r = await admin().ingest.create({ ...ARTICLE, title: 'New measure', text: 'Engineers laid 75 pontoons across the river, the ministry said.' });
    const proposed = r.figures.find((f) => f.newMeasure);
    expect(proposed).toBeDefined();
    const id = proposed!.measureId;
    expect((await anon().measures.get({ id })).topic.id).toBe('unsorted');
    await expect(anon().measures.update({ id, title: 'Pontoons laid' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(admin().measures.update({ id: 'nope', title: 'Pontoons laid' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(admin().measures.update({ id, topicId: 'no-such-topic' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/Unknown topic/) });
    await expect(admin().measures.update({ id })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/nothing to change/) });
    await expect(admin().measures.update({ id, title: 'x' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const updated = await admin().measures.update({ id, title: 'Pontoons laid across the Dnipro', topicId: 'war-in-ukraine', keywords: ['Pontoon', 'bridge'] });
    expect(updated).toMatchObject({ id, title: 'Pontoons laid across the Dnipro', topicId: 'war-in-ukraine', keywords: ['pontoon', 'bridge'] });
    const detail = await anon().measures.get({ id });
    expect([detail.measure.title, detail.topic.id, detail.claims.length]).toEqual(['Pontoons laid across the Dnipro', 'war-in-ukraine', 1]);
    expect(((await anon().topics.list()).items).find((t) => t.id === 'war-in-ukraine')?.measureIds).toContain(id);
  });
});
