import { describe, it, expect } from 'vitest';
import { extractFigures } from '@/server/extract';

const read = (s: string) => extractFigures(s).map((f) => [f.text, f.value, f.unit, f.currency]);

describe('a letter glued to digits: label, multiplier or unit', () => {
  it.each([
    ['Sherlock Holmes lived at 221B Baker Street.'],
    ['The flat, 221B, was rented for years.'],
    ['She sat in seat 14B on the flight.'],
    ['The museum is at 10B Queen Street.'],
  ])('%s: a label, no figure', (text) => {
    expect(extractFigures(text)).toEqual([]);
  });
  it.each([
    ['The firm raised $221B in bonds.', [['$221B', 221e9, 'USD', 'USD']]],
    ['The company is worth 221B dollars.', [['221B dollars', 221e9, 'USD', 'USD']]],
    ['The app has 2B users.', [['2B', 2e9, 'users', null]]],
    ['Apple is worth $3T.', [['$3T', 3e12, 'USD', 'USD']]],
  ])('%s: billions and trillions with money or a counted thing', (text, want) => {
    expect(read(text)).toEqual(want);
  });
  it.each([
    ['The TV shows 4K video.'],
    ['She bought a 4K television.'],
    ['The film was shot in 8K.'],
    ['The console outputs native 4K.'],
  ])('%s: a screen resolution, not 4,000', (text) => {
    expect(extractFigures(text)).toEqual([]);
  });
  it('keeps 1080p beside a 4K that is a resolution', () => {
    expect(read('The stream is available in 4K and 1080p.')).toEqual([['1080p', 1080, 'p', null]]);
  });
  it.each([
    ['He earned $4K a month.', [['$4K', 4000, 'USD', 'USD']]],
    ['The job pays 60K a year.', [['60K', 60000, null, null]]],
    ['The channel has 4K subscribers.', [['4K', 4000, 'subscribers', null]]],
    ['He ran a 10K race.', [['10K', 10, 'km', null]]],
    ['She won the 5K in 17 minutes.', [['5K', 5, 'km', null], ['17 minutes', 17, 'minutes', null]]],
  ])('%s: thousands with money or a thing, kilometres in a race', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('the South African rand, "R"', () => {
  it.each([
    ['It costs R500 at the door.', [['R500', 500, 'ZAR', 'ZAR']]],
    ['The rand fell to R18.50 against the dollar.', [['R18.50', 18.5, 'ZAR', 'ZAR']]],
    ['The fine was R2.5 million.', [['R2.5 million', 2.5e6, 'ZAR', 'ZAR']]],
    ['Eskom lost R1.2bn last year.', [['R1.2bn', 1.2e9, 'ZAR', 'ZAR']]],
    ['Prices start at R 1 200.', [['R 1 200', 1200, 'ZAR', 'ZAR']]],
    ['Salaries rose to R12,500 a month.', [['R12,500', 12500, 'ZAR', 'ZAR']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
  it.each([
    ['He rides a BMW R1250 GS.'],
    ['Traffic backed up on the R500 road.'],
    ['The R0 of the virus was high.'],
    ['Fans queued to see R2-D2.'],
    ['The firm has 500 R&D staff.'],
  ])('%s: a model, road or label, no rand', (text) => {
    expect(extractFigures(text).filter((f) => f.currency === 'ZAR')).toEqual([]);
  });
  it('keeps the count next to R&D', () => {
    expect(read('The firm has 500 R&D staff.').map((r) => r[1])).toEqual([500]);
  });
});

describe('krona and krone, "kr", and marks several countries share', () => {
  it.each([
    ['He paid 500 kr for the ticket.', [['500 kr', 500, 'kr', null]]],
    ['A ticket costs kr 500.', [['kr 500', 500, 'kr', null]]],
    ['The fine was SEK 500.', [['SEK 500', 500, 'SEK', 'SEK']]],
    ['She earned NOK 1.2 million.', [['NOK 1.2 million', 1.2e6, 'NOK', 'NOK']]],
    ['It costs 300 DKK.', [['300 DKK', 300, 'DKK', 'DKK']]],
  ])('%s: without a country, "kr" is money with no ISO code', (text, want) => {
    expect(read(text)).toEqual(want);
  });
  it.each([
    ['In Stockholm, a coffee costs 40 kr.', 'SEK'],
    ["Norway's fund paid kr 500 million, Oslo said.", 'NOK'],
    ['It cost kr. 500 in Copenhagen.', 'DKK'],
    ['A Copenhagen court fined him 20,000 kroner.', 'DKK'],
    ['Shanghai shoppers paid ¥500 for it.', 'CNY'],
    ['A bowl of ramen in Tokyo costs ¥900.', 'JPY'],
    ['Fares in Manila rose to 13 pesos.', 'PHP'],
    ['It cost 2 million pesos in Argentina.', 'ARS'],
  ])('%s: the country named nearest settles the mark', (text, code) => {
    const [f] = extractFigures(text);
    expect([f.kind, f.currency, f.unit]).toEqual(['money', code, code]);
  });
  it('keeps the usual reading without a country, and a national adjective always wins', () => {
    expect(read('He was fined 20,000 kroner.')[0][3]).toBe('NOK');
    expect(read('It cost ¥500.')[0][3]).toBe('JPY');
    expect(read('In Tokyo it cost 500 Mexican pesos.')[0][3]).toBe('MXN');
  });
});

describe('other marks of the largest economies', () => {
  it.each([
    ['It cost 500円.', 'JPY'],
    ['It cost 500 TL.', 'TRY'],
    ['It cost TL 500.', 'TRY'],
    ['It cost Dh500.', 'AED'],
    ['It cost KSh500.', 'KES'],
    ['It cost ৳500.', 'BDT'],
  ])('%s', (text, code) => {
    expect(read(text)).toEqual([[expect.any(String), 500, code, code]]);
  });
});
