/**
 * Tally's text-extraction engine: text -> figures -> everything a claim needs. Pure functions,
 * no I/O. Span rules are documented on `Figure` in ./types.
 */
import type { Measure } from '../domain/schemas';
import type { Figure } from './types';
import { extractFigures } from './numbers';
import { furnitureRanges, inRanges, spanAt, splitParagraphs, splitSentences, type Span } from './text';
import { attribute, citationOf, type Attribution } from './attribution';
import { entryDay, liveEntries, resolveAsOf, type AsOf } from './dates';
import { UNSURE, proposeMeasure, type MeasureProposal } from './measure';
import { UNSORTED_TOPIC } from '../domain/unsorted';
import { readQuantity, zeroFigures, type EventWords, type QuantityReading } from './quantity';

export type { Figure, FigureKind } from './types';
export type { Span, Attribution, AsOf, MeasureProposal };
export { extractFigures, splitSentences, splitParagraphs, attribute, citationOf, resolveAsOf, proposeMeasure };
export { furnitureLines, isAgencyWord, wireCredit } from './text';

export interface AnalysedFigure {
  figure: Figure;
  /** The sentence holding the figure, exactly as in the text (the claim's quote). */
  quote: Span;
  attribution: Attribution;
  asOf: AsOf;
  measure: MeasureProposal;
  /** What the figure counts, read from its clause, for measures that emerge from articles. */
  quantity: QuantityReading | null;
}

/** The sentence containing [start, end); a figure never spans two, but widen if one did. */
export function sentenceFor(text: string, sentences: Span[], start: number, end: number): Span {
  const first = spanAt(sentences, start);
  const last = spanAt(sentences, Math.max(start, end - 1));
  const s = Math.min(first?.start ?? start, start);
  const e = Math.max(last?.end ?? end, end);
  return { start: s, end: e, text: text.slice(s, e) };
}

/**
 * Everything ingest needs to turn an article into claims: each figure with its quote, who said
 * it, when it holds and which measure it most likely belongs to. Pure: no storage, no clock.
 * `extracted` is extractFigures(text), for a caller that has it already.
 */
export function analyseArticle(text: string, published: string | null, measures: Measure[], event: EventWords | null = null, extracted: Figure[] = extractFigures(text)): AnalysedFigure[] {
  const sentences = splitSentences(text);
  const kinds = new Map(measures.map((m) => [m.id, m.kind]));
  // Measures that emerged from articles are found by what they count (./quantity), not by
  // keywords; one still waiting under "New figures" for a name says too little to match on.
  const keyed = measures.filter((m) => !m.signature && !m.mergedInto && m.topicId !== UNSORTED_TOPIC.id);
  const found = withoutRestatements(text, extracted);
  // Page furniture holds no figures, spelled-out zeros neither ("Read more: the camp nobody planned").
  const furniture = furnitureRanges(text);
  const zeros = new Set(zeroFigures(text, found).filter((z) => !inRanges(furniture, z.start)));
  const figures = [...found, ...zeros].sort((a, b) => a.start - b.start);
  // A live page's entries are of their own days: words like "on Thursday" count from the entry's.
  const live = liveEntries(text, published);
  return figures.flatMap((figure): AnalysedFigure[] => {
    const quote = sentenceFor(text, sentences, figure.start, figure.end);
    const asOf = resolveAsOf(text, figure, entryDay(live, figure.start) ?? published);
    const quantity = readQuantity(figure, quote.text, figure.start - quote.start, asOf, event);
    const zero = zeros.has(figure);
    // A zero says what did not happen: only kept when its clause says what is counted.
    if (zero && quantity === null) return [];
    const attribution = attribute(text, figure);
    return [
      {
        figure,
        quote,
        attribution: zero ? { ...attribution, stance: 'denies' } : attribution,
        asOf,
        measure: zero ? { measureId: null, confidence: 0, reason: 'a statement that none happened' } : withinPeriod(proposeMeasure(figure, quote.text, keyed, figure.start - quote.start), asOf, kinds),
        quantity,
      },
    ];
  });
}

/**
 * "C$45 million (US$33 million)", "12,000 hectares (29,650 acres)": a figure restated in another
 * currency or unit in brackets is the same claim, not a second one.
 */
function withoutRestatements(text: string, figures: Figure[]): Figure[] {
  return figures.filter((f, i) => {
    const prev = figures[i - 1];
    if (!prev || prev.kind !== f.kind || (f.kind !== 'money' && f.kind !== 'measure')) return true;
    return !/^\s*\(\s*(?:about|around|roughly|some|approximately|nearly|almost|or|about\s+US)?\s*$/i.test(text.slice(prev.end, f.start));
  });
}

/**
 * "4,630 drones in 2023", "600 in late September alone": a count of what happened within a
 * span is not a running total, so it is not placed on a cumulative measure without a person.
 */
function withinPeriod(p: MeasureProposal, asOf: AsOf, kinds: Map<string, Measure['kind']>): MeasureProposal {
  if (!asOf.within || p.measureId === null || kinds.get(p.measureId) !== 'cumulative-count' || p.confidence <= UNSURE) return p;
  return { ...p, confidence: UNSURE, reason: `${p.reason}; counts only a stated period, not a running total` };
}
