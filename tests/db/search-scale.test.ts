import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '@/server/trpc/router';
import type { Db } from '@/server/db/client';
import { SEARCH_CANDIDATES, SEARCH_COUNT_CAP, type SearchInput as In, type SearchItem, type SearchPage } from '@/server/domain/search';
import { targets } from './targets';

/*
 * Search at newsroom scale (migration 017): a common word matches more figures than are worth
 * ranking, so each type's most recent 500 matches are ranked and paged and counts stop at 1,000;
 * every figure keeps the date the site shows for it (`dated`), kept by triggers.
 */

const N = SEARCH_COUNT_CAP + 150;

describe.each(targets)('search at scale over $name', (target) => {
  let db: Db;
  let dispose: () => Promise<void>;
  let sourceId: string;
  const find = async (input: In): Promise<SearchPage> => {
    const r = await createCaller({ db, isAdmin: false }).search.query(input);
    if (Array.isArray(r)) throw new Error('tRPC answers a page, not an array');
    return r;
  };
  const every = async (input: In) => {
    const out: SearchItem[] = [];
    let cursor: string | undefined;
    for (let n = 0; n < 200; n++) {
      const p = await find({ ...input, limit: 100, cursor });
      out.push(...p.items);
      if (!p.nextCursor) return out;
      cursor = p.nextCursor;
    }
    throw new Error('the cursor never ended');
  };
  const dated = async (id: string) => (await db.query<{ dated: string | null }>('SELECT dated FROM claims WHERE id = $1', [id]))[0].dated;

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
    // N copies of one seed figure, each with its own day and the word "zebrafinch" in its quote.
    const cols = (
      await db.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'claims' AND is_generated = 'NEVER'
           AND column_name NOT IN ('id', 'quote', 'as_of', 'dated', 'as_of_from', 'as_of_to', 'as_of_precision', 'supersedes') ORDER BY ordinal_position`,
      )
    ).map((r) => r.column_name);
    const [seed] = await db.query<{ id: string; source_id: string }>(`SELECT id, source_id FROM claims WHERE review = 'reviewed' ORDER BY id LIMIT 1`);
    sourceId = seed.source_id;
    await db.query(
      `INSERT INTO claims (id, quote, as_of, ${cols.join(', ')})
       SELECT 'zf-' || lpad(g::text, 5, '0'), 'The zebrafinch count ' || g, to_char(date '2020-01-01' + g, 'YYYY-MM-DD'), ${cols.map((c) => `c.${c}`).join(', ')}
       FROM claims c, generate_series(1, ${N}) g WHERE c.id = $1`,
      [seed.id],
    );
  });
  afterAll(async () => dispose());

  it('counts stop at the cap and say so; the most recent 500 matches are ranked and paged, newest first among equals', async () => {
    const p = await find({ q: 'zebrafinch' });
    expect(p.byType.claim).toBe(SEARCH_COUNT_CAP);
    expect(p.capped).toEqual(['claim']);
    expect(p.total).toBe(SEARCH_COUNT_CAP);
    const items = await every({ q: 'zebrafinch', type: 'claim' });
    expect(items).toHaveLength(SEARCH_CANDIDATES);
    // Every quote ranks alike here, so the candidates are exactly the newest, in date order.
    const newest = Array.from({ length: SEARCH_CANDIDATES }, (_, k) => `zf-${String(N - k).padStart(5, '0')}`);
    expect(items.map((i) => i.id)).toEqual(newest);
    // A date range reaches the older ones.
    const old = await every({ q: 'zebrafinch', to: '2020-02-01' });
    expect(old.map((i) => i.id).sort()).toEqual(Array.from({ length: 31 }, (_, k) => `zf-${String(k + 1).padStart(5, '0')}`));
    expect((await find({ q: 'zebrafinch', to: '2020-02-01' })).capped).toEqual([]);
  });

  it('without words, every figure of the filters is listed newest first, page by page, however many', async () => {
    const items = await every({ from: '2020-01-02', to: '2023-12-31' });
    const zf = items.filter((i) => i.id.startsWith('zf-'));
    expect(zf).toHaveLength(N);
    const dates = items.map((i) => i.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('keeps each figure dated as the site dates it: its as-of, else its source’s date, also when either changes', async () => {
    expect(await dated('zf-00001')).toBe('2020-01-02');
    await db.query(`UPDATE claims SET as_of = NULL WHERE id = 'zf-00001'`);
    const [src] = await db.query<{ published: string | null; published_estimate: { from: string; to: string } | null }>('SELECT published, published_estimate FROM sources WHERE id = $1', [sourceId]);
    // Its source's date, or the middle of its estimate (this seed page is undated).
    const mid = (e: { from: string; to: string }) => new Date((Date.parse(e.from) + Date.parse(e.to)) / 2 + 43_200_000).toISOString().slice(0, 10);
    expect(await dated('zf-00001')).toBe(src.published ?? mid(src.published_estimate!));
    await db.query(`UPDATE sources SET published = '2019-06-30' WHERE id = $1`, [sourceId]);
    expect(await dated('zf-00001')).toBe('2019-06-30');
    // A figure with its own as-of keeps it whatever its source says.
    expect(await dated('zf-00002')).toBe('2020-01-03');
    await db.query(`UPDATE sources SET published = NULL, published_estimate = '{"from":"2019-01-01","to":"2019-01-31"}' WHERE id = $1`, [sourceId]);
    expect(await dated('zf-00001')).toBe('2019-01-16');
    // Nothing can set it by hand.
    await db.query(`UPDATE claims SET dated = '1999-01-01' WHERE id = 'zf-00002'`);
    expect(await dated('zf-00002')).toBe('2020-01-03');
  });
});
