import { describe, it, expect } from 'vitest';
import { extractFigures } from '@/server/extract';

const only = (text: string) => {
  const fs = extractFigures(text);
  expect(fs.map((f) => f.text)).toHaveLength(1);
  return fs[0];
};

describe('money with a country mark', () => {
  it.each([
    ['The deal is worth $US4.5 million.', '$US4.5 million', 4.5e6, 'USD'],
    ['a loss of $A 300 million', '$A 300 million', 300e6, 'AUD'],
    ['It cost US$ 300 each.', 'US$ 300', 300, 'USD'],
    ['Tickets are A$12.', 'A$12', 12, 'AUD'],
    ['Profit was HK$ 8.1bn.', 'HK$ 8.1bn', 8.1e9, 'HKD'],
    ['It paid C$40.', 'C$40', 40, 'CAD'],
    ['A NZ$1.2 billion plan.', 'NZ$1.2 billion', 1.2e9, 'NZD'],
    ['He won £5 sterling.', '£5 sterling', 5, 'GBP'],
    ['Prices of Mex$ 250 were seen.', 'Mex$ 250', 250, 'MXN'],
    ['The fare is NT$1,200.', 'NT$1,200', 1200, 'TWD'],
    ['It sold for CN¥ 40,000.', 'CN¥ 40,000', 40000, 'CNY'],
    ['a fine of 2 million Swedish kronor', '2 million Swedish kronor', 2e6, 'SEK'],
    ['a fine of 500 Norwegian kroner', '500 Norwegian kroner', 500, 'NOK'],
    ['a fine of 500 Danish kroner', '500 Danish kroner', 500, 'DKK'],
    ['spent Rp 3 trillion on roads', 'Rp 3 trillion', 3e12, 'IDR'],
    ['costs RM50 a night', 'RM50', 50, 'MYR'],
    ['sold for R$ 45', 'R$ 45', 45, 'BRL'],
    ['worth 300 billion won', '300 billion won', 300e9, 'KRW'],
    ['a bill of 90 zł', '90 zł', 90, 'PLN'],
    ['1.5 billion Argentine pesos', '1.5 billion Argentine pesos', 1.5e9, 'ARS'],
    ['20 million Philippine pesos', '20 million Philippine pesos', 20e6, 'PHP'],
    ['a 40 billion naira budget', '40 billion naira', 40e9, 'NGN'],
    ['It paid SFr 12 million.', 'SFr 12 million', 12e6, 'CHF'],
    ['It paid 12 million Swiss francs.', '12 million Swiss francs', 12e6, 'CHF'],
    ['a grant of 5 million rand', '5 million rand', 5e6, 'ZAR'],
    ['worth 100 billion Turkish lira', '100 billion Turkish lira', 100e9, 'TRY'],
    ['a 30 billion taka scheme', '30 billion taka', 30e9, 'BDT'],
    ['prices of 7,000 Egyptian pounds', '7,000 Egyptian pounds', 7000, 'EGP'],
  ])('%s', (text, span, value, currency) => {
    const f = only(text);
    expect([f.text, f.value, f.currency, f.kind]).toEqual([span, value, currency, 'money']);
  });
});

describe('the currencies of the largest economies, by sign, code or word', () => {
  it.each([
    ['It cost ₹500 crore.', 5e9, 'INR'], ['It cost Rs 40 lakh.', 4e6, 'INR'], ['Fares of ₩12,000.', 12000, 'KRW'],
    ['Worth ₺300.', 300, 'TRY'], ['Priced at ฿900.', 900, 'THB'], ['It cost ₪45.', 45, 'ILS'], ['A bill of ₦5,000.', 5000, 'NGN'],
    ['Paid ₱250.', 250, 'PHP'], ['Costs ₫30,000.', 30000, 'VND'], ['A fine of SR 500.', 500, 'SAR'], ['Paid E£200.', 200, 'EGP'],
    ['A 5 billion yuan fund.', 5e9, 'CNY'], ['It cost ¥1,200.', 1200, 'JPY'], ['It cost 300 South African rand.', 300, 'ZAR'],
    ['It cost 500 Brazilian reais.', 500, 'BRL'], ['It cost 2 million dirhams.', 2e6, 'AED'], ['EUR 40m', 40e6, 'EUR'],
    ['It cost 40 Qatari riyals.', 40, 'QAR'], ['a 9 billion forint loan', 9e9, 'HUF'], ['It cost 300 Czech korunas.', 300, 'CZK'],
  ])('%s', (text, value, currency) => {
    const f = only(text);
    expect([f.value, f.currency]).toEqual([value, currency]);
  });
});

describe('pounds of weight are not sterling', () => {
  it.each([
    ['The baby weighed 5 pounds.', 5],
    ['He lost 40 pounds in a year.', 40],
    ['a 10-pound turkey', 10],
    ['She weighs about 120 pounds.', 120],
    ['The fish weighed in at 14 pounds.', 14],
  ])('%s', (text, value) => {
    const f = only(text);
    expect([f.value, f.currency, f.unit, f.kind]).toEqual([value, null, 'lb', 'measure']);
  });
  it.each([
    ['The ticket cost 5 pounds.', 5],
    ['He was paid 40 million pounds.', 40e6],
    ['It costs 12 pounds a month.', 12],
  ])('%s stays money', (text, value) => {
    const f = only(text);
    expect([f.value, f.currency]).toEqual([value, 'GBP']);
  });
});
