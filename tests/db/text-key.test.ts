import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '@/server/trpc/router';
import { openPglite, openPostgres, type Db } from '@/server/db/client';
import { openDatabase } from '@/server/db';
import { migrate } from '@/server/db/migrate';
import { contentHash } from '@/server/domain/hash';
import { ingestBatch } from '@/server/db/ingest-batch';
import { scratchDatabase, targets, type Target } from './targets';

/*
 * Duplicates by what a text says (issue 12, item 4; migration 009): a text equal once normalised
 * is the source already stored; a near-copy is stored as a reprint and its figures are its
 * original's origin, so the copy never "confirms" its own figure.
 */

const PARAGRAPHS = [
  'ORRIN CREEK — A wildfire on the slopes of Tarrow Ridge had burned about 1,800 hectares by Sunday night, the Halvern Wildfire Service said.',
  '“We had a very bad combination — low humidity, cured grass and a wind that would not quit,” said Marta Desrosiers, the service’s chief fire officer.',
  'Evacuees were directed to a reception centre at the Brackwater Community Arena, where volunteers with the relief society handed out cots and meals.',
  'The fire was first reported shortly after 3 p.m. on Saturday by a lookout crew on Tamsin Peak, and winds pushed the flames down the eastern flank overnight.',
  'Forecasters expect cooler weather and light rain by Wednesday, which crews hope will let them contain the fire within the week.',
];
const ORIGINAL = { outlet: 'Halvern Courier', title: 'Tarrow Ridge fire forces evacuations', published: '2024-07-29', text: PARAGRAPHS.join('\n\n') };

const VARIANTS: [string, (t: string) => string][] = [
  ['a trailing newline', (t) => `${t}\n`],
  ['Windows line endings', (t) => t.replace(/\n/g, '\r\n')],
  ['a doubled space', (t) => t.replace('had burned', 'had  burned')],
  ['straightened quotes', (t) => t.replace(/[“”]/g, '"').replace(/’/g, "'")],
  ['an en dash for the em dash', (t) => t.replace(/—/g, '–')],
];

/** Another outlet's copy: its own first paragraph (the figure again, in other words and another voice), the rest word for word. */
const NEW_LEDE = {
  outlet: 'Westbrook Tribune',
  title: 'Crews battle Tarrow Ridge blaze',
  published: '2024-07-30',
  text: ['Firefighters spent a second night on the Tarrow Ridge fire, which officials said had burned about 1,800 hectares, as residents waited for news of their homes.', ...PARAGRAPHS.slice(1), PARAGRAPHS[0].replace('ORRIN CREEK — ', '')].join('\n\n'),
};
/** An agency's copy: byline, dateline credit, a trailing credit line. */
const WIRE = {
  outlet: 'Pacific Newswire',
  title: 'Wildfire burns 1,800 hectares in Halvern',
  published: '2024-07-30',
  text: ['By Jane Doe, Associated Press', `BRACKWATER, Halvern, July 29 (AP) - ${PARAGRAPHS[0].replace('ORRIN CREEK — ', '')}`, ...PARAGRAPHS.slice(1), 'Reporting by Jane Doe; editing by Tom Lee'].join('\n\n'),
};
/** A different story that carries one paragraph of the same boilerplate. */
const OTHER = {
  outlet: 'Halvern Courier',
  title: 'Ferry strike cancels sailings',
  published: '2024-07-31',
  text: [
    'PORTAVERA — A strike by ferry crews in Meravia cancelled 140 sailings on Tuesday, the operator said.',
    'The union wants a 9% pay rise over two years for its 2,000 members, its leader told reporters outside the ministry.',
    PARAGRAPHS[2],
    'Talks are due to resume on Friday, and the operator said it would run a reduced timetable until then.',
  ].join('\n\n'),
};

describe.each(targets)('duplicates by meaning on $name', (target) => {
  let db: Db;
  let dispose: () => Promise<void>;
  let originalId: string;
  let areaMeasure: string;
  const admin = () => createCaller({ db, isAdmin: true });
  const count = async (sql: string, params: unknown[] = []) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n ${sql}`, params))[0].n;
  const singleSource = async (measureId: string) => (await admin().flags.list({ measureId })).items.filter((f) => f.kind === 'single-source');

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
    const r = await admin().ingest.create(ORIGINAL);
    expect(r).toMatchObject({ stored: true, reprintOf: null });
    originalId = r.sourceId;
    areaMeasure = r.figures.find((f) => f.text === 'about 1,800 hectares')!.measureId;
    expect(await singleSource(areaMeasure)).toHaveLength(1);
  });
  afterAll(async () => dispose());

  it.each(VARIANTS)('takes the text with %s for the source already stored', async (_, vary) => {
    const before = [await count('FROM sources'), await count('FROM claims')];
    const text = vary(ORIGINAL.text);
    expect(contentHash(text)).not.toBe(contentHash(ORIGINAL.text));
    const preview = await admin().ingest.preview({ ...ORIGINAL, text, outlet: 'Another Paper' });
    expect(preview).toMatchObject({ duplicate: true, stored: false, sourceId: originalId });
    const again = await admin().ingest.create({ ...ORIGINAL, text, outlet: 'Another Paper' });
    expect(again).toMatchObject({ duplicate: true, stored: false, sourceId: originalId });
    const [batch] = await ingestBatch(db, [{ ...ORIGINAL, text }]);
    expect(batch).toMatchObject({ status: 'duplicate', result: { sourceId: originalId } });
    expect([await count('FROM sources'), await count('FROM claims')]).toEqual(before);
    expect(await singleSource(areaMeasure)).toHaveLength(1);
  });

  it.each([
    ['a new first paragraph', NEW_LEDE],
    ['a wire credit, byline and reporting line', WIRE],
  ])('stores the same article with %s as a reprint, its figures of the same origin', async (_, article) => {
    expect(await admin().ingest.preview(article)).toMatchObject({ stored: false, duplicate: false, reprintOf: originalId });
    const r = await admin().ingest.create(article);
    expect(r).toMatchObject({ stored: true, duplicate: false, reprintOf: originalId });
    const { source, original, claims } = await admin().sources.get({ id: r.sourceId });
    expect(source).toMatchObject({ outlet: article.outlet, published: article.published, reprintOf: originalId });
    // What the source page names and links to.
    expect(original).toMatchObject({ id: originalId, outlet: ORIGINAL.outlet, title: ORIGINAL.title });
    const copied = claims.filter((c) => c.measureId === areaMeasure);
    expect(copied.length).toBeGreaterThan(0);
    expect(copied.every((c) => c.reprintOf === originalId)).toBe(true);
    // Still one origin: the single-source note stays, now naming the outlets that print it.
    const [flag] = await singleSource(areaMeasure);
    expect(flag?.claimIds).toEqual(expect.arrayContaining(copied.map((c) => c.id)));
    expect(flag?.reason).toMatch(/all from one origin/);
    expect(flag?.reason).toContain(article.outlet);
  });

  it('does not take a different story that shares a paragraph of boilerplate for a reprint', async () => {
    const r = await admin().ingest.create(OTHER);
    expect(r).toMatchObject({ stored: true, duplicate: false, reprintOf: null });
    expect((await admin().sources.get({ id: r.sourceId })).source.reprintOf ?? null).toBeNull();
  });

  it('stores one source when two variants of a new text arrive at once', async () => {
    const text = `${OTHER.text.replace('140 sailings', '150 sailings')}\n\nMore sailings may be cancelled on Thursday if the talks fail, the operator warned passengers.`;
    const before = await count('FROM sources');
    const results = await Promise.all([
      admin().ingest.create({ ...OTHER, text }),
      admin().ingest.create({ ...OTHER, outlet: 'Meravia Daily', text: `${text.replace(/\n/g, '\r\n')}\r\n` }),
      admin().ingest.create({ ...OTHER, outlet: 'Meravia Daily', text: text.replace(/—/g, '-').replace('pay rise', 'pay\u00A0rise') }),
    ]);
    expect(await count('FROM sources')).toBe(before + 1);
    expect(results.filter((r) => r.stored)).toHaveLength(1);
    expect(new Set(results.map((r) => r.sourceId)).size).toBe(1);
  });
});

/** A database of the target's kind made by a Tally before migration 009, and the way to open it again with this one. */
async function oldDatabase(target: Target): Promise<{ db: Db; reopen(): Promise<Db>; dispose(): Promise<void> }> {
  if (target.name === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-old-'));
    const db = await openPglite(dir);
    return { db, reopen: () => openDatabase({ dir }), dispose: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const scratch = await scratchDatabase('tally_old');
  return { db: await openPostgres(scratch.url), reopen: () => openDatabase({ url: scratch.url }), dispose: () => scratch.end() };
}

describe.each(targets)('migration 009 on a database made before it, on $name', (target) => {
  it('keys every source, keeps byte-variant copies as reprints and finds near-copies', async () => {
    const old = await oldDatabase(target);
    let db: Db | null = old.db;
    try {
      await migrate(old.db, { upTo: 8 });
      const rows = [
        ['courier-fire', ORIGINAL.text, '2024-07-29 08:00:00+00'],
        ['copy-fire', `${ORIGINAL.text.replace(/\n/g, '\r\n')}\r\n`, '2024-07-29 09:00:00+00'],
        ['tribune-fire', NEW_LEDE.text, '2024-07-30 08:00:00+00'],
        ['courier-ferry', OTHER.text, '2024-07-31 08:00:00+00'],
      ];
      for (const [id, body, at] of rows) {
        await old.db.query("INSERT INTO sources (id, outlet, title, body, content_hash, origin, added_at) VALUES ($1, 'Outlet', 'Title', $2, $3, 'ingested', $4)", [id, body, contentHash(body), at]);
      }
      await old.db.close();
      db = await old.reopen();
      const got = await db.query<{ id: string; keyed: boolean; reprint_of: string | null }>("SELECT id, text_key IS NOT NULL AS keyed, reprint_of FROM sources WHERE id = ANY($1) ORDER BY added_at", [rows.map((r) => r[0])]);
      expect(got).toEqual([
        { id: 'courier-fire', keyed: true, reprint_of: null },
        // Stored twice before 009: kept (nothing is deleted), without a key of its own, as the first one's reprint.
        { id: 'copy-fire', keyed: false, reprint_of: 'courier-fire' },
        { id: 'tribune-fire', keyed: true, reprint_of: 'courier-fire' },
        { id: 'courier-ferry', keyed: true, reprint_of: null },
      ]);
      const [{ n }] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM source_passages WHERE source_id = 'courier-fire'");
      expect(n).toBe(PARAGRAPHS.length);
      // And from now on, a further variant is the first one.
      const again = await createCaller({ db, isAdmin: true }).ingest.create({ ...ORIGINAL, text: ORIGINAL.text.replace(/’/g, "'") });
      expect(again).toMatchObject({ duplicate: true, sourceId: 'courier-fire' });
    } finally {
      await db?.close().catch(() => {});
      await old.dispose();
    }
  });
});
