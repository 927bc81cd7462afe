import { describe, expect, it } from 'vitest';
import { addMonths, durationWindow, estimateFromDurations, monthsBetween } from '@/server/domain/dates';
import { computeFlags } from '@/server/domain/flags';
import { buildComparisonSeries, buildDurationSeries, buildMeasureSeries, niceMax } from '@/server/domain/series';
import { segmentText } from '@/server/domain/highlight';
import { intervalFor } from '@/server/domain/value';
import { seed } from './fixtures';

describe('the date estimate for an undated page', () => {
  it('dates The Northern Advocate page from its war durations, to about 9 Dec 2022, and says why', () => {
    const na = seed().sources.find((s) => s.outlet === 'The Northern Advocate')!;
    expect(na.published).toBeNull();
    expect(na.publishedEstimate!.from <= '2022-12-09' && na.publishedEstimate!.to >= '2022-12-09').toBe(true);
    expect(na.publishedEstimate!.reason).toMatch(/9 1\/2 month/);
    expect(na.publishedEstimate!.reason).toMatch(/nearly nine months/);
  });

  it('intersects durations that agree', () => {
    const w1 = durationWindow(intervalFor({ qualifier: 'nearly', n: 9 }, 'nearly nine months'), '2022-02-24', 0)!;
    const w2 = durationWindow(intervalFor({ qualifier: 'about', n: 9 }, 'about nine months'), '2022-02-24', 0)!;
    const e = estimateFromDurations([w1, w2], 'the invasion')!;
    expect(e.from).toBe(w1.from);
    expect(e.to).toBe(w1.to);
  });

  it('counts months on the calendar: 24 Feb 2022 to 15 May 2023 is about 14.7 months', () => {
    expect(monthsBetween('2022-02-24', '2023-05-15')).toBeCloseTo(14.7, 1);
    expect(addMonths('2022-02-24', 9.5)).toBe('2022-12-09');
  });
});

describe('series builders', () => {
  const { claims, measures } = seed();
  const flags = computeFlags(claims, measures);
  const m = (id: string) => measures.find((x) => x.id === id)!;

  it('draws open-ended values as open-ended and clamps them into the axis', () => {
    const s = buildMeasureSeries(m('drones-delivered'), claims, flags);
    const p = s.points.find((x) => x.claimId === 'pa-drones-delivered-more-than-400')!;
    expect(p.highOpen).toBe(true);
    expect(p.high).toBe(s.domain[1]);
    expect(p.low).toBe(400);
    expect(s.points.map((x) => x.claimId)).toContain('na-iran-denies-supplying');
    expect(s.description).toMatch(/4 figures from 2 sources/);
  });

  it('puts 6,000 agreed and more than 400 delivered side by side with their flag', () => {
    const topic = { id: 'iran-drones', title: 'Iranian drones for Russia', description: '', position: 1 };
    const s = buildComparisonSeries(topic, measures, claims, flags)!;
    expect(s.points.map((p) => p.valueText)).toEqual(expect.arrayContaining(['6,000', 'more than 400']));
    expect(s.flags.some((f) => f.kind === 'different-measures')).toBe(true);
    expect(s.points.map((p) => p.outlet)).toEqual(expect.arrayContaining(['Press Association', 'The Northern Advocate']));
  });

  it('draws the calendar duration as a line and places each claim against it', () => {
    const s = buildDurationSeries(m('war-duration'), claims, flags)!;
    expect(s.line[0]).toEqual({ x: Date.parse('2022-02-24'), months: 0 });
    expect(s.line.at(-1)!.months).toBeGreaterThan(14.7);
    const pa = s.points.find((p) => p.claimId === 'pa-war-nearly-15-months')!;
    expect([pa.low, pa.high, pa.x]).toEqual([13.5, 15, Date.parse('2023-05-15')]);
    expect(s.points.filter((p) => p.estimated)).toHaveLength(2);
    expect(buildDurationSeries(m('drones-delivered'), claims, flags)).toBeNull();
  });

  it('fits the value axis to firm bounds: not a vague ceiling, not an open end, not a denial', () => {
    // The seed's "hundreds" reads as [200, 999]; "more than 400" has no ceiling; two denials.
    const s = buildMeasureSeries(m('drones-delivered'), claims, flags);
    const hundreds = s.points.find((p) => p.valueText === 'hundreds')!;
    expect(hundreds.qualifier).toBe('vague');
    expect(s.domain).toEqual([0, niceMax(400 * 1.25)]);
    expect(hundreds.high).toBe(s.domain[1]);
    // With nothing firmer, a vague figure sets the axis by its whole range.
    const vagueOnly = claims.filter((c) => c.measureId !== 'drones-delivered' || c.value.qualifier === 'vague');
    expect(buildMeasureSeries(m('drones-delivered'), vagueOnly, flags).domain).toEqual([0, niceMax(999 * 1.25)]);
    // A denial's value never moves the axis.
    const big = claims.map((c) => (c.stance === 'denies' && c.measureId === 'drones-delivered' ? { ...c, value: { ...c.value, low: 90_000, high: 90_000 } } : c));
    expect(buildMeasureSeries(m('drones-delivered'), big, flags).domain).toEqual(s.domain);
  });

  it('rounds axis maxima to readable numbers', () => {
    expect([niceMax(7500), niceMax(1249), niceMax(0)]).toEqual([8000, 1500, 1]);
  });
});

describe('highlighting the article', () => {
  it('splits text into marks that never nest, and marks the selected quote', () => {
    const text = 'Iran agreed to send 6,000 drones. It denies it.';
    const segs = segmentText(text, [{ id: 'a', start: 20, end: 25 }, { id: 'b', start: 22, end: 32 }], { start: 0, end: 33 });
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.markId).map((s) => [s.markId, s.text])).toEqual([['a', '6,000']]);
    expect(segs.filter((s) => s.inQuote).map((s) => s.text).join('')).toBe('Iran agreed to send 6,000 drones.');
  });
});
