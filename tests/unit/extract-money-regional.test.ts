import { describe, it, expect } from 'vitest';
import { extractFigures } from '@/server/extract';

// Currency words and marks several countries share ("Rs", "riyals", "pounds", "dinars") are
// settled by the country the text names nearest, as "kr", "¥" and "pesos" already were; codes
// and signs of the largest economies are read in both forms; two amounts that each write their
// currency are two figures, not one amount and its remainder.

const money = (text: string) => extractFigures(text).filter((f) => f.kind === 'money').map((f) => [f.text, f.value, f.currency]);

describe('a shared currency word takes the nearest country named', () => {
  it.each([
    ["Pakistan's budget sets aside Rs 500 billion for dams.", 'Rs 500 billion', 500e9, 'PKR'],
    ['Sri Lanka needs Rs. 40 billion to repay its lenders.', 'Rs. 40 billion', 40e9, 'LKR'],
    ['In Nepal, petrol costs 170 rupees a litre.', '170 rupees', 170, 'NPR'],
    ['India spent Rs 500 crore on the scheme.', 'Rs 500 crore', 5e9, 'INR'],
    ['Qatar pledged 40 billion riyals to the fund.', '40 billion riyals', 40e9, 'QAR'],
    ['Oman’s budget is 12 billion rials.', '12 billion rials', 12e9, 'OMR'],
    ['Saudi Aramco paid 30 billion riyals in dividends.', '30 billion riyals', 30e9, 'SAR'],
    ['Egypt will spend 3 billion pounds on bread subsidies.', '3 billion pounds', 3e9, 'EGP'],
    ['Lebanon’s depositors lost 40 trillion pounds.', '40 trillion pounds', 40e12, 'LBP'],
    ['Morocco said the dam cost 3 billion dirhams.', '3 billion dirhams', 3e9, 'MAD'],
    ['Dubai said the tower cost 5 billion dirhams.', '5 billion dirhams', 5e9, 'AED'],
    ["Iraq's budget is 200 trillion dinars.", '200 trillion dinars', 200e12, 'IQD'],
    ['Kuwait said the refinery cost 3 billion dinars.', '3 billion dinars', 3e9, 'KWD'],
    ['Uganda approved 40 billion shillings for roads.', '40 billion shillings', 40e9, 'UGX'],
    ['Kenya’s treasury raised 40 billion shillings.', '40 billion shillings', 40e9, 'KES'],
    ['Congo will pay 500 billion francs to miners.', '500 billion francs', 500e9, 'CDF'],
    ['The Swiss bank paid 2 billion francs.', '2 billion francs', 2e9, 'CHF'],
  ])('%s', (text, span, value, currency) => {
    expect(money(text)).toEqual([[span, value, currency]]);
  });

  it('without a country, "pounds" and "rupees" keep their usual reading and "dinars" no code', () => {
    expect(money('He was fined 500 pounds.')).toEqual([['500 pounds', 500, 'GBP']]);
    expect(money('The ticket costs 300 rupees.')).toEqual([['300 rupees', 300, 'INR']]);
    const [f] = extractFigures('The fine was 3,000 dinars.');
    expect([f.kind, f.value, f.currency, f.unit]).toEqual(['money', 3000, null, 'dinars']);
  });

  it('a code or a national word in the figure is not overridden by a country nearby', () => {
    expect(money('Pakistan borrowed INR 40 billion? No: India lent it ₹40 billion.').map((m) => m[2])).toEqual(['INR', 'INR']);
    expect(money('In Egypt, the British firm paid £3 million.')).toEqual([['£3 million', 3e6, 'GBP']]);
    expect(money('Qatar paid 40 Saudi riyals.')).toEqual([['40 Saudi riyals', 40, 'SAR']]);
  });

  it('each figure takes the country named nearest to it', () => {
    const text = 'India spent Rs 500 crore on roads. Across the border, Pakistan spent Rs 300 billion.';
    expect(money(text).map((m) => m[2])).toEqual(['INR', 'PKR']);
  });
});

describe('codes and abbreviations of the largest economies', () => {
  it.each([
    ['Egypt spent LE 3 billion on wheat.', 'LE 3 billion', 3e9, 'EGP'],
    ['UBS paid Fr. 400 million in fines.', 'Fr. 400 million', 400e6, 'CHF'],
    ['The Swiss levy is Fr 12 a night.', 'Fr 12', 12, 'CHF'],
    ['The dam cost MAD 3 billion.', 'MAD 3 billion', 3e9, 'MAD'],
    ['Beijing pledged RMB 30 billion.', 'RMB 30 billion', 30e9, 'CNY'],
    ['TSMC earned TWD 40 billion.', 'TWD 40 billion', 40e9, 'TWD'],
    ['Malaysia paid MYR 3 billion.', 'MYR 3 billion', 3e9, 'MYR'],
    ['Aramco reported SAR 400 billion.', 'SAR 400 billion', 400e9, 'SAR'],
    ['Israel approved NIS 3 billion.', 'NIS 3 billion', 3e9, 'ILS'],
    ['Dhaka approved Tk 500 crore.', 'Tk 500 crore', 5e9, 'BDT'],
    ['Manila approved ₱500 billion.', '₱500 billion', 500e9, 'PHP'],
    ['Moscow set aside ₽500 billion.', '₽500 billion', 500e9, 'RUB'],
  ])('%s', (text, span, value, currency) => {
    expect(money(text)).toEqual([[span, value, currency]]);
  });
  it('"Fr." before a name is a priest, not a currency', () => {
    expect(money('Fr. John said 40 people came.')).toEqual([]);
  });
});

describe('two amounts that each write their currency are two figures', () => {
  it.each([
    ['Washington will spend $4 billion and USD 300 million.', [['$4 billion', 4e9, 'USD'], ['USD 300 million', 300e6, 'USD']]],
    ['Britain raised £3bn and GBP 400m.', [['£3bn', 3e9, 'GBP'], ['GBP 400m', 400e6, 'GBP']]],
    ['It cost $4 billion and $300 million.', [['$4 billion', 4e9, 'USD'], ['$300 million', 300e6, 'USD']]],
    ['Singapore paid S$3 billion and SGD 400 million.', [['S$3 billion', 3e9, 'SGD'], ['SGD 400 million', 400e6, 'SGD']]],
  ])('%s', (text, want) => {
    expect(money(text)).toEqual(want);
  });
  it('the remainder of one amount, its currency unrepeated, is still one figure', () => {
    expect(money('The fund holds $1 million and 500,000.')).toEqual([['$1 million and 500,000', 1.5e6, 'USD']]);
    expect(money('It cost 2 million and 40,000 euros.')).toEqual([['2 million and 40,000 euros', 2.04e6, 'EUR']]);
  });
});
