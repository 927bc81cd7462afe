import { describe, expect, it } from 'vitest';
import { latestOf } from '@/server/domain/flags/notes';
import { sameNumber } from '@/server/domain/flags/related';
import { intervalFor } from '@/server/domain/value';
import type { Claim } from '@/server/domain/schemas';
import type { Comparable } from '@/server/domain/compare';
import { claim, rng } from './fixtures';

/*
 * Two helpers of the flags that a busy measure (thousands of claims) made costly, against the
 * plain versions they replaced: the same answer on random lists.
 */

function claims(r: () => number, n: number, tag: string): Claim[] {
  return Array.from({ length: n }, (_, i) => {
    const v = [0, 100, 101, 150, 400, 404, 1000, 2000][Math.floor(r() * 8)];
    const q = r();
    const value = q < 0.2 ? intervalFor({ qualifier: 'more-than', n: v }, `more than ${v}`) : intervalFor({ qualifier: 'exact', n: v }, String(v));
    return claim({ id: `${tag}${i}`, measureId: tag, sourceId: `s${i}`, value, currency: r() < 0.2 ? 'EUR' : null, stance: r() < 0.1 ? 'denies' : 'asserts', asOf: r() < 0.2 ? null : `2024-0${1 + Math.floor(r() * 5)}-1${Math.floor(r() * 9)}` });
  });
}

function plainSameNumber(a: Claim[], b: Claim[]): [Claim, Claim] | null {
  const key = (c: Claim) => (c.stance !== 'asserts' ? null : (c.value.best ?? (c.value.low !== null && c.value.low === c.value.high ? c.value.low : null)));
  for (const x of a) {
    const vx = key(x);
    if (vx === null || vx === 0) continue;
    for (const y of b) {
      const vy = key(y);
      if (vy !== null && Math.abs(vx - vy) <= Math.abs(vx) * 0.01 && x.currency === y.currency) return [x, y];
    }
  }
  return null;
}

function plainLatest(items: Comparable[], n: number): Comparable[] {
  if (items.length <= n) return items;
  const key = (i: Comparable) => i.claim.asOf ?? '';
  return [...items].sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0)).slice(0, n);
}

describe('bounded helpers of the flags agree with the plain ones', () => {
  it('sameNumber finds the same pair as comparing every pair', () => {
    let found = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const r = rng(seed);
      const a = claims(r, Math.floor(r() * 12), 'a');
      const b = claims(r, Math.floor(r() * 12), 'b');
      const want = plainSameNumber(a, b);
      expect(sameNumber(a, b)).toEqual(want);
      if (want) found++;
    }
    expect(found).toBeGreaterThan(50);
  });

  it('latestOf keeps the same figures, in the same order, as sorting them all', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const r = rng(seed);
      const items = claims(r, Math.floor(r() * 40), 'c').map((c): Comparable => ({ claim: c, value: c.value, converted: null }));
      const n = 1 + Math.floor(r() * 15);
      expect(latestOf(items, n).map((i) => i.claim.id)).toEqual(plainLatest(items, n).map((i) => i.claim.id));
    }
  });
});
