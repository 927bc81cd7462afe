import { describe, expect, it } from 'vitest';
import { formatInterval, intervalFor, overlaps, scaleInterval, type ValueInterval } from '@/server/domain/value';

// Every row of DESIGN.md's "Values are intervals" table, through the one table in code.
describe('the wording table', () => {
  const rows: [string, Parameters<typeof intervalFor>[0], Partial<ValueInterval>][] = [
    ['400', { qualifier: 'exact', n: 400 }, { low: 400, high: 400, lowInclusive: true, highInclusive: true, best: 400 }],
    ['more than 400', { qualifier: 'more-than', n: 400 }, { low: 400, high: null, lowInclusive: false }],
    ['over 400', { qualifier: 'more-than', n: 400 }, { low: 400, high: null, lowInclusive: false }],
    ['at least 6,000', { qualifier: 'at-least', n: 6000 }, { low: 6000, high: null, lowInclusive: true }],
    ['up to 6,000', { qualifier: 'up-to', n: 6000 }, { low: null, high: 6000, highInclusive: true }],
    ['nearly 9', { qualifier: 'nearly', n: 9 }, { low: 8.1, high: 9, lowInclusive: true, highInclusive: false }],
    ['almost 9', { qualifier: 'nearly', n: 9 }, { low: 8.1, high: 9, highInclusive: false }],
    ['about 400', { qualifier: 'about', n: 400 }, { low: 360, high: 440, best: 400 }],
    ['around 400', { qualifier: 'about', n: 400 }, { low: 360, high: 440 }],
    ['9 1/2', { qualifier: 'exact', n: 9.5 }, { low: 9.5, high: 9.5 }],
    ['1,500 to 2,400', { qualifier: 'range', n: 1500, n2: 2400 }, { low: 1500, high: 2400, best: null }],
    ['1,500–2,400 (reversed input)', { qualifier: 'range', n: 2400, n2: 1500 }, { low: 1500, high: 2400 }],
    ['dozens', { qualifier: 'vague', amount: 'dozens' }, { low: 24, high: 99, best: null }],
    ['hundreds', { qualifier: 'vague', amount: 'hundreds' }, { low: 200, high: 999 }],
    ['thousands', { qualifier: 'vague', amount: 'thousands' }, { low: 2000, high: 9999 }],
    ['billions of dollars', { qualifier: 'vague', amount: 'billions' }, { low: 2e9, high: 999e9 }],
    ['most of the 400', { qualifier: 'most-of', n: 400 }, { low: 201, high: 400, lowInclusive: true, highInclusive: true }],
    ['most of ½ (not a whole count: only more than half)', { qualifier: 'most-of', n: 0.5 }, { low: 0.25, high: 0.5, lowInclusive: false, highInclusive: true }],
    ['nearly 15 (seed: "nearly 15-month")', { qualifier: 'nearly', n: 15 }, { low: 13.5, high: 15 }],
    ['less than 10', { qualifier: 'less-than', n: 10 }, { low: null, high: 10, highInclusive: false }],
  ];
  it.each(rows)('%s', (text, spec, want) => {
    const v = intervalFor(spec, text);
    expect(v).toMatchObject({ ...want, text, qualifier: spec.qualifier });
  });

  it('scales a vague amount without float noise', () => {
    const v = scaleInterval(intervalFor({ qualifier: 'vague', amount: 'hundreds' }, 'hundreds of millions'), 1e6);
    expect([v.low, v.high]).toEqual([2e8, 999e6]);
  });
});

describe('overlaps', () => {
  const v = (spec: Parameters<typeof intervalFor>[0]) => intervalFor(spec, '');
  it('treats open ends as reaching to infinity', () => {
    expect(overlaps(v({ qualifier: 'more-than', n: 400 }), v({ qualifier: 'exact', n: 6000 }))).toBe(true);
    expect(overlaps(v({ qualifier: 'up-to', n: 100 }), v({ qualifier: 'exact', n: 6000 }))).toBe(false);
  });
  it('respects exclusive ends, and tolerance closes small gaps', () => {
    expect(overlaps(v({ qualifier: 'more-than', n: 400 }), v({ qualifier: 'exact', n: 400 }))).toBe(false);
    expect(overlaps(v({ qualifier: 'more-than', n: 400 }), v({ qualifier: 'exact', n: 400 }), 0.05)).toBe(true);
    expect(overlaps(v({ qualifier: 'nearly', n: 9 }), v({ qualifier: 'exact', n: 9.5 }), 0.01)).toBe(false);
  });
});

describe('formatInterval', () => {
  it('writes intervals in symbols', () => {
    expect(formatInterval(intervalFor({ qualifier: 'more-than', n: 400 }, ''))).toBe('> 400');
    expect(formatInterval(intervalFor({ qualifier: 'nearly', n: 9 }, ''))).toBe('[8.1, 9)');
    expect(formatInterval(intervalFor({ qualifier: 'exact', n: 1e9 }, ''))).toBe('1 billion');
    expect(formatInterval(intervalFor({ qualifier: 'up-to', n: 6000 }, ''))).toBe('≤ 6,000');
  });
});
