import { comparable } from '../domain/compare';
import { fxTable } from './fx';
import type { ReadDb } from './client';
import { claimsOf, getCatalog, type Catalog } from './catalog';
import { getSource, listTopics } from './read';
import { NotFoundError } from '../domain/errors';
import { isActive } from '../domain/flags';

/** Read models: one call per procedure, each answering from the cached catalog. */

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

export async function claimDetail(db: ReadDb, id: string) {
  const cat = await getCatalog(db);
  const claim = cat.claimById.get(id);
  if (!claim) throw new NotFoundError('claim', id);
  return { claim, measure: cat.measureById.get(claim.measureId)!, flags: (cat.flagsByMeasure.get(claim.measureId) ?? []).filter((f) => f.claimIds.includes(id)) };
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

/** Every review decision on a measure's claims, oldest first, each with the value it was about. */
export async function claimHistory(db: ReadDb, measureId: string) {
  const live = await db.query('SELECT 1 FROM measures WHERE id = $1 AND merged_into IS NULL', [measureId]);
  if (live.length === 0) throw new NotFoundError('measure', measureId);
  const rows = await db.query<{ claim_id: string; action: string; reason: string | null; at: Date | string; value_text: string }>(
    'SELECT e.claim_id, e.action, e.reason, e.at, c.value_text FROM claim_events e JOIN claims c ON c.id = e.claim_id WHERE c.measure_id = $1 ORDER BY e.at, e.id',
    [measureId],
  );
  return rows.map((r) => ({ claimId: r.claim_id, action: r.action, reason: r.reason, at: new Date(r.at).toISOString(), valueText: r.value_text }));
}
