import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { computeFlags } from '@/server/domain/flags';
import { DENIAL_CAMP } from '@/server/domain/flags/notes';
import { intervalFor } from '@/server/domain/value';
import { fxTable } from '@/server/db/fx';
import { claim, measure } from './fixtures';

const FX = fxTable(path.join(__dirname, '..', '..', 'data'));
const exact = (n: number, text = n.toLocaleString('en-GB')) => intervalFor({ qualifier: 'exact', n }, text);
const kinds = (fs: { kind: string }[]) => fs.map((f) => f.kind).sort();

describe('one flag per disagreement, its claims in camps', () => {
  const area = measure({ id: 'area', title: 'Area burned by the Kessel fire', unit: 'ha', kind: 'cumulative-count' });
  const day = '2024-08-14';
  const service = claim({ measureId: 'area', sourceId: 'herald', unit: 'ha', value: intervalFor({ qualifier: 'about', n: 12_000 }, 'about 12,000 hectares'), asOf: day, speaker: { name: null, role: null, organisation: 'Fire Service' }, quote: 'a' });
  const satellite = claim({ measureId: 'area', sourceId: 'post', unit: 'ha', value: exact(30_000, '30,000 hectares'), asOf: day, speaker: { name: null, role: null, organisation: 'Copernicus' }, quote: 'b' });
  const governor = claim({ measureId: 'area', sourceId: 'times', unit: 'ha', value: intervalFor({ qualifier: 'more-than', n: 20_000 }, 'more than 20,000 hectares'), asOf: day, speaker: { name: 'Ana Ruiz', role: 'governor', organisation: null }, quote: 'c' });
  const reprint = { ...service, id: 'reprint', sourceId: 'gazette', outlet: 'gazette' };

  it('three sources, two camps: one conflict whose camps say who agrees with whom', () => {
    const flags = computeFlags([service, satellite, governor, reprint], [area]).filter((f) => f.kind === 'conflict');
    expect(flags).toHaveLength(1);
    expect(flags[0].camps.map((c) => c.claimIds)).toEqual([[reprint.id, service.id].sort(), [governor.id, satellite.id].sort()]);
    expect(flags[0].camps[0].label).toContain('Fire Service, reported by 2 outlets');
    expect(flags[0].reason).toContain('14 Aug 2024');
  });

  it('claims that agree raise nothing against each other', () => {
    const close = claim({ measureId: 'area', sourceId: 'post', unit: 'ha', value: exact(12_500), asOf: day, quote: 'd' });
    expect(computeFlags([service, close, reprint], [area]).filter((f) => f.kind === 'conflict')).toEqual([]);
  });

  it('a running total that grows over weeks is growth; one clearly below an earlier floor is one conflict', () => {
    const cases = measure({ id: 'cases', unit: 'cases', kind: 'cumulative-count' });
    const c = (n: number, asOf: string, src: string) => claim({ measureId: 'cases', sourceId: src, unit: 'cases', value: exact(n), asOf, quote: src });
    const rising = [c(120, '2024-03-01', 'a'), c(340, '2024-03-12', 'b'), c(910, '2024-03-30', 'c')];
    expect(computeFlags(rising, [cases]).filter((f) => f.kind === 'conflict')).toEqual([]);
    const fell = [...rising, c(300, '2024-04-10', 'd'), c(280, '2024-04-12', 'e')];
    const flags = computeFlags(fell, [cases]).filter((f) => f.kind === 'conflict');
    expect(flags).toHaveLength(1);
    expect(flags[0].reason).toMatch(/cannot fall/);
  });

  it('a count at a moment that moves day by day is no conflict; two sources apart on one day are', () => {
    const stranded = measure({ id: 'stranded', unit: 'passengers', kind: 'count' });
    const c = (n: number, asOf: string, src: string) => claim({ measureId: 'stranded', sourceId: src, unit: 'passengers', value: exact(n), asOf, quote: src });
    const days = [c(1_200, '2024-03-04', 'a'), c(1_550, '2024-03-05', 'b'), c(1_900, '2024-03-06', 'c'), c(1_100, '2024-03-08', 'd')];
    expect(computeFlags(days, [stranded]).filter((f) => f.kind === 'conflict')).toEqual([]);
    const apart = computeFlags([...days, c(3_000, '2024-03-05', 'e')], [stranded]).filter((f) => f.kind === 'conflict');
    expect(apart).toHaveLength(1);
    expect(apart[0].reason).toMatch(/on 5 Mar 2024/);
  });
});

describe('like with like', () => {
  it('compares amounts in different currencies at the rate of their month, and says so', () => {
    const aid = measure({ id: 'aid', unit: 'USD', currency: 'USD', kind: 'commitment' });
    const eur = claim({ measureId: 'aid', sourceId: 'a', unit: 'EUR', currency: 'EUR', value: exact(140e6, '€140m'), asOf: '2022-11-10', quote: 'a' });
    const usd = claim({ measureId: 'aid', sourceId: 'b', unit: 'USD', currency: 'USD', value: exact(141e6, '$141m'), asOf: '2022-11-12', quote: 'b' });
    // Nov 2022: 1 EUR = 1.0192 USD, so €140m is $142.7m: they agree within 5%.
    expect(computeFlags([eur, usd], [aid], FX).filter((f) => f.kind === 'conflict')).toEqual([]);
    const far = { ...usd, id: 'far', value: exact(90e6, '$90m') };
    const flags = computeFlags([eur, far], [aid], FX).filter((f) => f.kind === 'conflict');
    expect(flags).toHaveLength(1);
    expect(flags[0].reason).toMatch(/1 EUR = 1\.0192 USD, Nov 2022 average \(Federal Reserve G\.5/);
  });

  it('does not compare an amount whose month has no rate (never a silent guess)', () => {
    const aid = measure({ id: 'aid', unit: 'USD', currency: 'USD', kind: 'commitment' });
    const uah = claim({ measureId: 'aid', sourceId: 'a', unit: 'UAH', currency: 'UAH', value: exact(5e9), asOf: '2023-01-10', quote: 'a' });
    const usd = claim({ measureId: 'aid', sourceId: 'b', unit: 'USD', currency: 'USD', value: exact(1e6), asOf: '2023-01-10', quote: 'b' });
    expect(computeFlags([uah, usd], [aid], FX).filter((f) => f.kind === 'conflict')).toEqual([]);
  });

  it('200 km and 124 miles agree; 200 km and 300 miles do not', () => {
    const road = measure({ id: 'road', unit: 'km', kind: 'commitment' });
    const km = claim({ measureId: 'road', sourceId: 'a', unit: 'km', value: exact(200), quote: 'a' });
    const mi = claim({ measureId: 'road', sourceId: 'b', unit: 'miles', value: exact(124), quote: 'b' });
    expect(computeFlags([km, mi], [road]).filter((f) => f.kind === 'conflict')).toEqual([]);
    expect(kinds(computeFlags([km, { ...mi, value: exact(300) }], [road]))).toContain('conflict');
  });
});

describe('origins, not outlets', () => {
  const m = measure({ id: 'pay', unit: 'USD', currency: 'USD', kind: 'amount' });
  const kirby = { name: 'John Kirby', role: 'spokesman', organisation: 'White House' };

  it('one speaker reprinted by three outlets is still a single source, and the flag says how many outlets', () => {
    const cs = ['AP', 'Herald', 'Post'].map((o) => claim({ measureId: 'pay', sourceId: o, unit: 'USD', currency: 'USD', value: exact(1e9, '$1 billion'), speaker: kirby, quote: `${o} quote` }));
    const f = computeFlags(cs, [m]).filter((x) => x.kind === 'single-source');
    expect(f).toHaveLength(1);
    expect(f[0].reason).toMatch(/3 outlets/);
    expect(f[0].camps[0].label).toContain('John Kirby (spokesman, White House), reported by 3 outlets');
  });

  it('the same sentence reprinted without a speaker is one origin; an independent speaker corroborates', () => {
    const a = claim({ measureId: 'pay', sourceId: 'a', unit: 'USD', currency: 'USD', value: exact(1e9), quote: 'Russia paid “$1 billion”, the paper said.' });
    const b = claim({ measureId: 'pay', sourceId: 'b', unit: 'USD', currency: 'USD', value: exact(1e9), quote: 'Russia paid "$1 billion" , the paper said' });
    expect(computeFlags([a, b], [m]).some((x) => x.kind === 'single-source')).toBe(true);
    const c = claim({ measureId: 'pay', sourceId: 'c', unit: 'USD', currency: 'USD', value: exact(1e9), speaker: kirby, quote: 'other' });
    expect(computeFlags([a, b, c], [m]).some((x) => x.kind === 'single-source')).toBe(false);
  });
});

describe('denials in time', () => {
  const troops = measure({ id: 'troops', unit: 'troops', kind: 'count' });
  const denial = claim({ measureId: 'troops', sourceId: 'a', stance: 'denies', value: intervalFor({ qualifier: 'none', n: 0 }, 'no troops'), periodStart: '2024-03-01', quote: 'a' });

  it('a denial since March meets a figure for April', () => {
    const april = claim({ measureId: 'troops', sourceId: 'b', value: intervalFor({ qualifier: 'about', n: 3000 }, 'about 3,000'), asOf: '2024-04-15', quote: 'b' });
    const f = computeFlags([denial, april], [troops]).filter((x) => x.kind === 'denial');
    expect(f).toHaveLength(1);
    expect(f[0].camps).toHaveLength(2);
  });

  it('names the latest figures it is denied against, however many the measure holds, and counts the rest', () => {
    // 40 reports over 40 days, from 40 outlets: the camp names the latest DENIAL_CAMP of them.
    const many = Array.from({ length: 40 }, (_, i) =>
      claim({ id: `r${String(i).padStart(2, '0')}`, measureId: 'troops', sourceId: `s${i}`, value: exact(3000 + i), asOf: `2024-04-${String((i % 28) + 1).padStart(2, '0')}`, quote: `q${i}` }),
    );
    const [f] = computeFlags([denial, ...many], [troops]).filter((x) => x.kind === 'denial');
    const theirs = f.camps.find((c) => !c.claimIds.includes(denial.id))!;
    expect(theirs.claimIds).toHaveLength(DENIAL_CAMP);
    const latest = [...many].sort((a, b) => (b.asOf! > a.asOf! ? 1 : b.asOf! < a.asOf! ? -1 : a.id < b.id ? -1 : 1)).slice(0, DENIAL_CAMP);
    expect(theirs.claimIds).toEqual(latest.map((c) => c.id).sort());
    expect(f.reason).toContain(`and ${40 - 3} more`);
    // The same whatever order the figures come in.
    const [g] = computeFlags([...many].reverse().concat(denial), [troops]).filter((x) => x.kind === 'denial');
    expect(g.camps).toEqual(f.camps);
  });

  it('but not a figure for February', () => {
    const feb = claim({ measureId: 'troops', sourceId: 'b', value: exact(3000), asOf: '2024-02-10', quote: 'b' });
    expect(computeFlags([denial, feb], [troops]).filter((x) => x.kind === 'denial')).toEqual([]);
  });
});
