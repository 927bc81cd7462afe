import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/server/db/client';
import { getCatalog } from '@/server/db/catalog';
import { findEmbedVersion } from '@/server/db/embed-versions';
import { bumpRevision, insertClaim } from '@/server/db/write';
import { intervalFor } from '@/server/domain/value';
import { latestVersion, pinnedVersion } from '@/server/embed/versions';
import { embedPage } from '@/server/embed/html';
import { targets } from './targets';

/** Pinned embed versions (migration 002): stored when first shown, unchanged by later data. */
describe.each(targets)('embed versions over $name', (target) => {
  let db: Db;
  let dispose: () => Promise<void>;
  let reopen: () => Promise<Db>;
  beforeAll(async () => {
    ({ db, dispose, reopen } = await target.open());
  });
  afterAll(async () => {
    // pg's Pool.end() resolves before its sockets close, and dispose() drops the database WITH
    // (FORCE) at once; readers used just before would be killed mid-close and reported as
    // unhandled 57P01 errors. Closing first and letting the sockets go avoids that race.
    await db.close().catch(() => {});
    await new Promise((r) => setTimeout(r, 300));
    await dispose();
  });

  it('stores the snapshot of the latest version the first time it is shown', async () => {
    const v = (await latestVersion(db, await getCatalog(db.reader()), 'measure', 'drones-delivered'))!;
    expect(v.version).toMatch(/^[0-9a-f]{12}$/);
    const stored = await findEmbedVersion(db.reader(), 'measure', 'drones-delivered', v.version);
    expect(JSON.parse(stored!.snapshot)).toEqual(v.model);
    expect(await latestVersion(db, await getCatalog(db.reader()), 'measure', 'no-such-measure')).toBeNull();
    expect(await latestVersion(db, await getCatalog(db.reader()), 'topic', 'iran-drones')).not.toBeNull();
  });

  it('keeps showing a pinned version after the data change, and knows no version it never had', async () => {
    const before = (await latestVersion(db, await getCatalog(db.reader()), 'measure', 'drones-delivered'))!;
    await db.transaction(async (tx) => {
      await insertClaim(tx, {
        id: 'test-later-figure', measureId: 'drones-delivered', sourceId: 'pa-russia-attack-drones-2023-05-15',
        value: intervalFor({ qualifier: 'about', n: 600 }, 'about 600'), unit: 'drones', currency: null, asOf: '2023-05-15', periodStart: null,
        speaker: null, citedBy: [], stance: 'asserts', quote: 'about 600', start: 0, end: 9, figureStart: 0, figureEnd: 9,
        origin: 'extracted', review: 'reviewed', note: null, confidence: null, supersedes: null,
      });
      await bumpRevision(tx);
    });
    const cat = await getCatalog(db.reader());
    const after = (await latestVersion(db, cat, 'measure', 'drones-delivered'))!;
    expect(after.version).not.toBe(before.version);
    expect(after.model.series.points.map((p) => p.claimId)).toContain('test-later-figure');
    const old = (await pinnedVersion(db, cat, 'measure', 'drones-delivered', before.version))!;
    expect(old.model.series.points.map((p) => p.claimId)).not.toContain('test-later-figure');
    expect(embedPage(old.model, { version: before.version, pinned: true })).toBe(embedPage(before.model, { version: before.version, pinned: true }));
    expect(await pinnedVersion(db, cat, 'measure', 'drones-delivered', '0123456789ab')).toBeNull();
    expect(await pinnedVersion(db, cat, 'measure', 'drones-agreed', before.version)).toBeNull();
  });

  it('keeps pinned versions across a restart', async () => {
    const first = await findEmbedVersion(db.reader(), 'measure', 'drones-delivered', (await latestVersion(db, await getCatalog(db.reader()), 'measure', 'drones-delivered'))!.version);
    db = await reopen();
    const rows = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM embed_versions WHERE subject_id = 'drones-delivered'");
    expect(rows[0].n).toBeGreaterThanOrEqual(2);
    expect(first).not.toBeNull();
  });
});
