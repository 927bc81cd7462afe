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
  for (const m of measures) {
    const list = byMeasure.get(m.id) ?? [];
    const items = list.filter((c) => c.stance === 'asserts').flatMap((c): Comparable[] => {
      const x = comparable(c, m, fx);
      return x ? [x] : [];
    });
    flags.push(...conflicts(m, items), ...denials(m, list, items), ...withinSource(m, items), ...offCalendar(m, items));
    const single = singleSource(m, list);
    if (single) flags.push(single);
  }
  flags.push(...differentMeasures(measures, byMeasure));
  return flags;
}
