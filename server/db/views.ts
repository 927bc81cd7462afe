import { comparable } from '../domain/compare';
import { fxTable } from './fx';
import type { ReadDb } from './client';
import { claimsOf, getCatalog, type Catalog } from './catalog';
import { getSource, listClaimEvents, listTopics } from './read';
import { NotFoundError } from '../domain/errors';
import { isActive } from '../domain/flags';
import type { Claim, Flag, FlagKind } from '../domain/schemas';

/** Read models: one call per procedure, each answering from the cached catalog. */

export async function topicList(db: ReadDb) {
  const cat = await getCatalog(db);
  const byTopic = new Map<string, string[]>();
  for (const m of cat.measures) byTopic.set(m.topicId, [...(byTopic.get(m.topicId) ?? []), m.id]);
  return cat.topics.map((t) => ({ ...t, measureIds: byTopic.get(t.id) ?? [] }));
}

export async function measureList(db: ReadDb) {
  const cat = await getCatalog(db);
  return cat.measures.map((m) => {
    const claims = claimsOf(cat, m.id).filter(isActive);
    return {
      ...m,
      claimCount: claims.length,
      sourceCount: new Set(claims.map((c) => c.sourceId)).size,
      flagCount: (cat.flagsByMeasure.get(m.id) ?? []).length,
    };
  });
}

export async function measureDetail(db: ReadDb, id: string) {
  const cat = await getCatalog(db);
  const measure = cat.measureById.get(id);
  if (!measure) throw new NotFoundError('measure', id);
  // A measure left in a topic that was merged away still has a page: it names that topic.
  const topic = cat.topics.find((t) => t.id === measure.topicId) ?? (await listTopics(db, { merged: true })).find((t) => t.id === measure.topicId);
  if (!topic) throw new NotFoundError('topic', measure.topicId);
  const claims = claimsOf(cat, id);
  const conversions: Record<string, string> = {};
  for (const c of claims) {
    const x = comparable(c, measure, fxTable());
    if (x?.converted) conversions[c.id] = x.converted;
  }
  return { measure, topic, claims, flags: cat.flagsByMeasure.get(id) ?? [], conversions };
}

export async function sourceList(db: ReadDb) {
  const cat = await getCatalog(db);
  return cat.sources.map((s) => ({ ...s, claimCount: (cat.claimsBySource.get(s.id) ?? []).filter(isActive).length }));
}

export async function sourceDetail(db: ReadDb, id: string) {
  const source = await getSource(db, id);
  if (!source) throw new NotFoundError('source', id);
  const cat = await getCatalog(db);
  const claims = cat.claimsBySource.get(id) ?? [];
  const ids = new Set(claims.map((c) => c.id));
  const measureIds = new Set(claims.map((c) => c.measureId));
  return {
    source,
    claims,
    // Only the flags of this source's measures can hold its claims.
    flags: [...new Set([...measureIds].flatMap((m) => cat.flagsByMeasure.get(m) ?? []))].filter((f) => f.claimIds.some((c) => ids.has(c))),
    measures: cat.measures.filter((m) => measureIds.has(m.id)),
  };
}

export async function claimList(db: ReadDb, filter: { measureId?: string; sourceId?: string }): Promise<Claim[]> {
  const cat = await getCatalog(db);
  const from = filter.measureId ? claimsOf(cat, filter.measureId) : filter.sourceId ? (cat.claimsBySource.get(filter.sourceId) ?? []) : cat.claims;
  return from.filter((c) => (!filter.measureId || c.measureId === filter.measureId) && (!filter.sourceId || c.sourceId === filter.sourceId));
}

export async function claimDetail(db: ReadDb, id: string) {
  const cat = await getCatalog(db);
  const claim = cat.claimById.get(id);
  if (!claim) throw new NotFoundError('claim', id);
  return { claim, measure: cat.measureById.get(claim.measureId)!, flags: (cat.flagsByMeasure.get(claim.measureId) ?? []).filter((f) => f.claimIds.includes(id)) };
}

export async function flagList(db: ReadDb, filter: { kind?: FlagKind; measureId?: string }): Promise<Flag[]> {
  const cat = await getCatalog(db);
  const from = filter.measureId ? (cat.flagsByMeasure.get(filter.measureId) ?? []) : cat.flags;
  return from.filter((f) => !filter.kind || f.kind === filter.kind);
}

export async function summary(db: ReadDb) {
  return summarise(await getCatalog(db));
}

/** Counts of figures, sources, measures and open flags in one catalog revision. */
export function summarise(cat: Catalog) {
  const flagsByKind: Record<string, number> = {};
  for (const f of cat.flags) flagsByKind[f.kind] = (flagsByKind[f.kind] ?? 0) + 1;
  return {
    figures: cat.claims.filter(isActive).length,
    sources: cat.sources.length,
    measures: cat.measures.length,
    openFlags: cat.flags.length,
    flagsByKind,
    pending: cat.claims.filter((c) => c.review === 'pending').length,
  };
}

/** Claims a person should look at: pending first, then those accepted automatically. */
export async function reviewQueue(db: ReadDb) {
  const cat = await getCatalog(db);
  const order = { pending: 0, auto: 1 } as Record<string, number>;
  return cat.claims
    .filter((c) => c.review === 'pending' || c.review === 'auto')
    .sort((a, b) => order[a.review] - order[b.review] || a.sourceId.localeCompare(b.sourceId) || a.figureStart - b.figureStart)
    .map((c) => ({ ...c, measureTitle: cat.measureById.get(c.measureId)?.title ?? c.measureId }));
}

export async function claimHistory(db: ReadDb, measureId: string) {
  const cat = await getCatalog(db);
  if (!cat.measureById.has(measureId)) throw new NotFoundError('measure', measureId);
  const ids = claimsOf(cat, measureId).map((c) => c.id);
  return (await listClaimEvents(db, ids)).map(({ claimId, action, reason, at }) => ({ claimId, action, reason, at }));
}
