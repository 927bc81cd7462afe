import type { ReadDb } from './client';
import type { Claim, Flag, Measure, SourceSummary, Topic } from '../domain/schemas';
import { computeFlags } from '../domain/flags';
import { getRevision, listClaims, listMeasures, listSources, listTopics } from './read';

/** Everything the read paths serve, with the flags derived from it. */
export interface Catalog {
  revision: number;
  topics: Topic[];
  measures: Measure[];
  claims: Claim[];
  sources: SourceSummary[];
  flags: Flag[];
  claimById: Map<string, Claim>;
  measureById: Map<string, Measure>;
}

// Flags are derived from every claim, so they are computed once per revision, not per request:
// a read costs one tiny query to learn whether anything changed.
const cache = new WeakMap<ReadDb, Promise<Catalog>>();

async function build(db: ReadDb, revision: number): Promise<Catalog> {
  const [topics, measures, claims, sources] = await Promise.all([listTopics(db), listMeasures(db), listClaims(db), listSources(db)]);
  return {
    revision,
    topics,
    measures,
    claims,
    sources,
    flags: computeFlags(claims, measures),
    claimById: new Map(claims.map((c) => [c.id, c])),
    measureById: new Map(measures.map((m) => [m.id, m])),
  };
}

export async function getCatalog(db: ReadDb): Promise<Catalog> {
  const revision = await getRevision(db);
  const hit = cache.get(db);
  if (hit) {
    const c = await hit.catch(() => null);
    if (c && c.revision === revision) return c;
  }
  const next = build(db, revision);
  cache.set(db, next);
  return next;
}
