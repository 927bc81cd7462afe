import { onCommit, type ReadDb } from './client';
import { makeCatalog, type Catalog } from '../domain/catalog-model';
import { fxTable } from './fx';
import { storedFlags } from './derive';
import { getRevision, listClaims, listMeasures, listSources, listTopics } from './read';

export { claimsOf, claimsOfTopic, type Catalog } from '../domain/catalog-model';

// Read once per revision, not per request (flags are stored by the writes, ./derive): a read costs
// one tiny query to learn whether anything changed.
const cache = new WeakMap<ReadDb, Promise<Catalog>>();

async function build(db: ReadDb, revision: number): Promise<Catalog> {
  const [topics, measures, claims, sources, flags] = await Promise.all([listTopics(db), listMeasures(db), listClaims(db), listSources(db), storedFlags(db)]);
  return makeCatalog({ topics, measures, claims, sources, flags }, revision, fxTable());
}

/** Writes in this process say so at once; writes from another process are seen within this. */
const RECHECK_MS = 250;
let localWrites = 0;
const checked = new WeakMap<ReadDb, { at: number; writes: number; revision: number }>();

onCommit(() => {
  localWrites++;
});

/** The revision, asked of the database at most every RECHECK_MS unless this process wrote since. */
export async function currentRevision(db: ReadDb): Promise<number> {
  const last = checked.get(db);
  const now = Date.now();
  if (last && last.writes === localWrites && now - last.at < RECHECK_MS) return last.revision;
  const writes = localWrites;
  const revision = await getRevision(db);
  checked.set(db, { at: now, writes, revision });
  return revision;
}

export async function getCatalog(db: ReadDb): Promise<Catalog> {
  const revision = await currentRevision(db);
  const hit = cache.get(db);
  if (hit) {
    const c = await hit.catch(() => null);
    if (c && c.revision === revision) return c;
  }
  const next = build(db, revision);
  cache.set(db, next);
  return next;
}

const derivedCache = new WeakMap<Catalog, Map<string, unknown>>();

/**
 * A read model derived from one catalog revision (the dashboard's series, a measure's chart),
 * computed once per revision rather than once per request: the catalog object is the key, so a
 * new revision drops every derivation with it.
 */
export function derived<T>(cat: Catalog, key: string, compute: () => T): T {
  let byKey = derivedCache.get(cat);
  if (!byKey) derivedCache.set(cat, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, compute());
  return byKey.get(key) as T;
}
