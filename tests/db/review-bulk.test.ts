import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '@/server/trpc/router';
import type { Db } from '@/server/db/client';
import { compareDerived, storedFlags } from '@/server/db/derive';
import type { SearchPage } from '@/server/domain/search';
import { targets } from './targets';

const MIXED = {
  text:
    'Iran has agreed to send 9,000 more drones to Russia, a Western official told Reuters on Friday. Twelve engineers will travel with them, the ministry said. ' +
    'Officials said 70 drones were launched overnight. The deal is worth $2 billion, according to the Kremlin.',
  outlet: 'Bulk Bulletin',
  title: 'Drones and engineers',
  published: '2023-08-01',
};
const WRONG = {
  text: 'Iran has delivered more than 2,000 drones to Russia, a US official in Quixotown said on Monday. Russia has paid 3 billion dollars for them, the official added.',
  outlet: 'Pasted By Mistake',
  title: 'Not our article',
  published: '2023-06-05',
};

describe.each(targets)('review per article and in bulk over $name', (target) => {
  let db: Db;
  let dispose: () => Promise<void>;
  const admin = () => createCaller({ db, isAdmin: true });
  const reader = () => createCaller({ db, isAdmin: false });
  const agrees = async () => {
    const d = await compareDerived(db);
    expect({ onlyStored: d.onlyStored, onlyDerived: d.onlyDerived, changed: d.changed, counts: d.counts }).toEqual({ onlyStored: [], onlyDerived: [], changed: [], counts: [] });
  };
  const claimsOf = async (sourceId: string) => (await reader().sources.get({ id: sourceId })).claims;
  const article = async (sourceId: string) => (await reader().review.articles({ limit: 100 })).items.find((a) => a.sourceId === sourceId);

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
  });
  afterAll(async () => dispose());

  it('groups the queue by article, newest first, and accepts all confident / rejects the rest in one go', async () => {
    const stored = await admin().ingest.create(MIXED);
    const first = (await reader().review.articles()).items[0];
    expect(first.sourceId).toBe(stored.sourceId);
    const open = (await claimsOf(stored.sourceId)).filter((c) => c.review === 'pending' || c.review === 'auto');
    expect(first).toMatchObject({ outlet: 'Bulk Bulletin', pending: stored.needsReview, auto: stored.accepted, more: 0 });
    expect(first.claims.map((c) => c.review)).toEqual([...open.filter((c) => c.review === 'pending'), ...open.filter((c) => c.review === 'auto')].map((c) => c.review));
    expect(first.claims.every((c) => c.measureTitle.length > 0)).toBe(true);
    expect(stored.needsReview).toBeGreaterThan(0);
    expect(first.confident).toBe(open.filter((c) => (c.confidence ?? 0) >= 0.75).length);
    expect(await reader().review.articleClaims({ id: stored.sourceId })).toEqual(first.claims);

    await expect(reader().review.acceptArticle({ id: stored.sourceId })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const accepted = await admin().review.acceptArticle({ id: stored.sourceId, reason: 'checked against the wire' });
    expect(accepted.count).toBe(first.confident);
    const after = await claimsOf(stored.sourceId);
    for (const id of accepted.claimIds) expect(after.find((c) => c.id === id)!.review).toBe('reviewed');
    const history = (await reader().sources.history({ id: stored.sourceId })).events;
    expect(history.filter((e) => e.action === 'accepted' && e.reason === 'checked against the wire').map((e) => e.claimId).sort()).toEqual(accepted.claimIds);
    await agrees();

    const rejected = await admin().review.rejectArticle({ id: stored.sourceId, reason: 'not figures of this story' });
    expect(rejected.count).toBe(stored.needsReview);
    expect((await claimsOf(stored.sourceId)).filter((c) => c.review === 'pending')).toEqual([]);
    expect(await article(stored.sourceId)).toBeUndefined();
    expect((await reader().sources.history({ id: stored.sourceId })).events.filter((e) => e.action === 'rejected')).toHaveLength(rejected.count);
    await agrees();
  });

  it('retracts an article: its claims kept, marked retracted with the reason, and counted nowhere', async () => {
    const measure = async () => (await reader().measures.list({ limit: 500 })).items.find((m) => m.id === 'drones-delivered')!;
    const found = async () => ((await reader().search.query({ q: 'Quixotown' })) as SearchPage).items.filter((i) => i.type === 'claim');
    const before = await measure();
    const stored = await admin().ingest.create(WRONG);
    const delivered = stored.figures.find((f) => f.measureId === 'drones-delivered');
    expect(delivered?.decision).toBe('accepted-automatically');
    expect((await measure()).claimCount).toBe(before.claimCount + 1);
    expect(await found()).not.toEqual([]);
    const inFlags = async () => (await storedFlags(db)).filter((f) => f.claimIds.some((id) => stored.figures.some((x) => x.claimId === id)));
    expect(await inFlags()).not.toEqual([]);

    await expect(admin().review.retractArticle({ id: stored.sourceId, reason: 'x' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(admin().review.retractArticle({ id: 'no-such-source', reason: 'pasted the wrong tab' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const r = await admin().review.retractArticle({ id: stored.sourceId, reason: 'pasted the wrong tab' });
    expect(r.count).toBe(stored.figures.length);
    const claims = await claimsOf(stored.sourceId);
    expect(claims.map((c) => c.review)).toEqual(claims.map(() => 'retracted'));
    expect((await measure()).claimCount).toBe(before.claimCount);
    expect((await measure()).sourceCount).toBe(before.sourceCount);
    expect(await found()).toEqual([]);
    expect(await inFlags()).toEqual([]);
    expect(await article(stored.sourceId)).toBeUndefined();
    const h = await reader().sources.history({ id: stored.sourceId });
    expect(h.retraction).toMatchObject({ reason: 'pasted the wrong tab' });
    // Who: the admin token here (a person's name with accounts).
    expect(h.events.filter((e) => e.action === 'retracted').map((e) => e.by)).toEqual(h.events.filter((e) => e.action === 'retracted').map(() => 'admin token'));
    expect(h.events.filter((e) => e.action === 'retracted').map((e) => e.claimId)).toEqual(expect.arrayContaining([null, ...r.claimIds]));
    // Kept in the measure's history and its claims list, as history.
    expect((await reader().review.history({ id: 'drones-delivered' })).some((e) => e.claimId === delivered!.claimId && e.action === 'retracted' && e.reason === 'pasted the wrong tab')).toBe(true);
    const listed = await reader().claims.list({ measureId: 'drones-delivered', state: 'history' });
    expect(listed.items.some((c) => c.id === delivered!.claimId && c.review === 'retracted')).toBe(true);
    await expect(admin().review.retractArticle({ id: stored.sourceId, reason: 'again, by mistake' })).rejects.toMatchObject({ code: 'CONFLICT' });
    // Retracted claims are closed to review.
    await expect(admin().review.accept({ id: delivered!.claimId })).rejects.toMatchObject({ code: 'CONFLICT' });
    await agrees();
  });

  it('a claim’s unit is corrected from review; bad bulk input is a 4xx', async () => {
    const stored = await admin().ingest.create({ ...MIXED, text: `${MIXED.text} Some 40 launchers were seen.`, title: 'Launchers' });
    const c = (await claimsOf(stored.sourceId)).find((x) => x.review === 'pending' || x.review === 'auto')!;
    const next = await admin().review.edit({ id: c.id, reason: 'the article counts launchers', unit: 'launchers' });
    expect(next).toMatchObject({ unit: 'launchers', supersedes: c.id, review: 'reviewed' });
    for (const input of [{ id: stored.sourceId, minConfidence: 2 }, { id: '' }, { id: stored.sourceId, minConfidence: 'high' }]) {
      await expect(admin().review.acceptArticle(input as never), JSON.stringify(input)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    }
    await expect(admin().review.rejectArticle({ id: stored.sourceId, reason: 'ok', which: 'all' } as never)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(admin().review.edit({ id: c.id, reason: 'empty unit', unit: '  ' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(reader().review.articles({ cursor: '!!' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    // Paging: one article a page reaches every one, each once.
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 20; i++) {
      const p = await reader().review.articles({ limit: 1, cursor });
      seen.push(...p.items.map((a) => a.sourceId));
      if (!p.nextCursor) break;
      cursor = p.nextCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe((await reader().review.articles()).total);
    await agrees();
  });
});
