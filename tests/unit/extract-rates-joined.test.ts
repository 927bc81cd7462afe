import { describe, it, expect } from 'vitest';
import { extractFigures } from '@/server/extract';

// A rate stays whole when the sentence goes on with "and" or "or" ("$2,000 a month and wages
// rose"); only "a year or two", "a week and a half" are lengths of time rather than rates.

const read = (text: string) => extractFigures(text).map((f) => [f.text, f.per ?? null]);

describe('a rate followed by "and" or "or" keeps what it is per', () => {
  it.each([
    ['Rents average $2,000 a month and wages rose $3 an hour.', [['$2,000', 'month'], ['$3', 'hour']]],
    ['Wheat fell to $5.50 a bushel and gold rose to $2,000 an ounce.', [['$5.50', 'bushel'], ['$2,000', 'ounce']]],
    ['Petrol costs £1.45 a litre and electricity 30p per kWh.', [['£1.45', 'litre'], ['30p', 'kWh']]],
    ['She earns $40,000 a year or more.', [['$40,000', 'year']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
  it('"a week or two" and "a week and a half" are no rate', () => {
    expect(read('He was paid $500 a week or two later.')[0]).toEqual(['$500', null]);
    expect(read('He was paid $900 a week and a half later.')[0]).toEqual(['$900', null]);
  });
});

describe('data rates, volumes and energy written out', () => {
  it.each([
    ['The link runs at 1 Gbit/s.', '1 Gbit/s', 'Gbit/s'],
    ['It streams at 10 gigabits per second.', '10 gigabits per second', 'Gbit/s'],
    ['The plan offers 500 megabits of data.', '500 megabits', 'Mbit'],
    ['The bottle holds 75 cl of wine.', '75 cl', 'cl'],
    ['The meal has 2,000 kilocalories.', '2,000 kilocalories', 'kcal'],
  ])('%s', (text, span, unit) => {
    const [f] = extractFigures(text);
    expect([f.text, f.unit, f.kind]).toEqual([span, unit, 'measure']);
  });
});
