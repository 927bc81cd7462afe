import { describe, it, expect } from 'vitest';
import { extractFigures } from '@/server/extract';

// Number wordings of the kind standard recognition suites test (cardinals, fractions, signs,
// money, dimensions), written for this suite rather than copied from any of them.

function one(text: string) {
  const fs = extractFigures(text);
  expect(fs.map((f) => f.text), text).toHaveLength(1);
  return fs[0];
}

describe('cardinals, fractions and signs', () => {
  it.each([
    ['twenty one drones', 'twenty one', 21],
    ['one hundred and five drones', 'one hundred and five', 105],
    ['1.5m people', '1.5m', 1.5e6],
    ['one-and-a-half million people', 'one-and-a-half million', 1.5e6],
    ['two point five billion', 'two point five billion', 2.5e9],
    ['It lasted a year and a half.', 'a year and a half', 1.5],
    ['an eighth of the budget', 'an eighth', 0.125],
    ['0.5 of a point', '0.5', 0.5],
    ['1/3 of the drones', '1/3', 1 / 3],
    ['two-thirds of the drones', 'two-thirds', 2 / 3],
    ['three quarters of the drones', 'three quarters', 0.75],
    ['It was minus 5 outside.', 'minus 5', -5],
    ['Growth was +5 on the index.', '+5', 5],
    ['a couple of drones', 'a couple', 2],
    ['two hundred and thirty-four thousand, five hundred and sixty-seven votes', 'two hundred and thirty-four thousand, five hundred and sixty-seven', 234_567],
    ['four million, two hundred thousand people', 'four million, two hundred thousand', 4_200_000],
    ['a million and a half people', 'a million and a half', 1.5e6],
    ['a quarter of a million people', 'a quarter of a million', 250_000],
  ])('%s', (text, span, value) => {
    const f = one(text);
    expect(f.text).toBe(span);
    expect(f.value).toBeCloseTo(value, 10);
  });

  it('reads "a handful" as a small range, not a number', () => {
    expect(one('a handful of drones got through')).toMatchObject({ text: 'a handful', value: null, low: 2, high: 9, qualifier: 'range', thing: 'drones' });
  });
});

describe('compound fractions, exponents and spoken fractions', () => {
  it.each([
    ['Only one fortieth of the stock was left.', 'one fortieth', 1 / 40],
    ['seven thirty-seconds of an inch', 'seven thirty-seconds', 7 / 32],
    ['roughly a twenty-fifth of the fleet', 'roughly a twenty-fifth', 1 / 25],
    ['two ninety-ninths', 'two ninety-ninths', 2 / 99],
    ['a billionth of a second', 'a billionth', 1e-9],
    ['ten thousand trillionths', 'ten thousand trillionths', 1e4 / 1e12],
    ['the odds were one over four.', 'one over four', 0.25],
    ['a rate of 3 over 50', '3 over 50', 3 / 50],
    ['a growth factor of 1.05^10', '1.05^10', 1.05 ** 10],
    ['a decay factor of 3^-2', '3^-2', 1 / 9],
    ['a constant near 6.02e+23', '6.02e+23', 6.02e23],
    ['a tolerance of 5e-3', '5e-3', 0.005],
    ['they raised 4.5 k.', '4.5 k', 4500],
  ])('%s', (text, span, value) => {
    const f = one(text);
    expect(f.text).toBe(span);
    expect(f.value).toBeCloseTo(value, 10);
  });

  it.each([
    ['the twenty-first century', []],
    ['a twenty-fifth anniversary party', []],
    ['a first-class seat', []],
    ['one hundredth birthday', []],
    ['a half-life of ten years', ['ten years']],
    ['a third-party vendor', []],
    ['the vote was 52 over 48.', ['52', 'over 48']],
    ['4 over 5 days', ['4', '5 days']],
    ['5 K Street', ['5']],
  ])('keeps "%s" from turning into a fraction or multiplier', (text, spans) => {
    expect(extractFigures(text).map((f) => f.text)).toEqual(spans);
  });
});

describe('two bounds on one quantity make one range', () => {
  it.each([
    ['Russia fired more than 100 but fewer than 150 drones.', 'more than 100 but fewer than 150', 100, 150, false, false],
    ['at least 20 and at most 40 missiles', 'at least 20 and at most 40', 20, 40, true, true],
    ['up to 300 and no fewer than 250 troops', 'up to 300 and no fewer than 250', 250, 300, true, true],
    ['a cost above $1 billion, below $2 billion', 'above $1 billion, below $2 billion', 1e9, 2e9, false, false],
  ])('%s', (text, span, low, high, lowInclusive, highInclusive) => {
    expect(one(text)).toMatchObject({ text: span, qualifier: 'range', value: null, low, high, lowInclusive, highInclusive });
  });

  it.each([
    ['more than 400 drones and fewer than 50 missiles', ['more than 400', 'fewer than 50']],
    ['over 100 and under 20', ['over 100', 'under 20']],
    ['more than 100 were killed and fewer than 20 hurt', ['more than 100', 'fewer than 20']],
    ['more than $5 million and under 30 percent', ['more than $5 million', 'under 30 percent']],
  ])('leaves "%s" as two figures', (text, spans) => {
    expect(extractFigures(text).map((f) => f.text)).toEqual(spans);
  });
});

describe('money written the way wires and markets write it', () => {
  it.each([
    ['Iran was paid USD1.7bn for the drones.', 'USD1.7bn', 1.7e9, 'USD', 'USD'],
    ['a contract worth EUR140m', 'EUR140m', 140e6, 'EUR', 'EUR'],
    ['a 140-million-euro deal', '140-million-euro', 140e6, 'EUR', 'EUR'],
    ['the stamp rose 12 pence', '12 pence', 12, 'pence', null],
    ['shares fell 34 cents', '34 cents', 34, 'cents', null],
    ['Each drone costs 50,000 € in Europe.', '50,000 €', 50000, 'EUR', 'EUR'],
    ['a fine of 100₾', '100₾', 100, 'GEL', 'GEL'],
    ['a ticket costs 100元', '100元', 100, 'CNY', 'CNY'],
    ['paid 5 million iranian rials', '5 million iranian rials', 5e6, 'IRR', 'IRR'],
  ])('%s', (text, span, value, unit, currency) => {
    expect(one(text)).toMatchObject({ text: span, value, unit, currency, kind: 'money' });
  });

  it('keeps "a 2-pound bag" a weight, not sterling', () => {
    expect(one('a 2-pound bag')).toMatchObject({ currency: null });
  });
});

describe('a count of "them" counts what was named before', () => {
  it.each([
    ['Russia launched 4,630 drones in 2023. Air defences destroyed about 3,700 of them.', 'drones'],
    ['Russia fired 60 missiles; 50 of those were shot down.', 'missiles'],
    ['Of the 43 drones launched overnight, 36 were destroyed.', 'drones'],
  ])('%s', (text, thing) => {
    expect(extractFigures(text).map((f) => f.thing)).toEqual([thing, thing]);
  });

  it('does not lend a noun to a figure that is not a part of the earlier one', () => {
    expect(extractFigures('Kyiv said 40 drones were launched, 10 by ship.').map((f) => f.thing)).toEqual(['drones', null]);
  });
});

describe('a percentage named before its number', () => {
  it.each([
    ['The rate was per cent of nine.', 'per cent of nine', 9],
    ['percent of 15', 'percent of 15', 15],
  ])('%s', (text, span, value) => {
    expect(one(text)).toMatchObject({ text: span, value, unit: '%', kind: 'percent' });
  });

  it('leaves "5 percent of 10 drones" as a percentage and a count', () => {
    expect(extractFigures('5 percent of 10 drones').map((f) => [f.text, f.unit])).toEqual([['5 percent', '%'], ['10', 'drones']]);
  });
});

describe('ordinals are not cardinal figures', () => {
  it.each([
    'the twenty-first drone attack this month',
    'the twenty first attack',
    'It was the 16th month of the war.',
    'the one hundredth day',
    'He came 3rd.',
    'the second wave of drones',
  ])('%s', (text) => {
    expect(extractFigures(text)).toEqual([]);
  });

  it('"in its 16th month" states an age: at least 15 months, under 16', () => {
    expect(one('The war, now in its 16th month, goes on.')).toMatchObject({
      text: '16th month', kind: 'duration', unit: 'months', low: 15, high: 16, lowInclusive: true, highInclusive: false, value: null, qualifier: 'range', thing: null,
    });
    expect(one('The war has entered its second year.')).toMatchObject({ text: 'second year', unit: 'years', low: 1, high: 2 });
  });
});

describe('percentages and money', () => {
  it.each([
    ['rose 3.5 per cent', '3.5 per cent', 3.5],
    ['fell -5% on the day', '-5%', -5],
    ['up +5% on the day', '+5%', 5],
    ['a 30% rise', '30%', 30],
    ['half a percent', 'half a percent', 0.5],
  ])('%s', (text, span, value) => {
    expect(one(text)).toMatchObject({ text: span, value, unit: '%', kind: 'percent' });
  });

  it.each([
    ['a £3.2bn deal', '£3.2bn', 3.2e9, 'GBP'],
    ['It cost 5 bucks.', '5 bucks', 5, 'USD'],
    ['a $1.7bn contract', '$1.7bn', 1.7e9, 'USD'],
    ['It cost 100 Swiss francs.', '100 Swiss francs', 100, 'CHF'],
    ['a fine of 5 million Iranian rials', '5 million Iranian rials', 5e6, 'IRR'],
    ['It cost 20 Egyptian pounds.', '20 Egyptian pounds', 20, 'EGP'],
  ])('%s', (text, span, value, currency) => {
    expect(one(text)).toMatchObject({ text: span, value, currency, kind: 'money' });
  });
});

describe('dimensions and counted things', () => {
  it.each([
    ['300 km away', 'km'],
    ['5 kg of explosives', 'kg'],
    ['40 miles away', 'miles'],
    ['flying at 185 km/h', 'km/h'],
    ['at speeds of 185 kilometres per hour', 'km/h'],
    ['at 120 miles per hour', 'mph'],
    ['9.8 m/s', 'm/s'],
    ['75ml of water', 'ml'],
    ['5 megabytes', 'MB'],
    ['10 degrees Celsius', '°C'],
    ['100 m2 of floor', 'm²'],
  ])('%s -> %s', (text, unit) => {
    expect(one(text)).toMatchObject({ unit, kind: 'measure' });
  });

  it.each([
    ['Russia launched 1,200 Shahed-136 drones.', 'drones'],
    ['Russia launched 36 Shahed-136/131 drones.', 'drones'],
    ['Iran will send 40 more drones.', 'drones'],
    ['Dozens more drones were shot down.', 'drones'],
    ['a 10,000-strong force', null],
  ])('%s', (text, thing) => {
    expect(one(text).thing).toBe(thing);
  });
});
