import { describe, it, expect } from 'vitest';
import { extractFigures } from '@/server/extract';

function one(text: string) {
  const fs = extractFigures(text);
  expect(fs.map((f) => f.text)).toHaveLength(1);
  return fs[0];
}

describe('money', () => {
  it.each([
    ['Russia would pay $1 billion.', '$1 billion', 1e9, 'USD'],
    ['It cost €140 million.', '€140 million', 140e6, 'EUR'],
    ['It cost 140 million euros.', '140 million euros', 140e6, 'EUR'],
    ['The deal is worth USD 1.7 billion.', 'USD 1.7 billion', 1.7e9, 'USD'],
    ['The deal is worth 1.7 billion USD.', '1.7 billion USD', 1.7e9, 'USD'],
    ['a $200-million contract', '$200-million', 200e6, 'USD'],
    ['He paid £3bn for it.', '£3bn', 3e9, 'GBP'],
    ['fined £5,000', '£5,000', 5000, 'GBP'],
    ['a US$40 million loan', 'US$40 million', 40e6, 'USD'],
    ['an A$2bn package', 'A$2bn', 2e9, 'AUD'],
    ['100 million roubles', '100 million roubles', 100e6, 'RUB'],
    ['50 trillion rials', '50 trillion rials', 50e12, 'IRR'],
    ['RUB 300bn', 'RUB 300bn', 300e9, 'RUB'],
    ['5 Hong Kong dollars', '5 Hong Kong dollars', 5, 'HKD'],
    ['200 US dollars', '200 US dollars', 200, 'USD'],
    ['¥500 billion', '¥500 billion', 500e9, 'JPY'],
    ['a billion dollars', 'a billion dollars', 1e9, 'USD'],
    ['shares closed at $172.63', '$172.63', 172.63, 'USD'],
  ])('%s', (text, span, value, currency) => {
    expect(one(text)).toMatchObject({ text: span, value, currency, unit: currency, kind: 'money', thing: null });
  });

  it('does not take "pounds of" a substance as money: it is a weight (issue 11)', () => {
    expect(one('200 pounds of explosives')).toMatchObject({ kind: 'measure', unit: 'lb', currency: null });
  });
});

describe('durations', () => {
  it.each([
    ['a 9 1/2 month war', '9 1/2 month', 9.5, 'months', 'exact'],
    ['the nearly 15-month war', 'nearly 15-month', 15, 'months', 'nearly'],
    ['after eight months', 'eight months', 8, 'months', 'exact'],
    ['after nearly nine months of war', 'nearly nine months', 9, 'months', 'nearly'],
    ['for two years', 'two years', 2, 'years', 'exact'],
    ['a three-day visit', 'three-day', 3, 'days', 'exact'],
    ['within 48 hours', 'within 48 hours', 48, 'hours', 'up-to'],
    ['six weeks later it ended; for six weeks', 'six weeks', 6, 'weeks', 'exact'],
    ['a two-decade war', 'two-decade', 2, 'decades', 'exact'],
    ['jailed for 18 months', '18 months', 18, 'months', 'exact'],
  ])('%s', (text, span, best, unit, qualifier) => {
    const f = one(text);
    expect(f).toMatchObject({ text: span, unit, qualifier, kind: 'duration' });
    expect(f.value).toBe(best);
  });

  it('reports what the duration is of', () => {
    expect(one('nearly nine months of war').thing).toBe('war');
    expect(one('a 9 1/2 month war').thing).toBe('war');
  });

  it('does not take "two years ago" as a duration', () => {
    expect(extractFigures('Two years ago the war began.')).toEqual([]);
  });
});

// A unit of measurement is part of the figure as written, as a currency or a duration's unit is.
describe('measurements', () => {
  it.each([
    ['a range of 2,500 km', '2,500 km', 'km'],
    ['a range of 2,500km', '2,500km', 'km'],
    ['nearly 2,000 miles', 'nearly 2,000 miles', 'miles'],
    ['1,200 tonnes of grain', '1,200 tonnes', 't'],
    ['more than 4,000 hectares', 'more than 4,000 hectares', 'ha'],
    ['300,000 barrels of oil', '300,000 barrels', 'bbl'],
    ['a 10-km stretch', '10-km', 'km'],
    ['it hit 35C', '35C', '°C'],
    ['it hit 35°C', '35°C', '°C'],
    ['400 square kilometres', '400 square kilometres', 'km²'],
    ['The drone flies at 185 kilometres per hour.', '185 kilometres per hour', 'km/h'],
    ['a 155-millimetre shell', '155-millimetre', 'mm'],
  ])('%s', (text, span, unit) => {
    expect(one(text)).toMatchObject({ text: span, unit, kind: 'measure' });
  });
});

describe('counted things', () => {
  it.each([
    ['6,000 drones', 'drones'],
    ['more than 400 UAVs primarily of the Shahed variety', 'UAVs'],
    ['400 Shaheds', 'Shaheds'],
    ['hundreds of ballistic missiles', 'missiles'],
    ['four provinces', 'provinces'],
    ['12,000 people', 'people'],
    ['38 of the drones', 'drones'],
    ['400 Iranian-made attack drones', 'drones'],
    ['3,000 troops', 'troops'],
  ])('%s', (text, thing) => {
    expect(one(text)).toMatchObject({ thing, unit: thing, kind: 'count' });
  });

  it('leaves the thing empty when nothing is counted', () => {
    expect(one('the remaining six were due').thing).toBeNull();
  });
});

describe('the day of a war is its age in days', () => {
  it.each([
    ['Kyiv marked day 1,000 of the war on Tuesday.', 'day 1,000', 999, 1000],
    ['Day 500 of Russia’s full-scale invasion began quietly.', 'Day 500', 499, 500],
  ])('%s', (text, span, low, high) => {
    expect(one(text)).toMatchObject({ text: span, low, high, lowInclusive: true, highInclusive: false, unit: 'days', kind: 'duration' });
  });

  it('leaves "day 3 of the summit" alone', () => {
    expect(extractFigures('On day 3 of the summit, leaders met.').map((f) => f.kind)).not.toContain('duration');
  });
});
