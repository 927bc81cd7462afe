import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '@/server/trpc/router';
import type { Db } from '@/server/db/client';
import { compareDerived, storedFlags } from '@/server/db/derive';
import { targets } from './targets';

/*
 * Figures set aside as incidental (migration 018): stored with their quote on their source page,
 * counted nowhere, never flagged, not in the /review queue; listed by review.queue({state:
 * 'set-aside'}) (GET /api/v1/review?state=set-aside), where a person can promote one.
 */
const ARTICLE = {
  text:
    'The Kessel Ridge fire has burned about 12,000 hectares and forced 6,500 people from their homes, the fire service said on Friday. ' +
    'Dairy farmer Gus Harrow, who left with his wife and two dogs on Sunday, said the glow over the ridge was like a second sunset. ' +
    '“That was my whole life, and I had 20 minutes,” said another resident.',
  outlet: 'Halvern Courier',
  title: 'Kessel Ridge fire grows',
  published: '2024-08-02',
};

describe.each(targets)('figures set aside over $name', (target) => {
  let db: Db;
  let dispose: () => Promise<void>;
  const admin = () => createCaller({ db, isAdmin: true });
  const reader = () => createCaller({ db, isAdmin: false });

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
  });
  afterAll(async () => dispose());

  it('stores them on the source page, counts them nowhere, and lists them apart from the queue until a person promotes one', async () => {
    const stored = await admin().ingest.create(ARTICLE);
    const aside = stored.figures.filter((f) => f.decision === 'set-aside');
    expect(aside.map((f) => f.text).sort()).toEqual(['20 minutes', 'two']);
    expect(stored.setAside).toBe(2);
    expect(stored.needsReview + stored.accepted + (stored.setAside ?? 0)).toBe(stored.figures.length);

    // On the source page, with the quote, the reason and the state.
    const page = await reader().sources.get({ id: stored.sourceId });
    const dogs = page.claims.find((c) => c.value.text === 'two')!;
    expect(dogs).toMatchObject({ review: 'set-aside', quote: expect.stringContaining('two dogs') });
    expect(dogs.note).toMatch(/small count named in passing/);

    // Not in the queue, by article or by claim; listed under set-aside, and only there.
    const articles = (await reader().review.articles({ limit: 100 })).items;
    expect(articles.flatMap((a) => a.claims).some((c) => c.review === 'set-aside')).toBe(false);
    expect((await reader().review.queue({ limit: 100 })).items.some((c) => c.review === 'set-aside')).toBe(false);
    const listed = await reader().review.queue({ state: 'set-aside', limit: 100 });
    expect(listed.items.map((c) => c.id).sort()).toEqual(aside.map((f) => f.claimId).sort());
    expect(listed.total).toBe(2);

    // Counted nowhere, flagged never: stored counts and flags agree with a derivation that reads only what counts.
    const flags = await storedFlags(db);
    expect(flags.some((f) => f.claimIds.some((id) => aside.some((a) => a.claimId === id)))).toBe(false);
    const d = await compareDerived(db);
    expect({ onlyStored: d.onlyStored, onlyDerived: d.onlyDerived, changed: d.changed, counts: d.counts }).toEqual({ onlyStored: [], onlyDerived: [], changed: [], counts: [] });
    const measure = await reader().measures.get({ id: dogs.measureId });
    expect(measure.claims.some((c) => c.id === dogs.id && c.review === 'set-aside')).toBe(measure.claims.some((c) => c.id === dogs.id));

    // A reader cannot promote; a reviewer can, and the history keeps both decisions.
    await expect(reader().review.accept({ id: dogs.id })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const promoted = await admin().review.accept({ id: dogs.id, reason: 'the farm animals are part of the story' });
    expect(promoted).toMatchObject({ review: 'reviewed', note: null });
    expect((await reader().review.queue({ state: 'set-aside', limit: 100 })).items.map((c) => c.value.text)).toEqual(['20 minutes']);
    const history = (await reader().sources.history({ id: stored.sourceId })).events.filter((e) => e.claimId === dogs.id).map((e) => e.action);
    expect(history).toEqual(['set-aside', 'accepted']);
    // Once reviewed it is no longer open: a second decision is refused.
    await expect(admin().review.reject({ id: dogs.id, reason: 'changed my mind' })).rejects.toMatchObject({ code: 'CONFLICT' });

    // The other may be rejected straight from the list; retracting the article takes set-aside figures with it.
    const minutes = aside.find((f) => f.text === '20 minutes')!;
    const again = await admin().ingest.create({ ...ARTICLE, text: ARTICLE.text.replace('Gus Harrow', 'Gus Harrowe'), outlet: 'Ridge Weekly' });
    await admin().review.retractArticle({ id: again.sourceId, reason: 'pasted twice by mistake' });
    expect((await reader().sources.get({ id: again.sourceId })).claims.every((c) => c.review === 'retracted')).toBe(true);
    await admin().review.reject({ id: minutes.claimId, reason: 'a resident’s memory, not a figure' });
    expect((await reader().review.queue({ state: 'set-aside', limit: 100 })).total).toBe(0);
  });

  it('a set-aside figure a person places in the preview is stored as reviewed, without the note', async () => {
    const article = { ...ARTICLE, outlet: 'Preview Post', text: ARTICLE.text.replace('Gus Harrow', 'Gus Harlow').replace('12,000', '13,000') };
    const base = await admin().ingest.preview(article);
    const dogs = base.figures.find((f) => f.text === 'two')!;
    expect(dogs.decision).toBe('set-aside');
    const stored = await admin().ingest.create({ ...article, edits: [{ claimId: dogs.claimId, measureId: dogs.measureId, reason: 'the farm’s animals matter here' }] });
    const claim = (await reader().sources.get({ id: stored.sourceId })).claims.find((c) => c.value.text === 'two')!;
    expect(claim).toMatchObject({ review: 'reviewed', note: null });
  });

  it('refuses an unknown state with a 400 that names it', async () => {
    await expect(reader().review.queue({ state: 'aside' as 'set-aside' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
