import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '@/server/trpc/router';
import type { Db } from '@/server/db/client';
import { compareDerived } from '@/server/db/derive';
import { sourceHistory } from '@/server/db/source-events';
import type { IngestResult } from '@/server/ingest/result';
import type { RowEdit } from '@/server/ingest/edit-schema';
import { targets } from './targets';

const TEXT =
  'Iran has agreed to send 9,000 more drones to Russia, a Western official told Reuters on Friday. Twelve engineers will travel with them, the ministry said. ' +
  'Officials said 70 drones were launched overnight. The deal is worth $2 billion, according to the Kremlin.';
const ARTICLE = { text: TEXT, outlet: 'Edit Gazette', title: 'Drones and engineers', published: '2023-08-01' };

/** The figures as a page shows them, without what only says whether it was stored. */
const rows = (r: IngestResult) => ({ figures: r.figures, dropped: r.dropped ?? [], accepted: r.accepted, needsReview: r.needsReview, reviewed: r.reviewed });

describe.each(targets)('ingest preview edits over $name', (target) => {
  let db: Db;
  let dispose: () => Promise<void>;
  const admin = () => createCaller({ db, isAdmin: true });
  const agrees = async () => {
    const d = await compareDerived(db);
    expect({ onlyStored: d.onlyStored, onlyDerived: d.onlyDerived, changed: d.changed, counts: d.counts, search: d.search }).toEqual({ onlyStored: [], onlyDerived: [], changed: [], counts: [], search: [] });
  };

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
  });
  afterAll(async () => dispose());

  it('stores exactly what the edited preview showed, each edit kept in the history', async () => {
    const base = await admin().ingest.preview(ARTICLE);
    const id = (text: string) => base.figures.find((f) => f.text === text)!.claimId;
    expect(base.figures.map((f) => f.text)).toEqual(['9,000', 'Twelve', '70', '$2 billion']);
    const edits: RowEdit[] = [
      { claimId: id('Twelve'), drop: true, reason: 'a crew, not a figure of the story' },
      // A hedge changed alone: the interval follows the wording table; a person names the speaker.
      { claimId: id('9,000'), qualifier: 'about', speaker: { name: 'Jane Roe', role: 'official', organisation: 'US State Department' }, measureId: 'drones-agreed', reason: 'the speaker is named later' },
      { claimId: id('70'), low: 60, high: 80, asOf: '2023-07-30', unit: 'attack drones' },
      { claimId: id('$2 billion'), newMeasure: { title: 'Value of the drone deal', kind: 'amount', unit: 'USD', newTopic: { title: 'Drone deal finances' } } },
    ];
    const previewed = await admin().ingest.preview({ ...ARTICLE, edits });
    expect(previewed.stored).toBe(false);
    const nine = previewed.figures.find((f) => f.text === '9,000')!;
    expect(nine).toMatchObject({ value: { low: 8100, high: 9900, qualifier: 'about' }, speaker: 'Jane Roe (official, US State Department)', measureId: 'drones-agreed', decision: 'accepted', edited: true });
    expect(previewed.figures.find((f) => f.text === '70')).toMatchObject({ value: { low: 60, high: 80, best: 70 }, unit: 'attack drones', asOf: '2023-07-30', edited: true });
    const deal = previewed.figures.find((f) => f.text === '$2 billion')!;
    expect(deal).toMatchObject({ measureTitle: 'Value of the drone deal', newMeasure: true, decision: 'accepted' });
    expect(previewed.dropped?.map((f) => f.text)).toEqual(['Twelve']);
    // Nothing was written by the preview.
    expect((await admin().topics.list()).items.some((t) => t.title === 'Drone deal finances')).toBe(false);

    const stored = await admin().ingest.create({ ...ARTICLE, edits });
    expect(stored.stored).toBe(true);
    expect(rows(stored)).toEqual(rows(previewed));

    const src = await admin().sources.get({ id: stored.sourceId });
    expect(src.claims.map((c) => c.value.text).sort()).toEqual(['$2 billion', '70', '9,000']);
    for (const f of stored.figures) {
      const c = src.claims.find((x) => x.id === f.claimId)!;
      expect({ value: c.value, unit: c.unit, measureId: c.measureId, speaker: c.speaker }).toEqual({ value: f.value, unit: f.unit, measureId: f.measureId, speaker: f.speakerDetail });
      expect(c.asOf).toBe(f.asOf);
    }
    expect(src.claims.find((c) => c.value.text === '9,000')!.review).toBe('reviewed');
    const topic = (await admin().topics.list()).items.find((t) => t.title === 'Drone deal finances')!;
    expect(topic.measureIds).toEqual([deal.measureId]);

    const history = await sourceHistory(db, stored.sourceId);
    const edited = history.filter((h) => h.action === 'edited-in-preview');
    expect(edited.map((h) => h.valueText).sort()).toEqual(['$2 billion', '70', '9,000']);
    const nineEvent = edited.find((h) => h.valueText === '9,000')!;
    expect(nineEvent.reason).toBe('the speaker is named later');
    expect(nineEvent.by).toBe('admin token');
    expect(history.find((h) => h.action === 'awaiting-review')?.by ?? 'unknown').toBe('unknown');
    expect(nineEvent.detail).toMatchObject({ fields: ['value', 'speaker'], before: { value: { qualifier: 'exact', low: 9000 } }, after: { value: { qualifier: 'about', low: 8100 }, speaker: 'Jane Roe (official, US State Department)' } });
    expect(history.find((h) => h.action === 'dropped-in-preview')).toMatchObject({ claimId: null, valueText: 'Twelve', reason: 'a crew, not a figure of the story' });
    const m = await admin().review.history({ id: 'drones-agreed' });
    expect(m.filter((h) => h.claimId === nine.claimId).map((h) => h.action)).toEqual(['edited-in-preview', 'accepted']);
    await agrees();
  });

  it('refuses bad edits with a 400 naming the row, and stores nothing', async () => {
    const article = { ...ARTICLE, text: `${TEXT} Another 15 drones were shot down.`, title: 'Bad edits' };
    const base = await admin().ingest.preview(article);
    const first = base.figures[0].claimId;
    const cases: [RowEdit[], RegExp][] = [
      [[{ claimId: 'c-nope-01', drop: true }], /no figure “c-nope-01”/],
      [[{ claimId: first, measureId: 'no-such-measure' }], /figure 1 \(“9,000”\): no measure “no-such-measure”/],
      [[{ claimId: first, low: 10 }, { claimId: first, drop: true }], /edited twice/],
      [[{ claimId: first, high: 5 }], /figure 1 \(“9,000”\): low \(9000\) must not exceed high \(5\)/],
      [[{ claimId: first, newMeasure: { title: 'X measure', kind: 'count', unit: 'drones', topicId: 'no-such-topic' } }], /no topic “no-such-topic”/],
    ];
    for (const [edits, message] of cases) {
      await expect(admin().ingest.create({ ...article, edits }), JSON.stringify(edits)).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(message) });
      await expect(admin().ingest.preview({ ...article, edits })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    }
    const invalid: unknown[] = [
      [{ claimId: first, low: 9, high: 3 }],
      [{ claimId: first, asOf: '2023-02-30' }],
      [{ claimId: first, measureId: 'drones-agreed', newMeasure: { title: 'Both', kind: 'count', unit: 'x', topicId: 'iran-drones' } }],
      [{ claimId: first, newMeasure: { title: 'No topic', kind: 'count', unit: 'x' } }],
      [{ claimId: first, low: Number.MAX_VALUE }],
      [{ claimId: first, qualifier: 'roughly' }],
      'not a list',
    ];
    for (const edits of invalid) {
      await expect(admin().ingest.create({ ...article, edits: edits as RowEdit[] }), JSON.stringify(edits)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    }
    expect((await admin().sources.list()).items.some((s) => s.title === 'Bad edits')).toBe(false);
    await agrees();
  });

  it('a proposed measure is made only when a kept row stands on it', async () => {
    const article = { text: 'Sappers laid 75 pontoons across the river overnight, the ministry said.', outlet: 'Pontoon Press', title: 'Pontoons', published: '2023-09-02' };
    const base = await admin().ingest.preview(article);
    const f = base.figures.find((x) => x.text === '75')!;
    expect(f.newMeasure).toBe(true);
    const stored = await admin().ingest.create({ ...article, edits: [{ claimId: f.claimId, measureId: 'drones-agreed' }] });
    expect(stored.figures[0]).toMatchObject({ measureId: 'drones-agreed', newMeasure: false });
    await expect(admin().measures.get({ id: f.measureId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await agrees();
  });
});
