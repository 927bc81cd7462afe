import type { Claim, Flag, Measure } from '../schemas';
import { comparable, EMPTY_FX, type Comparable, type FxTable } from '../compare';
import { conflicts, withinSource } from './conflicts';
import { denials, offCalendar, singleSource } from './notes';
import { differentMeasures } from './related';
import { groupBy } from './make';

export { describeClaim } from './make';
export { headlineClaim, DIFFERENT_MEASURES_RATIO } from './related';

/** Claims that count: a pending, rejected or superseded claim is kept but never flagged. */
export function isActive(c: Pick<Claim, 'review'>): boolean {
  return c.review === 'reviewed' || c.review === 'auto';
}

/**
 * Every flag, derived from the claims: one per disagreement, never one per pair. Values are
 * compared in each measure's unit and currency (amounts at the rate of their month, from `fx`).
 */
export function computeFlags(allClaims: Claim[], measures: Measure[], fx: FxTable = EMPTY_FX): Flag[] {
  const byMeasure = groupBy(allClaims.filter(isActive), (c) => c.measureId);
  const flags: Flag[] = [];
  const asserted = (m: Measure) =>
    (byMeasure.get(m.id) ?? []).filter((c) => c.stance === 'asserts').flatMap((c): Comparable[] => {
      const x = comparable(c, m, fx);
      return x ? [x] : [];
    });
  // The same quantity counted as a total and as a day's count ("none since Monday" against "42 on
  // Tuesday alone") is two measures; a denial on one answers the figures of both.
  const quantityKey = (m: Measure) => (m.signature ? [m.topicId, m.signature.concept, m.signature.thing, m.signature.scope ?? '', m.signature.per ?? ''].join('|') : m.id);
  const siblings = groupBy(measures, quantityKey);
  const siblingsOf = (m: Measure) => (siblings.get(quantityKey(m)) ?? []).filter((x) => x !== m && (x.kind === 'count' || x.kind === 'cumulative-count'));
  for (const m of measures) {
    const list = byMeasure.get(m.id) ?? [];
    const items = asserted(m);
    const denied = list.some((c) => c.stance === 'denies') ? [...items, ...siblingsOf(m).flatMap(asserted)] : items;
    // Appended one by one: a spread of a long list into push() runs out of stack.
    for (const found of [conflicts(m, items), denials(m, list, denied), withinSource(m, items), offCalendar(m, items)]) for (const f of found) flags.push(f);
    const single = singleSource(m, list);
    if (single) flags.push(single);
  }
  for (const f of differentMeasures(measures, byMeasure)) flags.push(f);
  return flags;
}
