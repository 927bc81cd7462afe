import type { Claim, Flag, Measure, SourceSummary, Topic } from './schemas';
import { computeFlags } from './flags';
import { EMPTY_FX, type FxTable } from './compare';

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
  /** Indexes, so no read filters every claim once per measure or source (that was quadratic). */
  claimsByMeasure: Map<string, Claim[]>;
  claimsBySource: Map<string, Claim[]>;
  flagsByMeasure: Map<string, Flag[]>;
  sourceById: Map<string, SourceSummary>;
}

function index<T>(items: T[], keys: (x: T) => string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    for (const k of keys(x)) {
      const list = out.get(k);
      if (list) list.push(x);
      else out.set(k, [x]);
    }
  }
  return out;
}

/**
 * A catalog from its rows and its stored flags (or, without them, flags derived here: tests build
 * one without a database), with the indexes built.
 */
export function makeCatalog(
  parts: { topics: Topic[]; measures: Measure[]; claims: Claim[]; sources: SourceSummary[]; flags?: Flag[] },
  revision: number,
  fx: FxTable = EMPTY_FX,
): Catalog {
  const { claims, measures, sources } = parts;
  const flags = parts.flags ?? computeFlags(claims, measures, fx);
  return {
    revision,
    ...parts,
    flags,
    claimById: new Map(claims.map((c) => [c.id, c])),
    measureById: new Map(measures.map((m) => [m.id, m])),
    claimsByMeasure: index(claims, (c) => [c.measureId]),
    claimsBySource: index(claims, (c) => [c.sourceId]),
    flagsByMeasure: index(flags, (f) => [...new Set(f.measureIds)]),
    sourceById: new Map(sources.map((x) => [x.id, x])),
  };
}

/** A measure's claims (all, any review state), from the index. */
export const claimsOf = (cat: Catalog, measureId: string): Claim[] => cat.claimsByMeasure.get(measureId) ?? [];
/** The claims of a topic's measures: what its comparison and flags read. */
export const claimsOfTopic = (cat: Catalog, topicId: string): Claim[] => cat.measures.filter((m) => m.topicId === topicId).flatMap((m) => claimsOf(cat, m.id));
