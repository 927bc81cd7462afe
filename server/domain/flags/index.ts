import type { Claim, Flag, Measure } from '../schemas';
import { comparable, EMPTY_FX, type Comparable, type FxTable } from '../compare';
import { conflicts, withinSource } from './conflicts';
import { denials, offCalendar, reprintedValues, singleSource } from './notes';
import { differentMeasures } from './related';
import { groupBy } from './make';
import { isActive } from './active';

export { describeClaim } from './make';
export { headlineClaim, DIFFERENT_MEASURES_RATIO } from './related';
// In a module of its own, so that a page can ask it without loading the flags engine (app/components/SourceView.tsx).
export { isActive };

/**
 * Every flag, derived from the claims: one per disagreement, never one per pair. Values are
 * compared in each measure's unit and currency (amounts at the rate of their month, from `fx`).
 */
export function computeFlags(allClaims: Claim[], measures: Measure[], fx: FxTable = EMPTY_FX): Flag[] {
  return flagsByOwner(allClaims, measures, fx).flatMap((o) => o.flags);
}

/** Some flags and whose they are: one measure's own (`owner`), or those between measures (`owner` null). */
export interface OwnedFlags {
  owner: Measure | null;
  flags: Flag[];
}

/**
 * computeFlags' flags as they are stored (server/db/derive.ts): each measure's own flags, measure by
 * measure in the order given, then those between measures. A write that touches one measure
 * derives and stores that measure's again, and the ones between measures.
 */
export function flagsByOwner(allClaims: Claim[], measures: Measure[], fx: FxTable = EMPTY_FX): OwnedFlags[] {
  const byMeasure = groupBy(allClaims.filter(isActive), (c) => c.measureId);
  const siblingsOf = siblings(measures);
  const out: OwnedFlags[] = measures.map((m) => ({ owner: m, flags: measureFlags(m, byMeasure, siblingsOf, fx) }));
  out.push({ owner: null, flags: differentMeasures(measures, byMeasure) });
  return out;
}

/** What makes measures of one topic counts of one quantity (siblings below): concept, thing, scope and rate. */
export function quantityKey(m: Measure): string {
  return m.signature ? [m.topicId, m.signature.concept, m.signature.thing, m.signature.scope ?? '', m.signature.per ?? ''].join('|') : m.id;
}

/** Only counts answer a denial (a sibling of any measure is one of these). */
export const answersDenials = (m: Measure) => m.kind === 'count' || m.kind === 'cumulative-count';

/**
 * The same quantity counted as a total and as a day's count ("none since Monday" against "42 on
 * Tuesday alone") is two measures; a denial on one answers the figures of both. For each measure,
 * its siblings among `measures`: the other counts of its quantity.
 */
export function siblings(measures: Measure[]): (m: Measure) => Measure[] {
  const byKey = groupBy(measures, quantityKey);
  return (m) => siblingsIn(byKey.get(quantityKey(m)) ?? [], m);
}

/** `m`'s siblings among the measures of its quantity (`group`, by quantityKey). */
export const siblingsIn = (group: Measure[], m: Measure): Measure[] => group.filter((x) => x !== m && answersDenials(x));

/**
 * One measure's own flags, in computeFlags' order: they depend on its counted claims
 * (`byMeasure`), and when it holds a denial on its siblings' asserted figures too.
 */
export function measureFlags(m: Measure, byMeasure: Map<string, Claim[]>, siblingsOf: (m: Measure) => Measure[], fx: FxTable = EMPTY_FX): Flag[] {
  const asserted = (x: Measure) =>
    (byMeasure.get(x.id) ?? []).filter((c) => c.stance === 'asserts').flatMap((c): Comparable[] => {
      const v = comparable(c, x, fx);
      return v ? [v] : [];
    });
  const list = byMeasure.get(m.id) ?? [];
  const items = asserted(m);
  const denied = list.some((c) => c.stance === 'denies') ? [...items, ...siblingsOf(m).flatMap(asserted)] : items;
  const out: Flag[] = [];
  for (const found of [conflicts(m, items), denials(m, list, denied), withinSource(m, items), offCalendar(m, items)]) for (const f of found) out.push(f);
  const single = singleSource(m, list);
  if (single) out.push(single);
  else for (const f of reprintedValues(m, list)) out.push(f);
  return out;
}
