import { describe, it, expect } from 'vitest';
import { extractFigures } from '@/server/extract';

function one(text: string) {
  const fs = extractFigures(text);
  expect(fs.map((f) => f.text)).toHaveLength(1);
  return fs[0];
}

describe('qualifiers (DESIGN.md interval table)', () => {
  it.each([
    ['more than 400 drones', 'more than 400', 'more-than', 400, null, false, false],
    ['over 400 drones', 'over 400', 'more-than', 400, null, false, false],
    ['above 400 drones', 'above 400', 'more-than', 400, null, false, false],
    ['exceeding 400 drones', 'exceeding 400', 'more-than', 400, null, false, false],
    ['just over 400 drones', 'just over 400', 'more-than', 400, null, false, false],
    ['in excess of 400 drones', 'in excess of 400', 'more-than', 400, null, false, false],
    ['upwards of 400 drones', 'upwards of 400', 'more-than', 400, null, false, false],
    ['at least 6,000 drones', 'at least 6,000', 'at-least', 6000, null, true, false],
    ['no fewer than 6,000 drones', 'no fewer than 6,000', 'at-least', 6000, null, true, false],
    ['no less than 6,000 drones', 'no less than 6,000', 'at-least', 6000, null, true, false],
    ['up to 6,000 drones', 'up to 6,000', 'up-to', null, 6000, false, true],
    ['as many as 6,000 drones', 'as many as 6,000', 'up-to', null, 6000, false, true],
    ['at most 6,000 drones', 'at most 6,000', 'up-to', null, 6000, false, true],
    ['no more than 6,000 drones', 'no more than 6,000', 'up-to', null, 6000, false, true],
    ['less than 400 drones', 'less than 400', 'less-than', null, 400, false, false],
    ['fewer than 400 drones', 'fewer than 400', 'less-than', null, 400, false, false],
    ['under 400 drones', 'under 400', 'less-than', null, 400, false, false],
    ['below 400 drones', 'below 400', 'less-than', null, 400, false, false],
    ['nearly 9 drones', 'nearly 9', 'nearly', 8.1, 9, true, false],
    ['almost 9 drones', 'almost 9', 'nearly', 8.1, 9, true, false],
    ['just under 9 drones', 'just under 9', 'nearly', 8.1, 9, true, false],
    ['about 400 drones', 'about 400', 'about', 360, 440, true, true],
    ['around 400 drones', 'around 400', 'about', 360, 440, true, true],
    ['roughly 400 drones', 'roughly 400', 'about', 360, 440, true, true],
    ['approximately 400 drones', 'approximately 400', 'about', 360, 440, true, true],
    ['some 400 drones', 'some 400', 'about', 360, 440, true, true],
    ['an estimated 400 drones', 'an estimated 400', 'about', 360, 440, true, true],
    ['~400 drones', '~400', 'about', 360, 440, true, true],
    ['400-plus drones', '400-plus', 'at-least', 400, null, true, false],
    ['400+ drones', '400+', 'at-least', 400, null, true, false],
    ['400 or more drones', '400 or more', 'at-least', 400, null, true, false],
    ['400 or fewer drones', '400 or fewer', 'up-to', null, 400, false, true],
    ['40-odd drones', '40-odd', 'about', 36, 44, true, true],
    ['400 or so drones', '400 or so', 'about', 360, 440, true, true],
  ])('%s', (text, span, qualifier, low, high, lowInclusive, highInclusive) => {
    expect(one(text)).toMatchObject({ text: span, qualifier, low, high, lowInclusive, highInclusive, thing: 'drones' });
  });

  it('reads "most of the 400" as more than half, at most all', () => {
    expect(one('after using up most of the 400 drones')).toMatchObject({ text: 'most of the 400', qualifier: 'most-of', low: 201, high: 400, value: null, thing: 'drones' });
    expect(one('Most of its 400 jets were lost')).toMatchObject({ text: 'Most of its 400', low: 201, high: 400 });
  });

  it('keeps "over" off a period: "Over two days, ..." is not "more than two days"', () => {
    expect(one('Over two days, the city was shelled')).toMatchObject({ text: 'two days', qualifier: 'exact' });
    expect(one('The siege lasted over two years')).toMatchObject({ text: 'over two years', qualifier: 'more-than' });
  });
});

describe('ranges', () => {
  it.each([
    ['from 1,500 to 2,400 troops', 'from 1,500 to 2,400', 1500, 2400, 'troops'],
    ['between 300 and 700 km', 'between 300 and 700 km', 300, 700, null],
    ['1,500-2,400 drones', '1,500-2,400', 1500, 2400, 'drones'],
    ['1,500–2,400 drones', '1,500–2,400', 1500, 2400, 'drones'],
    ['1,500 to 2,400 drones', '1,500 to 2,400', 1500, 2400, 'drones'],
    ['two or three drones', 'two or three', 2, 3, 'drones'],
    ['150,000-190,000 troops', '150,000-190,000', 150_000, 190_000, 'troops'],
    ['1.5 million to 2 million people', '1.5 million to 2 million', 1.5e6, 2e6, 'people'],
    ['between 20 and 30 tanks', 'between 20 and 30', 20, 30, 'tanks'],
  ])('%s', (text, span, low, high, thing) => {
    expect(one(text)).toMatchObject({ text: span, qualifier: 'range', low, high, value: null, lowInclusive: true, highInclusive: true, thing });
  });

  it('shares the unit of the second number', () => {
    expect(one('between 300 and 700 km')).toMatchObject({ unit: 'km', kind: 'measure' });
    expect(one('10-15% of staff')).toMatchObject({ low: 10, high: 15, unit: '%', kind: 'percent' });
    expect(one('two to three years')).toMatchObject({ text: 'two to three years', low: 2, high: 3, unit: 'years', kind: 'duration' });
  });

  it('shares the multiplier and currency', () => {
    expect(one('$1.5-2 billion')).toMatchObject({ low: 1.5e9, high: 2e9, currency: 'USD', kind: 'money' });
    expect(one('between $5 million and $10 million')).toMatchObject({ text: 'between $5 million and $10 million', low: 5e6, high: 1e7, currency: 'USD' });
    expect(one('between £2bn and £3bn')).toMatchObject({ low: 2e9, high: 3e9, currency: 'GBP' });
  });

  it('reads a change "from X to Y" as two figures, not a range', () => {
    expect(extractFigures('Inflation rose from 5% to 10%.').map((f) => [f.text, f.qualifier])).toEqual([['5%', 'exact'], ['10%', 'exact']]);
  });

  it('does not read scores or votes as ranges: a score is no figure, a vote is two (for, against)', () => {
    const fs = extractFigures('They won 3-1 and the bill passed 68-31.');
    expect(fs.map((f) => [f.text, f.value, f.qualifier, f.vote])).toEqual([['68', 68, 'exact', 'for'], ['31', 31, 'exact', 'against']]);
  });
});

describe('vague amounts', () => {
  it.each([
    ['dozens of people', 'dozens', 24, 99, 'people'],
    ['scores of people', 'scores', 40, 99, 'people'],
    ['hundreds of attack drones', 'hundreds', 200, 999, 'drones'],
    ['thousands of troops', 'thousands', 2000, 9999, 'troops'],
    ['tens of thousands of people', 'tens of thousands', 20_000, 99_999, 'people'],
    ['hundreds of thousands of refugees', 'hundreds of thousands', 200_000, 999_999, 'refugees'],
    ['millions of voters', 'millions', 2e6, 999e6, 'voters'],
    ['several hundred drones', 'several hundred', 200, 999, 'drones'],
    ['a few thousand troops', 'a few thousand', 2000, 9999, 'troops'],
    ['Dozens of homes', 'Dozens', 24, 99, 'homes'],
  ])('%s', (text, span, low, high, thing) => {
    expect(one(text)).toMatchObject({ text: span, qualifier: 'vague', low, high, value: null, thing });
  });

  it('keeps money vague: "billions of dollars", "hundreds of millions of euros"', () => {
    expect(one("billions of dollars' worth of equipment")).toMatchObject({ text: 'billions of dollars', low: 2e9, high: 999e9, currency: 'USD', kind: 'money' });
    expect(one('hundreds of millions of euros')).toMatchObject({ low: 200e6, high: 999e6, currency: 'EUR' });
    expect(one('dozens of millions of pounds')).toMatchObject({ low: 24e6, high: 99e6, currency: 'GBP' });
  });

  it('finds no figure in vague words without a number', () => {
    for (const text of ['for months', 'after months of resistance', 'weeks without water', 'for a long time', 'several people', 'many drones']) {
      expect(extractFigures(text)).toEqual([]);
    }
  });
});

describe('arithmetic', () => {
  it('adds "100 + 60 + six" into one figure', () => {
    expect(one('They sent 100 + 60 + six drones.')).toMatchObject({ text: '100 + 60 + six', value: 166, low: 166, high: 166, sumOf: [100, 60, 6], thing: 'drones' });
  });

  it('adds with "plus" and keeps a prefix qualifier', () => {
    expect(one('about 100 plus 50 tanks')).toMatchObject({ text: 'about 100 plus 50', value: 150, qualifier: 'about', sumOf: [100, 50] });
  });
});
