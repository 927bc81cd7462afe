import type { Comparable } from '../compare';
import { widen } from '../value';

/*
 * Claims that cannot all hold, split into camps that agree among themselves: the fewest groups
 * whose widened intervals share a point (interval stabbing). "about 12,000", "30,000" and "more
 * than 20,000" are two camps, {about 12,000} and {30,000, more than 20,000}; claims that agree
 * are one camp and raise nothing.
 */

interface Span {
  item: Comparable;
  lo: number;
  hi: number;
}

export function spanOf(item: Comparable, tolerance: number): Span {
  const w = widen(item.value, tolerance);
  // An exclusive bound with no tolerance does not reach its own number ("more than 400" vs "400").
  const eps = tolerance > 0 ? 0 : 1e-9;
  const lo = w.low === null ? -Infinity : w.low + (item.value.lowInclusive ? 0 : Math.abs(w.low) * eps + eps);
  const hi = w.high === null ? Infinity : w.high - (item.value.highInclusive ? 0 : Math.abs(w.high) * eps + eps);
  return { item, lo, hi };
}

export function campsOf(items: Comparable[], tolerance: number): Comparable[][] {
  const spans = items.map((i) => spanOf(i, tolerance)).sort((a, b) => a.hi - b.hi || a.lo - b.lo);
  const camps: Comparable[][] = [];
  const taken = new Set<Span>();
  for (const s of spans) {
    if (taken.has(s)) continue;
    const point = s.hi;
    const members = spans.filter((t) => !taken.has(t) && t.lo <= point);
    for (const t of members) taken.add(t);
    camps.push(members.map((t) => t.item));
  }
  return camps;
}

/** Do the camps disagree across sources, not only inside one article? */
export function acrossSources(camps: Comparable[][]): boolean {
  const sourcesOf = camps.map((c) => new Set(c.map((i) => i.claim.sourceId)));
  for (let i = 0; i < sourcesOf.length; i++) {
    for (let j = i + 1; j < sourcesOf.length; j++) {
      for (const a of sourcesOf[i]) for (const b of sourcesOf[j]) if (a !== b) return true;
    }
  }
  return false;
}
