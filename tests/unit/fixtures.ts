import path from 'node:path';
import { CuratedCatalog } from '@/server/domain/curated';
import { prepareSource } from '@/server/db/load';
import { toClaim, type ClaimRow } from '@/server/db/rows';
import type { NewSource } from '@/server/db/write';
import type { NewClaim } from '@/server/domain/new-claim';
import type { Claim, Measure } from '@/server/domain/schemas';
import { intervalFor } from '@/server/domain/value';
import fs from 'node:fs';

const DATA = path.join(__dirname, '..', '..', 'data');

/** A stored claim as the read path returns it, through the real row mapping. */
export function asClaim(c: NewClaim, s: Pick<NewSource, 'outlet' | 'wire' | 'title' | 'published' | 'publishedEstimate' | 'url'>): Claim {
  const row: ClaimRow = {
    id: c.id, measure_id: c.measureId, source_id: c.sourceId,
    low: c.value.low, high: c.value.high, best: c.value.best, low_inclusive: c.value.lowInclusive, high_inclusive: c.value.highInclusive,
    qualifier: c.value.qualifier, value_text: c.value.text, unit: c.unit, currency: c.currency, as_of: c.asOf, period_start: c.periodStart,
    as_of_from: c.asOfSpan?.from ?? null, as_of_to: c.asOfSpan?.to ?? null, as_of_precision: c.asOfSpan?.precision ?? null,
    speaker_name: c.speaker?.name ?? null, speaker_role: c.speaker?.role ?? null, speaker_org: c.speaker?.organisation ?? null,
    cited_by: c.citedBy, stance: c.stance, quote: c.quote, start_offset: c.start, end_offset: c.end, figure_start: c.figureStart, figure_end: c.figureEnd,
    origin: c.origin, review: c.review, confidence: c.confidence, note: c.note, supersedes: c.supersedes,
    outlet: s.outlet, wire: s.wire, source_title: s.title, published: s.published, published_estimate: s.publishedEstimate, url: s.url,
  };
  return toClaim(row);
}

/** The curated seed data exactly as the loader prepares it, without a database. */
export function seed(): { measures: Measure[]; claims: Claim[]; sources: NewSource[] } {
  const catalog = CuratedCatalog.parse(JSON.parse(fs.readFileSync(path.join(DATA, 'topics.json'), 'utf8')));
  const byId = new Map(catalog.measures.map((m) => [m.id, m]));
  const files = fs.readdirSync(path.join(DATA, 'sources')).filter((f) => f.endsWith('.json'));
  const prepared = files.map((f) => prepareSource(DATA, f, byId));
  return {
    measures: catalog.measures,
    sources: prepared.map((p) => p.source),
    claims: prepared.flatMap((p) => p.claims.map((c) => asClaim(c, p.source))),
  };
}

let n = 0;
/** A synthetic claim for rule tests: only what a rule reads needs saying. */
export function claim(over: Partial<NewClaim> & { measureId: string; sourceId: string }, source: Partial<NewSource> = {}): Claim {
  n++;
  const base: NewClaim = {
    id: `t${n}`, value: intervalFor({ qualifier: 'exact', n: 100 }, '100'), unit: 'drones', currency: null, asOf: null, periodStart: null,
    speaker: null, citedBy: [], stance: 'asserts', quote: 'q', start: 0, end: 1, figureStart: 0, figureEnd: 1, origin: 'curated', review: 'reviewed',
    note: null, confidence: null, supersedes: null, ...over,
  };
  return asClaim(base, { outlet: over.sourceId, wire: null, title: 't', published: '2023-05-15', publishedEstimate: null, url: null, ...source });
}

export function measure(over: Partial<Measure> & { id: string }): Measure {
  return { topicId: 'topic', title: over.id, description: '', unit: 'drones', currency: null, kind: 'count', referenceDate: null, tolerance: 0.05, keywords: [], position: 0, ...over };
}

/** A small seeded generator for tests that try many random corpora: the same seed, the same run. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    s ^= s >>> 13;
    return (s >>> 0) / 4294967296;
  };
}
