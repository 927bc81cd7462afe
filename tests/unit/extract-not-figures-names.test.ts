import { describe, it, expect } from 'vitest';
import { extractFigures } from '@/server/extract';

describe('numbers that are part of a name or a label', () => {
  it.each([
    ['Fortune 500 companies are hiring.'],
    ['FTSE 100 firms cut jobs.'],
    ['The Nikkei 225 closed.'],
    ['The CAC 40 closed higher.'],
    ['Russell 2000 stocks slipped.'],
    ['Proposition 22 passed.'],
    ['Voters backed Initiative 1631.'],
    ['She lives at Flat 4, 12 Harbour Road.'],
    ['The office (12 Harbour Road) is shut.'],
    ['Call 0800 123 4567 for help.'],
    ['Ring 020 7946 0958 today.'],
  ])('%s', (text) => {
    expect(extractFigures(text)).toEqual([]);
  });
  it('keeps the figures beside them', () => {
    expect(extractFigures('The Nasdaq 100 rose 2%.').map((f) => f.text)).toEqual(['2%']);
    expect(extractFigures('Police said 12 Harbour Road residents were evacuated.').map((f) => [f.value, f.unit])).toEqual([[12, 'residents']]);
    expect(extractFigures('They measure 5 metres.').map((f) => [f.value, f.unit])).toEqual([[5, 'm']]);
  });
});

describe('a reading on a scale named before or after it', () => {
  it.each([
    ['A magnitude 7.8 earthquake struck Turkey.', 'magnitude 7.8'],
    ['A 7.8-magnitude quake hit.', '7.8-magnitude'],
    ['The quake measured 6.1 magnitude.', '6.1 magnitude'],
  ])('%s', (text, span) => {
    expect(extractFigures(text).map((f) => [f.text, f.kind, f.unit])).toEqual([[span, 'measure', 'magnitude']]);
  });
});
