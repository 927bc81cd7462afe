import { describe, it, expect } from 'vitest';
import { extractFigures } from '@/server/extract';

// More names that hold a number: climate summits and chips named by three capitals and a small
// number ("COP28" is no 28 Colombian pesos), and numbers to call. And basis points, the unit
// central banks move rates in.

const texts = (text: string) => extractFigures(text).map((f) => f.text);

describe('not figures', () => {
  it.each([
    'Delegates flew to COP28 in Dubai, a year after COP27.',
    'The laptop runs on an ARM64 chip.',
    'Call 911 or 999 in an emergency.',
    'Readers can dial 112 from any phone, or text 85258.',
    'Anyone with information should call 101.',
  ])('%s', (text) => {
    expect(texts(text)).toEqual([]);
  });
  it('a code glued to an amount is still money', () => {
    expect(extractFigures('The bank paid USD1.7bn, EUR140m and GBP250.').map((f) => [f.text, f.currency])).toEqual([
      ['USD1.7bn', 'USD'], ['EUR140m', 'EUR'], ['GBP250', 'GBP'],
    ]);
  });
  it('"called 50 people" is still a count', () => {
    expect(texts('She called 50 people and rang 3 times.')).toEqual(['50', '3']);
  });
});

describe('basis points', () => {
  it.each([
    ['The Fed raised rates by 25 basis points.', '25 basis points', 25],
    ['It followed a 50bp rise in June.', '50bp', 50],
    ['Markets expect a 75 bps cut.', '75 bps', 75],
  ])('%s', (text, span, value) => {
    const [f] = extractFigures(text);
    expect([f.text, f.value, f.unit, f.kind]).toEqual([span, value, 'basis points', 'percent']);
  });
});
