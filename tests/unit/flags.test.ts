import { describe, expect, it } from 'vitest';
import { computeFlags } from '@/server/domain/flags';
import { intervalFor } from '@/server/domain/value';
import { claim, measure, seed } from './fixtures';

describe('flags on the seed articles', () => {
  const { claims, measures } = seed();
  const flags = computeFlags(claims, measures);
  const of = (kind: string) => flags.filter((f) => f.kind === kind);

  it('explains 6,000 agreed against more than 400 delivered as different measures, with both figures, sources and dates', () => {
    const f = of('different-measures').find((x) => x.claimIds.includes('na-drones-agreed-6000') && x.claimIds.includes('pa-drones-delivered-more-than-400'));
    expect(f).toBeDefined();
    for (const s of ['6,000', 'more than 400', 'The Northern Advocate', 'Press Association', '15 May 2023', 'estimated']) expect(f!.reason).toContain(s);
  });

  it("flags Iran's denial against the White House's figure", () => {
    const f = of('denial').find((x) => x.claimIds.includes('pa-iran-denies-since-war'));
    expect(f?.claimIds).toEqual(expect.arrayContaining(['pa-iran-denies-since-war', 'pa-drones-delivered-more-than-400']));
    expect(of('denial').some((x) => x.claimIds.includes('na-iran-denies-supplying'))).toBe(true);
  });

  it('flags "nearly nine months" against "9 1/2 month" in the same article', () => {
    const f = of('within-source');
    expect(f).toHaveLength(1);
    expect(f[0].claimIds).toEqual(['na-war-9-5-months', 'na-war-nearly-nine-months']);
    expect(f[0].reason).toMatch(/days apart/);
  });

  it('marks the $1 billion as single-source', () => {
    expect(of('single-source').some((x) => x.claimIds.includes('na-payment-1-billion'))).toBe(true);
  });

  it('raises no flag on "nearly 15-month" dated 15 May 2023, and no conflict at all', () => {
    expect(flags.filter((x) => x.claimIds.includes('pa-war-nearly-15-months'))).toEqual([]);
    expect(of('conflict')).toEqual([]);
    expect(of('off-calendar')).toEqual([]);
  });

  it('gives every flag a kind, claims and a one-sentence reason', () => {
    for (const f of flags) {
      expect(f.claimIds.length).toBeGreaterThan(0);
      expect(f.reason.length).toBeGreaterThan(20);
    }
    expect(new Set(flags.map((f) => f.id)).size).toBe(flags.length);
  });
});

describe('flag rules', () => {
  const count = measure({ id: 'count', kind: 'cumulative-count' });
  const dur = measure({ id: 'dur', kind: 'duration', unit: 'months', referenceDate: '2022-02-24', tolerance: 0.01 });

  it('conflict: same time, intervals apart; a running total days later may have grown', () => {
    const a = claim({ measureId: 'count', sourceId: 'a', value: intervalFor({ qualifier: 'exact', n: 100 }, '100'), asOf: '2023-01-01' });
    const b = claim({ measureId: 'count', sourceId: 'b', value: intervalFor({ qualifier: 'more-than', n: 400 }, 'more than 400'), asOf: '2023-01-01' });
    expect(computeFlags([a, b], [count]).map((f) => f.kind)).toContain('conflict');
    const later = { ...b, asOf: '2023-01-10' };
    expect(computeFlags([a, later], [count]).map((f) => f.kind)).not.toContain('conflict');
  });

  it('a running total that grows later is not a conflict; one that falls clearly is', () => {
    const early = claim({ measureId: 'count', sourceId: 'a', value: intervalFor({ qualifier: 'exact', n: 100 }, '100'), asOf: '2022-01-01' });
    const later = claim({ measureId: 'count', sourceId: 'b', value: intervalFor({ qualifier: 'exact', n: 400 }, '400'), asOf: '2023-01-01' });
    expect(computeFlags([early, later], [count]).filter((f) => f.kind === 'conflict')).toEqual([]);
    const fell = claim({ measureId: 'count', sourceId: 'c', value: intervalFor({ qualifier: 'exact', n: 50 }, '50'), asOf: '2023-06-01' });
    expect(computeFlags([early, fell], [count]).filter((f) => f.kind === 'conflict')).toHaveLength(1);
  });

  it('off-calendar: 9 1/2 months on a page dated in November', () => {
    const c = claim({ measureId: 'dur', sourceId: 'a', unit: 'months', value: intervalFor({ qualifier: 'exact', n: 9.5 }, '9 1/2 month') }, { published: '2023-11-20' });
    const f = computeFlags([c], [dur]).find((x) => x.kind === 'off-calendar');
    expect(f?.reason).toMatch(/does not match the calendar/);
  });

  it('ignores claims that are pending or rejected', () => {
    const a = claim({ measureId: 'count', sourceId: 'a', value: intervalFor({ qualifier: 'exact', n: 100 }, '100'), asOf: '2023-01-01' });
    const b = claim({ measureId: 'count', sourceId: 'b', value: intervalFor({ qualifier: 'exact', n: 900 }, '900'), asOf: '2023-01-01', review: 'rejected' });
    expect(computeFlags([a, b], [count]).filter((f) => f.kind === 'conflict')).toEqual([]);
  });
});

describe('a value reprinted from one origin, on a measure that holds others', () => {
  const m = measure({ id: 'injured', title: 'People injured', kind: 'cumulative-count', unit: 'people' });
  const at = (n: number, text: string) => intervalFor({ qualifier: 'exact', n }, text);
  const police = { name: null, role: null, organisation: 'police' };
  const reprints = [
    claim({ measureId: 'injured', sourceId: 'herald', value: at(41, '41'), quote: '41 injured, police said', speaker: police }, { outlet: 'Herald' }),
    claim({ measureId: 'injured', sourceId: 'mercury', value: at(41, '41'), quote: '41 were injured, police said', speaker: police }, { outlet: 'Mercury' }),
  ];
  const other = claim({ measureId: 'injured', sourceId: 'courier', value: at(47, '47'), quote: '47 treated, the hospital said', speaker: { name: null, role: null, organisation: 'hospital' } }, { outlet: 'Courier', published: '2023-05-20' });
  it('gets a note saying its outlets do not confirm each other', () => {
    const notes = computeFlags([...reprints, other], [m]).filter((f) => f.kind === 'single-source');
    expect(notes).toHaveLength(1);
    expect(notes[0].claimIds.sort()).toEqual(reprints.map((c) => c.id).sort());
    expect(notes[0].reason).toMatch(/2 outlets \(Herald, Mercury\) but comes from one origin \(police\)/);
  });
  it('gets none when another origin gives the same value, or one outlet alone prints it', () => {
    const medics = claim({ measureId: 'injured', sourceId: 'comet', value: at(41, '41'), quote: 'Medics say 41 were hurt', speaker: { name: null, role: 'medics', organisation: null } }, { outlet: 'Comet' });
    expect(computeFlags([...reprints, medics, other], [m]).filter((f) => f.kind === 'single-source')).toEqual([]);
    const fifty = claim({ measureId: 'injured', sourceId: 'star', value: at(50, '50'), quote: 'about 50 hurt, the mayor said', speaker: { name: null, role: 'mayor', organisation: null } }, { outlet: 'Star' });
    expect(computeFlags([reprints[0], other, fifty], [m]).filter((f) => f.kind === 'single-source')).toEqual([]);
  });
});
