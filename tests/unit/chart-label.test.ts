import { describe, expect, it } from 'vitest';
import { bylineOf, chartLabel, chartLabelText, reportedByOf } from '@/server/domain/chart-label';
import { computeFlags } from '@/server/domain/flags';
import { buildComparisonSeries, buildMeasureSeries } from '@/server/domain/series';
import { seed } from './fixtures';

describe('the label each value carries on its chart', () => {
  const { claims, measures } = seed();
  const flags = computeFlags(claims, measures);
  const m = (id: string) => measures.find((x) => x.id === id)!;

  it('reads value · speaker, organisation · outlet, date', () => {
    const p = buildMeasureSeries(m('drones-delivered'), claims, flags).points.find((x) => x.claimId === 'pa-drones-delivered-more-than-400')!;
    expect(chartLabelText(chartLabel(p))).toBe('more than 400 · John Kirby, White House · Press Association, 15 May 2023 ⚑');
  });

  it('gives a denial its whole clause and the comparison its who and when', () => {
    const denial = buildMeasureSeries(m('drones-delivered'), claims, flags).points.find((x) => x.claimId === 'pa-iran-denies-since-war')!;
    expect(chartLabel(denial).value).toBe('Denied: “but not since”');
    const topic = { id: 'iran-drones', title: 'Iranian drones for Russia', description: '' } as never;
    const agreed = buildComparisonSeries(topic, measures, claims, flags)!.points.find((x) => x.claimId === 'na-drones-agreed-6000')!;
    const l = chartLabel(agreed);
    expect(l.value).toBe('6,000');
    expect(l.rest).toMatch(/^unnamed security official · The Northern Advocate, unknown, estimated \w+ 2022$/);
  });

  it('marks a value nobody has reviewed, and a flagged one', () => {
    const base = { stance: 'asserts' as const, valueText: '12', byline: null, reportedBy: 'The Courier', dateShort: '3 Aug 2024', flagKinds: [] };
    expect(chartLabelText(chartLabel({ ...base, review: 'auto' }))).toBe('12 · The Courier, 3 Aug 2024 · not reviewed');
    expect(chartLabelText(chartLabel({ ...base, review: 'reviewed', flagKinds: ['conflict'] }))).toBe('12 · The Courier, 3 Aug 2024 ⚑');
  });

  it('names a speaker with the organisation once, and counts reprints', () => {
    expect(bylineOf({ name: 'Ana Ruiz', role: 'spokeswoman', organisation: 'Red Cross' })).toBe('Ana Ruiz, Red Cross');
    expect(bylineOf({ name: 'Red Cross', role: null, organisation: 'Red Cross' })).toBe('Red Cross');
    expect(bylineOf({ name: null, role: 'spokesman', organisation: 'Fire Service' })).toBe('spokesman, Fire Service');
    expect(bylineOf(null)).toBeNull();
    expect(reportedByOf(['AP'])).toBe('AP');
    expect(reportedByOf(['AP', 'BBC', 'CNN'])).toBe('AP and 2 other outlets');
  });
});
