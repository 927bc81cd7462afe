import { describe, it, expect } from 'vitest';
import { extractFigures } from '@/server/extract';

const texts = (s: string) => extractFigures(s).map((f) => f.text);

describe('names that hold numbers are not figures', () => {
  it.each([
    'Apple sold the iPhone 15 to fans.',
    'The Boeing 737 was grounded.',
    'The laptop runs Windows 11.',
    'She drives a Galaxy S23 and a Ford F-150.',
    'He flew a Airbus A320 to Rome.',
    'The office is at 12 Harbour Road.',
    'They met at 221B Baker Street.',
    'The shop at 48 Queen St closed.',
    'Protesters gathered at 10 Downing Street.',
    'A house on 5th Avenue was sold.',
    'The S&P 500 rose and the FTSE 100 fell.',
    'The Nasdaq 100, the DAX 40 and the CAC 40 fell.',
    'The ASX 200 and the Nikkei 225 closed higher.',
    'The Russell 2000 slipped.',
    'Under section 42 of the act, the plan is legal.',
    'Article 5 of the treaty applies.',
    'It breaches clause 7 and paragraph 3.',
    'The No. 10 shirt went to him.',
    'He wears number 23 for the club.',
    'The striker, wearing No 9, started.',
    'They took Route 66 and Interstate 95.',
  ])('%s', (s) => {
    expect(texts(s)).toEqual([]);
  });
  it('a figure beside a name is still found', () => {
    expect(texts('The S&P 500 rose 1.2% to 4,500.')).toEqual(['1.2%', '4,500']);
    expect(texts('Apple sold 15 million iPhone 15 handsets.')).toEqual(['15 million']);
  });
});
