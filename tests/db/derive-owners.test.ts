import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/server/db/client';
import { compareDerived, deriveFlags } from '@/server/db/derive';
import { ingestArticle } from '@/server/db/ingest';
import { IngestInput } from '@/server/ingest/input';
import { generateArticle } from '@/scripts/lib/corpus-gen';
import { failingWhen, targets } from './targets';

// An ingest keeps what it read for the next one and changes it in place, deriving again only the
// measures the article touched (server/db/derive-ingest.ts); each stored flag names the measure it
// belongs to (migration 026). Whatever happens to an ingest, the next ones must store what a
// derivation from scratch gives, filed under the same measure at the same place.

async function agrees(db: Db): Promise<number> {
  const d = await compareDerived(db);
  expect({ onlyStored: d.onlyStored, onlyDerived: d.onlyDerived, changed: d.changed }).toEqual({ onlyStored: [], onlyDerived: [], changed: [] });
  return d.stored;
}

/** `db`, but the next write of the revision fails while `fail.next` is set: the end of an ingest, after its flags were derived. */
function failingAtRevision(db: Db, fail: { next: boolean }): Db {
  return failingWhen(db, (sql) => {
    if (!fail.next || !sql.startsWith('UPDATE revision')) return false;
    fail.next = false;
    return true;
  });
}

describe.each(targets)('flags kept measure by measure on $name', (target) => {
  let db: Db;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ db, dispose } = await target.open());
  });
  afterAll(async () => dispose());

  it('an ingest that fails after deriving leaves nothing half-done for the next ones', async () => {
    const fail = { next: false };
    // One handle throughout: what an ingest keeps is kept per handle.
    const flaky = failingAtRevision(db, fail);
    const corpus = Array.from({ length: 40 }, (_, i) => IngestInput.parse(generateArticle(i, 5)));
    // Two ingests fail at their very end (one adds a measure others then use, one adds figures to
    // busy measures); the rest go on, and the two come again last. Had a failed ingest's additions
    // been kept, the next ones would plan with a measure never stored, or count figures never stored.
    const failAt = new Set([8, 25]);
    for (const [i, a] of corpus.entries()) {
      fail.next = failAt.has(i);
      if (fail.next) await expect(ingestArticle(flaky, a)).rejects.toThrow('disk full');
      else expect((await ingestArticle(flaky, a)).stored).toBe(true);
    }
    for (const i of failAt) expect((await ingestArticle(flaky, corpus[i])).stored).toBe(true);
    expect(await agrees(db)).toBeGreaterThan(0);
  });

  it('files each flag under its measure, those between measures last, in the order they are derived', async () => {
    const rows = await db.query<{ topic_id: string; owner: string; body: { id: string; measureIds: string[] } }>(
      'SELECT f.topic_id, f.owner, f.body FROM flags f ORDER BY f.topic_id COLLATE "C", f.owner_position, f.owner COLLATE "C", f.position',
    );
    const topics = [...new Set(rows.map((r) => r.topic_id))];
    const derived = await deriveFlags(db, topics);
    for (const t of topics) {
      const owned = derived.get(t)!;
      expect(owned.at(-1)!.owner).toBeNull();
      const mine = rows.filter((r) => r.topic_id === t);
      expect(mine.map((r) => [r.owner, r.body.id])).toEqual(owned.flatMap((o) => o.flags.map((f) => [o.owner?.id ?? '', f.id])));
      // A measure's own flag is about that measure (and perhaps others: a denial answers its siblings).
      for (const r of mine) if (r.owner) expect(r.body.measureIds).toContain(r.owner);
    }
  });
});
