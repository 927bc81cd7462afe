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
import { readQuantity, thingName, zeroFigures, type EventWords, type QuantityReading } from './quantity';

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
  let lastRead: LastRead | null = null;
  return partsOfWholes(figures.flatMap((figure): AnalysedFigure[] => {
    const quote = sentenceFor(text, sentences, figure.start, figure.end);
    const asOf = resolveAsOf(text, figure, entryDay(live, figure.start) ?? published);
    const read = readQuantity(figure, quote.text, figure.start - quote.start, asOf, event);
    const quantity = (read === null || !read.near ? comparedFigure(figure, quote, asOf, lastRead, text) : null) ?? read ?? restatedFigure(figure, quote, lastRead, text);
    if (quantity !== null) lastRead = { figure, quote, quantity, asOf };
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
  }));
}

/**
 * "cut 3,300 jobs in the country … All 2,400 jobs at the Ostrel plant will go": in a story named
 * for a place, a count at that place is the whole story's, unless the article gives a larger figure
 * of the same quantity for the same day; then it is that place's share.
 */
const WHOLE_WORDS = /\b(?:in total|a total of|in all|nationwide|countrywide|across the country|in the country|overall|altogether|combined)\b/i;

function partsOfWholes(analysed: AnalysedFigure[]): AnalysedFigure[] {
  const same = (a: QuantityReading, b: QuantityReading) => a.concept === b.concept && a.thing === b.thing && a.per === b.per && a.kind === b.kind && a.scope === null && b.scope === null;
  const size = (x: AnalysedFigure) => x.figure.high ?? x.figure.value ?? 0;
  return analysed.map((x) => {
    const q = x.quantity;
    if (!q?.eventPlace) return x;
    const wholes = analysed.filter((y) => y !== x && y.quantity && !y.quantity.eventPlace && same(q, y.quantity) && y.asOf.asOf === x.asOf.asOf && size(y) > size(x));
    if (wholes.length === 0) return x;
    // Only a breakdown the article makes plain: the larger figure is said to be the whole ("in
    // total", "nationwide"), or another place's share of the same quantity stands beside it.
    const whole = wholes.some((y) => WHOLE_WORDS.test(y.quote.text)) || analysed.some((y) => y.quantity && y.quantity.concept === q.concept && y.quantity.thing === q.thing && y.quantity.scope !== null && y.quantity.scope !== q.eventPlace);
    return whole ? { ...x, quantity: { ...q, scope: q.eventPlace } } : x;
  });
}

/** The figure read last before this one, for a figure that answers it. */
interface LastRead {
  figure: Figure;
  quote: Span;
  quantity: QuantityReading;
  asOf: AsOf;
}

/** Two figures that may count one thing: nouns of the same thing, or one of them naming none. */
function sameThing(a: Figure, b: Figure): boolean {
  return a.thing === null || b.thing === null || thingName(a.thing) === thingName(b.thing);
}

/** "says the true figure is at least 44", "puts the real toll at", "I have counted at least 40": a figure of the quantity just named. */
const RESTATES = /\b(?:(?:true|real|actual|correct|right|accurate)\s+(?:figure|number|toll|total|count|tally|cost|amount|bill|loss)|(?:the|that|this)\s+figure\s+(?:is|was|could|may|might|would|stands)|(?:have|has|had)\s+counted|counted\s+(?:at least|more than|over|nearly|almost|about|some))\b/i;
/** How far back the quantity a restatement answers may be named: the sentence before, about. */
const RESTATE_REACH = 320;

/**
 * "The ministry counts 31 farms infected. The farmers' association says the true figure is at
 * least 44": a figure whose own words say it is another count of the quantity just named is read
 * as that quantity, when nothing in its sentence says what it counts and it counts the same thing.
 */
function restatedFigure(figure: Figure, quote: Span, lastRead: LastRead | null, text: string): QuantityReading | null {
  if (lastRead === null || lastRead.figure.kind !== figure.kind || figure.start - lastRead.figure.end > RESTATE_REACH) return null;
  if (figure.kind !== 'count' && figure.kind !== 'money') return null;
  if (!sameThing(figure, lastRead.figure)) return null;
  const before = text.slice(Math.max(quote.start, figure.start - 60), figure.start);
  if (!RESTATES.test(before)) return null;
  return { ...lastRead.quantity, near: true, zero: figure.qualifier === 'none' };
}

/** Words that set a figure against the one before it: "against some 750,000", "compared with around 1,150", "down from a peak of". */
const COMPARED = /(?:\bagainst|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\b(?:down|up)\s+from|\bas\s+against)\s+(?:(?:a|the)\s+(?:peak|high|low|record|total)\s+of\s+)?$/i;
const OWN_PER = /^\s+(?:a|per|each|every)\s+(day|week|month|year)\b/i;

/**
 * "About 500,000 birds were culled in the week to 2 February, against some 750,000 in the week
 * to 19 January": a figure set against the one just before it in its sentence counts the same
 * quantity, over its own span ("a day") when it states one, and only when it has a date of its own.
 */
function comparedFigure(figure: Figure, quote: Span, asOf: AsOf, lastRead: LastRead | null, text: string): QuantityReading | null {
  // "212 municipalities, up from a few dozen at the start of the month": undated, the two would be one moment's two figures.
  if (lastRead === null || lastRead.quote.start !== quote.start || asOf.asOf === null || asOf.asOf === lastRead.asOf.asOf || lastRead.figure.kind !== figure.kind || (figure.kind !== 'count' && figure.kind !== 'money')) return null;
  if (!sameThing(figure, lastRead.figure)) return null;
  const between = text.slice(lastRead.figure.end, figure.start);
  if (!COMPARED.test(between)) return null;
  const per = OWN_PER.exec(text.slice(figure.end, figure.end + 20))?.[1]?.toLowerCase() ?? lastRead.quantity.per;
  return { ...lastRead.quantity, per, kind: per && !lastRead.quantity.per ? 'rate' : lastRead.quantity.kind, near: true, zero: figure.qualifier === 'none' };
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
