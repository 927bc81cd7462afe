import { describe, expect, it } from 'vitest';
import { allotPoints, MIN_POINTS, POINTS_PER_CHART } from '@/server/db/dashboard';

// How a page's budget of drawn values is shared: comparisons first, then one chart per story in
// turn, then the rest spread evenly. The sums are what the page weighs.
const drawn = (comparisons: number[], figures: number[][], r: { charts: number[]; points: number }) =>
  comparisons.reduce((a, b) => a + b, 0) + figures.reduce((a, f, i) => a + f.slice(0, r.charts[i]).reduce((k, n) => k + Math.min(n, r.points), 0), 0);

describe('allotPoints', () => {
  it('draws a small corpus whole', () => {
    const figures = [[5, 3, 2], [4]];
    const r = allotPoints([3, 0], figures, 100);
    expect(r).toEqual({ charts: [3, 1], points: POINTS_PER_CHART });
  });

  it('gives each story its first chart before any story its second', () => {
    const figures = Array.from({ length: 12 }, () => [300, 300, 300, 300]);
    // Room for twelve first charts at MIN_POINTS each, not for a thirteenth chart.
    const budget = 12 * 2 + 12 * MIN_POINTS + MIN_POINTS - 1;
    const r = allotPoints(Array(12).fill(2), figures, budget);
    expect(r.charts).toEqual(Array(12).fill(1));
    expect(r.points).toBe(MIN_POINTS);
    expect(drawn(Array(12).fill(2), figures, r)).toBeLessThanOrEqual(budget);
  });

  it('spreads what is left up to the per-chart limit, never past the budget', () => {
    for (const budget of [20, 50, 100, 160, 400]) {
      const comparisons = [4, 0, 6];
      const figures = [[40, 10, 3], [200, 2], [30, 30, 30, 30]];
      const r = allotPoints(comparisons, figures, budget);
      expect(drawn(comparisons, figures, r)).toBeLessThanOrEqual(Math.max(budget, comparisons.reduce((a, b) => a + b, 0)));
      expect(r.points).toBeGreaterThanOrEqual(MIN_POINTS);
      expect(r.points).toBeLessThanOrEqual(POINTS_PER_CHART);
    }
  });

  it('draws no chart when the comparisons fill the page', () => {
    expect(allotPoints([60, 60], [[10], [10]], 100).charts).toEqual([0, 0]);
  });
});
