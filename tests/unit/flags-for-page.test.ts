import { describe, expect, it } from 'vitest';
import { CAMPS_ON_PAGE, CLAIMS_ON_PAGE, flagForPage, seriesForPage } from '@/server/domain/flags/for-page';
import type { Flag } from '@/server/domain/schemas';
import type { IntervalSeries } from '@/server/domain/series';

const ids = (n: number, p = 'c') => Array.from({ length: n }, (_, i) => `${p}${i}`);
const big: Flag = {
  id: 'f1',
  kind: 'conflict',
  claimIds: ids(300),
  camps: Array.from({ length: 10 }, (_, k) => ({ claimIds: ids(30).map((x) => `${x}-${k}`), label: `camp ${k}` })),
  measureIds: ['m'],
  topicId: 't',
  reason: 'Sources disagree on “m”: 1,200; 2,400.',
};

describe('a flag as a page carries it', () => {
  it('names only the claims the chart draws, keeps its kind, reason and first camps', () => {
    const drawn = new Set(['c3', 'c7', 'c5-0', 'nowhere']);
    const f = flagForPage(big, drawn);
    expect(f.claimIds).toEqual(['c3', 'c7']);
    expect(f.camps).toHaveLength(CAMPS_ON_PAGE);
    expect(f.camps[0]).toEqual({ claimIds: ['c5-0'], label: 'camp 0' });
    expect([f.id, f.kind, f.reason, f.measureIds, f.topicId]).toEqual([big.id, big.kind, big.reason, big.measureIds, big.topicId]);
    // The flag itself is left whole for the API.
    expect(big.claimIds).toHaveLength(300);
  });

  it('without a chart keeps the first few claims of each', () => {
    const f = flagForPage(big);
    expect(f.claimIds).toEqual(ids(CLAIMS_ON_PAGE));
    expect(f.camps.every((c) => c.claimIds.length === CLAIMS_ON_PAGE)).toBe(true);
  });

  it('trims a series’ flags to its points', () => {
    const s = { points: [{ claimId: 'c1' }, { claimId: 'c2' }], flags: [big] } as unknown as IntervalSeries;
    expect(seriesForPage(s).flags[0].claimIds).toEqual(['c1', 'c2']);
  });
});
