import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '@/server/trpc/router';
import type { Db } from '@/server/db/client';
import { fillAsOfSpans } from '@/server/db/as-of-spans';
import { ensureDerived } from '@/server/db/derive';
import { dataCsv, CSV_COLUMNS } from '@/server/embed/data';
import { targets } from './targets';

/*
 * Issue 10 item 6 through storage and the API: the span a figure's words name ("last year", "in
 * late September") is stored with the claim (migration 016), answered on every claim, and said by
 * the chart; as_of keeps its meaning for ordering and flags.
 */

const ARTICLE = {
  outlet: 'Span Herald',
  title: 'Drone launches counted',
  published: '2023-06-07',
  text: 'Russia launched 3,100 drones at Ukraine last year, the air force said. In late April, it launched 410 drones in a week, officials said. On 3 May, 45 drones were shot down.',
};

describe.each(targets)('as-of spans on $name', (target) => {
  let db: Db;
  let dispose: () => Promise<void>;
  const admin = () => createCaller({ db, isAdmin: true });
  const anon = () => createCaller({ db, isAdmin: false });

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
  });
  afterAll(async () => dispose());

  it('the seeds say "last year" as the year and "late September" as that part of the month', async () => {
    const hundreds = (await anon().claims.get({ id: 'pa-drones-sold-hundreds' })).claim;
    expect(hundreds).toMatchObject({ asOf: '2022-12-31', asOfSpan: { from: '2022-01-01', to: '2022-12-31', precision: 'year' }, asOfText: '2022' });
    // An undated page: the span read from its estimated date, since it lands on the curated as-of.
    const provinces = (await anon().claims.get({ id: 'na-provinces-four' })).claim;
    expect(provinces).toMatchObject({ asOf: '2022-09-30', asOfSpan: { from: '2022-09-21', to: '2022-09-30', precision: 'part-month' }, asOfText: 'late Sept 2022' });
    // A figure dated by its page is that day; one of an undated page says its estimate.
    const kirby = (await anon().claims.get({ id: 'pa-drones-delivered-more-than-400' })).claim;
    expect(kirby).toMatchObject({ asOfSpan: null, asOfText: '15 May 2023' });
    const agreed = (await anon().claims.get({ id: 'na-drones-agreed-6000' })).claim;
    expect(agreed.asOfText).toMatch(/^unknown, estimated \d+ \w+ 2022 – \d+ \w+ 2022$/);
  });

  it('an ingested figure keeps its span through storage, the lists, the chart and the CSV', async () => {
    const r = await admin().ingest.create(ARTICLE);
    expect(r.stored).toBe(true);
    const claims = (await anon().sources.get({ id: r.sourceId })).claims;
    const by = (text: string) => claims.find((c) => c.value.text === text)!;
    expect(by('3,100')).toMatchObject({ asOf: '2022-12-31', asOfSpan: { precision: 'year' }, asOfText: '2022' });
    expect(by('410')).toMatchObject({ asOf: '2023-04-30', asOfSpan: { from: '2023-04-21', to: '2023-04-30', precision: 'part-month' }, asOfText: 'late Apr 2023' });
    expect(by('45')).toMatchObject({ asOf: '2023-05-03', asOfSpan: null, asOfText: '3 May 2023' });

    const listed = (await anon().claims.list({ sourceId: r.sourceId })).items.find((c) => c.id === by('3,100').id)!;
    expect(listed.asOfText).toBe('2022');
    const detail = await anon().measures.get({ id: by('3,100').measureId });
    expect(detail.claims.find((c) => c.id === by('3,100').id)?.asOfSpan?.precision).toBe('year');

    // Search says the date as the rest of the site does, while it still sorts by the day (it finds counted figures).
    if (by('3,100').review === 'pending') await admin().review.accept({ id: by('3,100').id });
    const page = async (q: Parameters<ReturnType<typeof anon>['search']['query']>[0]) => {
      const r = await anon().search.query(q);
      if (Array.isArray(r)) throw new Error('tRPC answers a page');
      return r;
    };
    const hit = (await page({ q: 'drones', outlet: 'Span Herald', type: 'claim' })).items.find((i) => i.id === by('3,100').id)!;
    expect(hit).toMatchObject({ date: '2022-12-31', dateText: '2022' });
    const undated = (await page({ q: 'Northern Advocate', type: 'source' })).items.find((i) => i.id === 'northern-advocate-iran-drone-supply')!;
    expect(undated.dateText).toMatch(/^unknown, estimated /);

    const csv = dataCsv([by('3,100')]).replace(/^\uFEFF/, '').split('\r\n');
    expect(csv[0].split(',').slice(0, 21)).toEqual([...CSV_COLUMNS].slice(0, 21));
    // The added columns close the row (its quote has commas of its own).
    expect(csv[0].split(',').slice(-4)).toEqual(['as_of_text', 'as_of_span_from', 'as_of_span_to', 'as_of_precision']);
    expect(csv[1].split(',').slice(-4)).toEqual(['2022', '2022-01-01', '2022-12-31', 'year']);
  });

  it('a corrected date is the day a person typed', async () => {
    const [{ id }] = await db.query<{ id: string }>("SELECT id FROM claims WHERE value_text = '410' AND as_of_precision = 'part-month'");
    // Inside the span the words named, and still a day: the person said which one.
    const next = await admin().review.edit({ id, reason: 'officials gave the week ending 28 April', asOf: '2023-04-28' });
    expect(next).toMatchObject({ asOf: '2023-04-28', asOfSpan: null, asOfText: '28 Apr 2023' });
    const [row] = await db.query<{ p: string | null }>('SELECT as_of_precision AS p FROM claims WHERE id = $1', [next.id]);
    expect(row.p).toBeNull();
  });

  it('migration 016 gives claims stored before it the span their words name, and flags are derived again', async () => {
    await db.query("UPDATE claims SET as_of_from = NULL, as_of_to = NULL, as_of_precision = NULL WHERE id IN ('pa-drones-sold-hundreds', 'na-provinces-four')");
    expect((await anon().claims.get({ id: 'pa-drones-sold-hundreds' })).claim.asOfText).toBe('31 Dec 2022');
    await db.transaction((tx) => fillAsOfSpans(tx));
    const [stamp] = await db.query<{ stamp: string }>('SELECT stamp FROM derived_state WHERE id = 1');
    expect(stamp.stamp).toMatch(/migration 016/);
    // What the next open does: flags derived again, the revision moved on so no cache serves the old text.
    expect(await ensureDerived(db)).toBe(true);
    expect((await anon().claims.get({ id: 'pa-drones-sold-hundreds' })).claim.asOfText).toBe('2022');
    expect((await anon().claims.get({ id: 'na-provinces-four' })).claim.asOfText).toBe('late Sept 2022');
    const reasons = (await anon().flags.list({})).items.map((f) => f.reason).join(' ');
    expect(reasons).toContain('“hundreds” (Biden administration, Press Association, 2022)');
    expect(reasons).not.toContain('31 Dec 2022');
  });

  it('refuses a half-stored span', async () => {
    await expect(db.query("UPDATE claims SET as_of_precision = 'year' WHERE id = 'pa-drones-delivered-more-than-400'")).rejects.toThrow();
    await expect(db.query("UPDATE claims SET as_of_from = '2022-02-01', as_of_to = '2022-01-01', as_of_precision = 'month' WHERE id = 'pa-drones-delivered-more-than-400'")).rejects.toThrow();
  });
});
