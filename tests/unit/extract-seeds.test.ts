import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFigures, type Figure } from '@/server/extract';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const nz = readFileSync(path.join(SEEDS, '000_dde206bdf90973aa.txt'), 'utf8');
const pa = readFileSync(path.join(SEEDS, '001_a820b39c6aa29085.txt'), 'utf8');
const both = nz + '\n\n' + pa;

function find(text: string, span: string): Figure[] {
  return extractFigures(text).filter((f) => f.text === span);
}

function interval(f: Figure) {
  return { value: f.value, low: f.low, high: f.high, lowInclusive: f.lowInclusive, highInclusive: f.highInclusive };
}

describe('seed articles', () => {
  it('finds "more than 400" UAVs: 400 exclusive, open above', () => {
    const [f] = find(pa, 'more than 400');
    expect(interval(f)).toEqual({ value: 400, low: 400, high: null, lowInclusive: false, highInclusive: false });
    expect(f.qualifier).toBe('more-than');
    expect(f.thing).toBe('UAVs');
  });

  it('finds "most of the 400" drones as 201..400', () => {
    const [f] = find(pa, 'most of the 400');
    expect(f).toMatchObject({ low: 201, high: 400, qualifier: 'most-of', thing: 'drones', value: null });
  });

  it('finds the 6,000 drones Iran agreed to send', () => {
    const [f] = find(nz, '6,000');
    expect(f).toMatchObject({ value: 6000, low: 6000, high: 6000, qualifier: 'exact', thing: 'drones', kind: 'count' });
  });

  it('finds "hundreds" of attack drones as [200, 999]', () => {
    const fs = find(pa, 'hundreds');
    const drones = fs.find((f) => f.thing === 'drones');
    expect(drones).toMatchObject({ low: 200, high: 999, qualifier: 'vague', value: null });
    expect(pa.slice(drones!.start, drones!.start + 'hundreds of attack drones'.length)).toBe('hundreds of attack drones');
  });

  it('finds "hundreds of ballistic missiles" once in each article', () => {
    for (const text of [nz, pa]) {
      const missiles = find(text, 'hundreds').filter((f) => f.thing === 'missiles');
      expect(missiles).toHaveLength(1);
      expect(missiles[0]).toMatchObject({ low: 200, high: 999 });
    }
    expect(find(both, 'hundreds').filter((f) => f.thing === 'missiles')).toHaveLength(2);
  });

  it('finds "$1 billion" in USD', () => {
    const [f] = find(nz, '$1 billion');
    expect(f).toMatchObject({ value: 1e9, low: 1e9, high: 1e9, currency: 'USD', kind: 'money', multiplier: 1e9 });
  });

  it('finds "billions of dollars" as [2e9, 999e9] USD', () => {
    const [f] = find(pa, 'billions of dollars');
    expect(f).toMatchObject({ low: 2e9, high: 999e9, currency: 'USD', qualifier: 'vague', kind: 'money' });
  });

  it('reads the three war durations', () => {
    expect(find(nz, 'nearly nine months')[0]).toMatchObject({ low: 8.1, high: 9, lowInclusive: true, highInclusive: false, unit: 'months', kind: 'duration' });
    expect(find(nz, '9 1/2 month')[0]).toMatchObject({ value: 9.5, low: 9.5, high: 9.5, unit: 'months', thing: 'war' });
    expect(find(pa, 'nearly 15-month')[0]).toMatchObject({ low: 13.5, high: 15, highInclusive: false, unit: 'months', thing: 'war' });
  });

  it('finds the four provinces', () => {
    const [f] = find(nz, 'four');
    expect(f).toMatchObject({ value: 4, thing: 'provinces', unit: 'provinces' });
  });

  it('finds nothing in designations, years, dates, the G7 or the icon furniture', () => {
    const figures = extractFigures(both);
    for (const bad of ['Shahed-136', 'Geranium-2', 'YAK-130', 'Su-35', 'G7', '2014', '2023-05-15']) {
      const at = both.indexOf(bad);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(figures.filter((f) => f.start < at + bad.length && f.end > at)).toEqual([]);
    }
    const furnitureEnd = pa.indexOf('\n');
    expect(pa.slice(0, furnitureEnd)).toContain('An icon of 3 horizontal dots');
    expect(extractFigures(pa).filter((f) => f.start < furnitureEnd)).toEqual([]);
  });

  it('finds exactly the expected figures and nothing else', () => {
    expect(extractFigures(nz).map((f) => f.text)).toEqual(['hundreds', 'nearly nine months', '6,000', '$1 billion', '9 1/2 month', 'four']);
    expect(extractFigures(pa).map((f) => f.text)).toEqual(['most of the 400', 'hundreds', 'hundreds', 'more than 400', 'nearly 15-month', 'billions of dollars']);
  });
});
