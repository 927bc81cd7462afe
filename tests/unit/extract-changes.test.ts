import { describe, it, expect } from 'vitest';
import { extractFigures } from '@/server/extract';

const brief = (text: string) => extractFigures(text).map((f) => ({ text: f.text, value: f.value, change: f.change ?? null }));

describe('signs', () => {
  it.each([
    ['GDP shrank by -3.2% in the quarter.', -3.2],
    ['It was minus 5 degrees.', -5],
    ['Temperatures hit −12C overnight.', -12],
    ['a balance of negative 40 points', -40],
  ])('%s', (text, value) => {
    expect(extractFigures(text)[0].value).toBe(value);
  });
});

describe('a change and the level it reached are two figures', () => {
  it('fell 12 points to 3,402', () => {
    expect(brief('The index fell 12 points to 3,402.')).toEqual([
      { text: '12', value: 12, change: { role: 'delta', direction: 'down' } },
      { text: '3,402', value: 3402, change: { role: 'level', direction: 'down' } },
    ]);
  });
  it('up 35 cents at $71.10', () => {
    expect(brief('Brent was up 35 cents at $71.10.')).toEqual([
      { text: '35 cents', value: 35, change: { role: 'delta', direction: 'up' } },
      { text: '$71.10', value: 71.1, change: { role: 'level', direction: 'up' } },
    ]);
  });
  it.each([
    ['Shares gained 4.5% to $18.20.', 'up'],
    ['The pound slid 0.3% to $1.24.', 'down'],
    ['Sales dropped by 1,200 to 8,300.', 'down'],
    ['Unemployment edged up 0.1 percentage points to 4.2%.', 'up'],
    ['The dollar lost 2 yen to 140 yen.', 'down'],
  ])('%s', (text, direction) => {
    const fs = brief(text);
    expect(fs.map((f) => f.change)).toEqual([{ role: 'delta', direction }, { role: 'level', direction }]);
  });
  it.each([
    ['Profits rose 12% last year.', 'up'],
    ['Output fell 3.1% in May.', 'down'],
    ['a rise of 40 cases', 'up'],
    ['a 5% drop in sales', 'down'],
    ['Prices increased by 2.5%.', 'up'],
  ])('%s is a change', (text, direction) => {
    expect(brief(text)[0].change).toEqual({ role: 'delta', direction });
  });
  it('rain that fell is no change', () => {
    expect(brief('Rain fell 5 inches overnight.')[0].change).toBeNull();
  });
  it('a plain amount is no change', () => {
    expect(brief('The council spent $4 million.')[0].change).toBeNull();
  });
});

describe('from one figure to another', () => {
  it('from 310 to 365 km', () => {
    const fs = extractFigures('The range grew from 310 to 365 km.');
    expect(fs.map((f) => [f.value, f.unit, f.change])).toEqual([
      [310, 'km', { role: 'from', direction: 'up' }],
      [365, 'km', { role: 'to', direction: 'up' }],
    ]);
  });
  it.each([
    ['Fares were cut from $5 to $4.', 'down', 'USD'],
    ['The rate rose from 4% to 5.25%.', 'up', '%'],
    ['Membership fell from 12,000 to 9,500 members.', 'down', 'members'],
  ])('%s', (text, direction, unit) => {
    const fs = extractFigures(text);
    expect(fs.map((f) => [f.unit, f.change])).toEqual([
      [unit, { role: 'from', direction }],
      [unit, { role: 'to', direction }],
    ]);
  });
  it('a range with no change word stays a range', () => {
    const fs = extractFigures('Estimates run from 1,500 to 2,400.');
    expect(fs.map((f) => [f.low, f.high, f.qualifier])).toEqual([[1500, 2400, 'range']]);
  });
});
