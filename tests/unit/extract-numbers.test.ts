import { describe, it, expect } from 'vitest';
import { extractFigures } from '@/server/extract';

/** The one figure in `text` (fails when there are more or fewer). */
function one(text: string) {
  const fs = extractFigures(text);
  expect(fs.map((f) => f.text)).toHaveLength(1);
  return fs[0];
}

describe('digits', () => {
  it.each([
    ['They lost 6,000 drones.', '6,000', 6000],
    ['It weighs 1.7 tonnes.', '1.7 tonnes', 1.7],
    ['Some 1 500 people fled.', 'Some 1 500', 1500],
    ['About 10\u00a0000 people fled.', 'About 10\u00a0000', 10000],
    ['The rate is .08 now.', '.08', 0.08],
    ['A total of 1,234,567 votes.', '1,234,567', 1234567],
    ['It was 4.800 exactly.', '4.800', 4.8],
    ['The temperature fell to -9.5 overnight.', '-9.5', -9.5],
    ['Output was minus 3 last month.', 'minus 3', -3],
    ['We counted 123456789101231 grains.', '123456789101231', 123456789101231],
    ['That is 1e10 bytes.', '1e10', 1e10],
  ])('%s', (text, span, value) => {
    expect(one(text)).toMatchObject({ text: span, value });
  });

  it('reads a list with commas and spaces as separate numbers', () => {
    expect(extractFigures('Tallies of 1, 234, 567 were recorded.').map((f) => f.value)).toEqual([1, 234, 567]);
  });
});

describe('number words', () => {
  it.each([
    ['six thousand shells', 'six thousand', 6000],
    ['a dozen drones', 'a dozen', 12],
    ['half a million people', 'half a million', 500_000],
    ['half a dozen tanks', 'half a dozen', 6],
    ['twenty-five soldiers', 'twenty-five', 25],
    ['fifty - two cards', 'fifty - two', 52],
    ['one hundred and sixty tanks', 'one hundred and sixty', 160],
    ['one hundred and sixty-one tanks', 'one hundred and sixty-one', 161],
    ['Three hundred  and  thirty one votes', 'Three hundred  and  thirty one', 331],
    ['two  thousand  and  two hundred', 'two  thousand  and  two hundred', 2200],
    ['twenty-one trillion and three hundred', 'twenty-one trillion and three hundred', 21_000_000_000_300],
    ['three dozen eggs', 'three dozen', 36],
    ['three hundred and two dozens', 'three hundred and two dozens', 324],
    ['two hundred point zero three', 'two hundred point zero three', 200.03],
    ['seventy planes', 'seventy', 70],
    ['a hundred thousand people', 'a hundred thousand', 100_000],
    ['Thirty-three thousand people fled', 'Thirty-three thousand', 33_000],
    ['zero casualties', 'zero', 0],
  ])('%s', (text, span, value) => {
    expect(one(text)).toMatchObject({ text: span, value });
  });

  it('does not read "one" as a count when it is a pronoun or idiom', () => {
    for (const text of ['one of the drones hit', 'no one died', 'one-way attack UAVs', 'at one point it stopped', 'the one that got away', 'one another']) {
      expect(extractFigures(text)).toEqual([]);
    }
    expect(one('one person died')).toMatchObject({ value: 1, thing: 'person' });
  });

  it('does not read numbers inside names', () => {
    expect(extractFigures('He drove in Formula One and flew on Air Force One.')).toEqual([]);
  });
});

describe('fractions', () => {
  it.each([
    ['a 9 1/2 month war', '9 1/2 month', 9.5],
    ['for 2  1/4 hours', '2  1/4 hours', 2.25],
    ['a 9½ week run', '9½ week', 9.5],
    ['one and a half years', 'one and a half years', 1.5],
    ['five and a quarter miles', 'five and a quarter miles', 5.25],
    ['3/4 of voters', '3/4', 0.75],
    ['two thirds of voters', 'two thirds', 2 / 3],
    ['two-thirds of voters', 'two-thirds', 2 / 3],
    ['three quarters of them', 'three quarters', 0.75],
    ['a third of Russians', 'a third', 1 / 3],
    ['one eighth of the land', 'one eighth', 0.125],
    ['one hundred and three quarters', 'one hundred and three quarters', 100.75],
    ['twenty and three fifths', 'twenty and three fifths', 20.6],
    ['½ of the staff', '½', 0.5],
    ['half of the drones', 'half', 0.5],
    ['one in five children', 'one in five', 0.2],
  ])('%s', (text, span, value) => {
    const f = one(text);
    expect(f.text).toBe(span);
    expect(f.value).toBeCloseTo(value, 10);
  });

  it('keeps "a third time" and "the first half" out', () => {
    expect(extractFigures('He tried a third time in the first half of the year.')).toEqual([]);
  });
});

describe('multipliers', () => {
  it.each([
    ['2 million people', '2 million', 2e6, 1e6],
    ['1 trillion', '1 trillion', 1e12, 1e12],
    ['a 1.7bn deficit', '1.7bn', 1.7e9, 1e9],
    ['10k runners', '10k', 1e4, 1e3],
    ['1.2b users', '1.2b', 1.2e9, 1e9],
    ['3.8 million people', '3.8 million', 3.8e6, 1e6],
    ['322 hundred', '322 hundred', 32_200, 100],
    ['300 thousand troops', '300 thousand', 300_000, 1000],
    ['2.5m people', '2.5m', 2.5e6, 1e6],
    ['5 bn euros were lost', '5 bn euros', 5e9, 1e9],
    ['a 200-million budget', '200-million', 2e8, 1e6],
    ['Rs 500 crore', 'Rs 500 crore', 5e9, 1e7],
  ])('%s', (text, span, value, multiplier) => {
    expect(one(text)).toMatchObject({ text: span, value, multiplier });
  });

  it('reads a glued "m" as metres when a measurement follows', () => {
    expect(one('a wall 100m high')).toMatchObject({ text: '100m', value: 100, unit: 'm', kind: 'measure' });
    expect(one('a 5m-high wall')).toMatchObject({ text: '5m', value: 5, unit: 'm', kind: 'measure' });
  });
});

describe('percentages', () => {
  it.each([
    ['Prices rose 40%.', '40%'],
    ['Prices rose 40 per cent.', '40 per cent'],
    ['Prices rose 40 percent.', '40 percent'],
    ['Prices rose 40pc.', '40pc'],
    ['Prices rose 40 %.', '40 %'],
  ])('%s', (text, span) => {
    expect(one(text)).toMatchObject({ text: span, value: 40, unit: '%', kind: 'percent' });
  });

  it('keeps percentage points apart from per cent', () => {
    expect(one('up 2.1 percentage points')).toMatchObject({ value: 2.1, unit: 'percentage points', kind: 'percent' });
  });

  it('reports what a percentage is of', () => {
    expect(one('About 60 per cent of Ukrainians agree')).toMatchObject({ text: 'About 60 per cent', qualifier: 'about', thing: 'Ukrainians', low: 54, high: 66 });
  });
});
