import type { Claim, Measure } from './schemas';

/*
 * Orders that do not depend on the server's locale, so memory and SQL (COLLATE "C") agree on them:
 * flags derived in memory from claims read in SQL order must come out in the order a derivation
 * from scratch gives.
 */

/** The "C" collation's order: by code point (a UTF-16 surrogate is a code point past U+FFFF). */
export function byCodePoint(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const sx = x >= 0xd800 && x <= 0xdfff;
    const sy = y >= 0xd800 && y <= 0xdfff;
    return sx === sy ? x - y : sx ? 1 : -1;
  }
  return a.length - b.length;
}
export const measureOrder = (a: Measure, b: Measure) => a.position - b.position || byCodePoint(a.id, b.id);
export const claimOrder = (a: Pick<Claim, 'sourceId' | 'start' | 'id'>, b: Pick<Claim, 'sourceId' | 'start' | 'id'>) =>
  byCodePoint(a.sourceId, b.sourceId) || a.start - b.start || byCodePoint(a.id, b.id);

/** The first index whose element is not before `x` in `cmp` (binary search over a sorted list). */
export function lowerBound<T, K>(list: readonly T[], x: K, cmp: (a: T, x: K) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cmp(list[mid], x) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A new sorted array: `list` (sorted) with `items` put where the order puts them (after equals). */
export function insertSorted<T>(list: readonly T[], items: readonly T[], cmp: (a: T, b: T) => number): T[] {
  const out = [...list];
  for (const x of [...items].sort(cmp)) out.splice(lowerBound(out, x, (a, b) => (cmp(a, b) <= 0 ? -1 : 1)), 0, x);
  return out;
}
