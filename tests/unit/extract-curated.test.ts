import { describe, expect, it } from 'vitest';
import { analyseArticle, extractFigures } from '@/server/extract';
import { seed } from './fixtures';

// Ingesting the raw seed text must find every curated figure with the same span and interval:
// the hand-curated data and the extractor mean the same thing by each wording.
describe('the extractor agrees with the curated seed claims', () => {
  const { claims, sources } = seed();
  for (const source of sources) {
    const found = extractFigures(source.text);
    const curated = claims.filter((c) => c.sourceId === source.id && c.stance === 'asserts');
    it.each(curated.map((c) => [c.id, c] as const))('%s', (_id, c) => {
      const f = found.find((x) => x.start === c.figureStart && x.end === c.figureEnd);
      expect(f, `no figure at “${c.value.text}”`).toBeDefined();
      expect({ low: f!.low, high: f!.high, lowInclusive: f!.lowInclusive, highInclusive: f!.highInclusive, qualifier: f!.qualifier }).toEqual({
        low: c.value.low,
        high: c.value.high,
        lowInclusive: c.value.lowInclusive,
        highInclusive: c.value.highInclusive,
        qualifier: c.value.qualifier,
      });
    });
  }
});

// Ingesting the raw seed text against the shipped measures must place every curated figure on
// the measure a person put it on, confidently: the matcher and the curator read the words alike.
describe('the measure matcher agrees with the curated seed claims', () => {
  const { claims, sources, measures } = seed();
  for (const source of sources) {
    const analysed = analyseArticle(source.text, source.published, measures);
    const curated = claims.filter((c) => c.sourceId === source.id && c.stance === 'asserts');
    it.each(curated.map((c) => [c.id, c] as const))('%s', (_id, c) => {
      const a = analysed.find((x) => x.figure.start === c.figureStart && x.figure.end === c.figureEnd);
      expect(a, `no figure at “${c.value.text}”`).toBeDefined();
      expect(a!.measure.measureId).toBe(c.measureId);
      expect(a!.measure.confidence).toBeGreaterThanOrEqual(0.75);
    });
  }
});
