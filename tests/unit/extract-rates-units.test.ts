import { describe, it, expect } from 'vitest';
import { extractFigures } from '@/server/extract';

const read = (s: string) => extractFigures(s).map((f) => [f.text, f.value, f.unit, f.per ?? null]);

describe('rates "per" anything', () => {
  it.each([
    ['The rate is 2.5 deaths per 1,000 live births.', [['2.5', 2.5, 'deaths', '1,000 live births']]],
    ['There were 3 doctors for every 1,000 people.', [['3', 3, 'doctors', '1,000 people']]],
    ['One bed for each patient was promised, or 40 beds.', [['One', 1, 'bed', 'patient'], ['40', 40, 'beds', null]]],
    ['Water use of 150 litres per person per day.', [['150 litres', 150, 'l', 'person per day']]],
    ['The plant emits 5 tonnes of CO2 per hour.', [['5 tonnes', 5, 't', 'hour']]],
    ['Tickets cost €15 apiece.', [['€15', 15, 'EUR', 'apiece']]],
    ['They sold for $5 each, officials said.', [['$5', 5, 'USD', 'each']]],
    ['Electricity costs 30p per unit.', [['30p', 30, 'pence', 'unit']]],
    ['Infections reached 45 per 100,000 people.', [['45', 45, null, '100,000 people']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
  it('leaves what is not a rate alone', () => {
    expect(read('Each of the 40 schools got $5 each year.')).toEqual([['40', 40, 'schools', null], ['$5', 5, 'USD', 'year']]);
    expect(read('The 400 residents of the town each paid.')).toEqual([['400', 400, 'residents', null]]);
  });
});

describe('SI and imperial units', () => {
  it.each([
    ['The load was 15 kN.', '15 kN', 'kN'],
    ['The blast released 4 TJ.', '4 TJ', 'TJ'],
    ['Emissions reached 37 Gt.', '37 Gt', 'Gt'],
    ['She weighs 9 stone.', '9 stone', 'st'],
    ['It flew 6,000 nautical miles.', '6,000 nautical miles', 'nmi'],
    ['A 12 oz can.', '12 oz', 'oz'],
    ['Pressure fell to 950 hPa.', '950 hPa', 'hPa'],
  ])('%s', (text, span, unit) => {
    expect(extractFigures(text).map((f) => [f.text, f.kind, f.unit])).toEqual([[span, 'measure', unit]]);
  });
  it('"30p" is pence but "1080p" a screen', () => {
    expect(read('It streams in 1080p.')).toEqual([['1080p', 1080, 'p', null]]);
    expect(extractFigures('A stamp costs 85p.').map((f) => [f.kind, f.unit, f.currency])).toEqual([['money', 'pence', null]]);
  });
});

describe('scales of scales, doublings and a decade', () => {
  it.each([
    ['The package is worth ₹1.5 lakh crore.', 1.5e12],
    ['It costs Rs 2 thousand crore.', 2e10],
  ])('%s', (text, value) => {
    expect(extractFigures(text).map((f) => [f.value, f.currency])).toEqual([[value, 'INR']]);
  });
  it.each([
    ['Prices doubled to $8.', 'up'],
    ['Profits halved to £3m.', 'down'],
  ])('%s: the level reached after a doubling or halving', (text, direction) => {
    expect(extractFigures(text).map((f) => f.change)).toEqual([{ role: 'level', direction }]);
  });
  it.each([
    ['The war has lasted more than a decade.', 'more than a decade', 'decades', 'more-than'],
    ['She spent a decade in prison.', 'a decade', 'decades', 'exact'],
    ['The dispute ran for nearly a century.', 'nearly a century', 'centuries', 'nearly'],
  ])('%s', (text, span, unit, qualifier) => {
    expect(extractFigures(text).map((f) => [f.text, f.kind, f.unit, f.qualifier])).toEqual([[span, 'duration', unit, qualifier]]);
  });
  it('once a decade is a frequency, a decade ago a date, a century-old bridge no duration', () => {
    expect(extractFigures('It happens once a decade.')).toEqual([]);
    expect(extractFigures('A decade ago it cost $5.').map((f) => f.text)).toEqual(['$5']);
    expect(extractFigures('A century-old bridge fell.')).toEqual([]);
  });
});
