import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { analyseArticle, attribute, extractFigures, resolveAsOf, splitSentences } from '@/server/extract';

// Words the extractor reacts to, so generated text exercises its rules and not only noise.
const VOCAB = [
  'more', 'than', 'about', 'nearly', 'up', 'to', 'between', 'and', 'from', 'most', 'of', 'the', 'hundreds',
  'tens', 'thousands', 'billions', 'dollars', 'euros', 'million', 'bn', 'm', 'k', '%', 'per', 'cent', 'months',
  'month', 'years', 'year-old', 'one', 'two', 'a', 'dozen', 'half', 'and', 'a', 'quarter', 'thirds', 'said',
  'told', 'according', '“', '”', '"', ',', '.', '-', '–', '/', '+', '$', '€', '£', 'USD', 'May', 'August',
  'since', 'last', 'Su', '35', '400', '6,000', '1.7', '9', '1/2', '½', '2023', '2023-05-15', '10am', '14:30',
  'constructor', '__proto__', 'toString', 'Mr', 'Kirby', 'John', 'it', 'denied', '\n', '\u00a0', '1 500',
];
const wordSoup = fc.array(fc.constantFrom(...VOCAB), { maxLength: 40 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 120 }), wordSoup);

describe('extraction properties', () => {
  it('never throws, and every span is inside the text and equal to its slice', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const f of extractFigures(text)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
          expect(f.text).toBe(text.slice(f.start, f.end));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('gives intervals that are ordered and finite', () => {
    fc.assert(
      fc.property(wordSoup, (text) => {
        for (const f of extractFigures(text)) {
          for (const x of [f.value, f.low, f.high]) if (x !== null) expect(Number.isFinite(x)).toBe(true);
          if (f.low !== null && f.high !== null) expect(f.low).toBeLessThanOrEqual(f.high);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('returns figures in reading order without overlaps', () => {
    fc.assert(
      fc.property(wordSoup, (text) => {
        const fs = extractFigures(text);
        for (let i = 1; i < fs.length; i++) expect(fs[i].start).toBeGreaterThanOrEqual(fs[i - 1].end);
      }),
      { numRuns: 1000 },
    );
  });

  it('splits sentences into exact, ordered substrings', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let last = 0;
        for (const s of splitSentences(text)) {
          expect(s.text).toBe(text.slice(s.start, s.end));
          expect(s.start).toBeGreaterThanOrEqual(last);
          last = s.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('attribution, as-of and the whole analysis never throw', () => {
    fc.assert(
      fc.property(wordSoup, fc.constantFrom('2023-05-15', null), (text, published) => {
        for (const f of extractFigures(text)) {
          const a = attribute(text, f);
          expect(['asserts', 'denies']).toContain(a.stance);
          const d = resolveAsOf(text, f, published);
          if (d.asOf !== null) expect(d.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
        for (const x of analyseArticle(text, published, [])) expect(x.quote.text).toBe(text.slice(x.quote.start, x.quote.end));
      }),
      { numRuns: 500 },
    );
  });
});

describe('a sentence that never ends', () => {
  it('attributes each of thousands of figures in one long list in linear time', () => {
    const text = 'Russia fired 40 drones and 3 missiles, '.repeat(2_000);
    const t0 = performance.now();
    const out = analyseArticle(text, '2023-05-15', []);
    expect(out.length).toBe(4_000);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('pathological input stays fast', () => {
  it.each([
    ['dots', '.'.repeat(50_000) + 'x'],
    ['digits', '1'.repeat(50_000) + 'a1'],
    ['commas', '1,000'.repeat(10_000)],
    ['letters', 'a'.repeat(100_000)],
    ['at signs', 'a.'.repeat(20_000) + '@'],
    ['quotes', '“'.repeat(20_000)],
    ['hyphens', '1-'.repeat(20_000)],
    ['number words', 'one hundred and '.repeat(5_000)],
    ['fractions', 'two thirds and one twenty-fifth, '.repeat(5_000)],
    ['spoken fractions', 'one over three. '.repeat(5_000)],
  ])('%s', (_name, text) => {
    const t0 = performance.now();
    extractFigures(text);
    splitSentences(text);
    analyseArticle(text.slice(0, 20_000), '2023-05-15', []);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
