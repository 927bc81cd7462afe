import type { Token } from '../types';
import { tokenAt, tokenize } from '../text/tokenize';
import { splitSentences, spanAt, type Span } from '../text/sentences';
import type { AsOfSpan } from '../../domain/schemas';
import { before, iso, lastDay, parseIso, type Ymd } from './ymd';
import { timeExpressions, type TimeExpr } from './expressions';
import { EVENT_NOUNS } from '../text/event-nouns';

const EVENT_WORDS = new Set(Object.keys(EVENT_NOUNS));
/** Words between an event's noun and its date: "the derailment on the night of 14 March". */
const LINKS_TO_EVENT = new Set(['on', 'of', 'the', 'night', 'morning', 'evening', 'afternoon', 'early', 'late']);
/** Words that open a relative clause after a comma: ", where the first cases were found in August,". */
const RELATIVE_WORDS = new Set(['where', 'which', 'who', 'whose', 'when']);

export interface AsOf {
  /** The date the figure speaks of; the publication date when the sentence names none. */
  asOf: string | null;
  /** The start of the period the figure covers ("since August"), when stated. */
  periodStart: string | null;
  /** The "since …" that gives periodStart stands right after the figure ("three weeks since 2 May"), not elsewhere in its sentence. */
  periodStartNear?: boolean;
  /** The figure counts only what happened within a stated span ("in May", "last year"). */
  within: boolean;
  /** The span the words name around asOf when they name less than a day ("last year": that year); null for a day. */
  span: AsOfSpan | null;
}

// Every figure of an article is resolved in turn: split each text once.
let cached: { text: string; sentences: Span[] } | null = null;
function sentencesOf(text: string): Span[] {
  if (cached === null || cached.text !== text) cached = { text, sentences: splitSentences(text) };
  return cached.sentences;
}

// Figures of one sentence share its time expressions. The sentence objects come from the cache
// above, so the same sentence is the same object: no key built from its (possibly long) text.
let lastSentence: { sentence: Span; published: string | null; t: Token[]; exprs: TimeExpr[] } | null = null;
function expressionsOf(sentence: Span, published: string | null, pub: Ymd | null): { t: Token[]; exprs: TimeExpr[] } {
  if (lastSentence === null || lastSentence.sentence !== sentence || lastSentence.published !== published) {
    const t = tokenize(sentence.text);
    lastSentence = { sentence, published, t, exprs: timeExpressions(t, 0, t.length, pub) };
  }
  return lastSentence;
}

function nearest(exprs: TimeExpr[], at: number): TimeExpr | null {
  let best: TimeExpr | null = null;
  for (const e of exprs) if (best === null || Math.abs(e.at - at) < Math.abs(best.at - at)) best = e;
  return best;
}

const OPENS_ASIDE = new Set(['–', '—', '(']);
const CLOSES_ASIDE = new Set(['–', '—', ')']);

const OPENING = new Set(['in', 'during', 'throughout', 'the', 'last', 'this', 'past', 'early', 'late', 'mid', '-', 'first', 'second', 'third', 'fourth', 'final', 'of', 'over']);

/** Is the expression at token k the sentence's opening phrase ("In the first half of May, …")? */
function opensSentence(t: Token[], k: number): boolean {
  for (let j = 0; j < k; j++) if (!OPENING.has(t[j].lower)) return false;
  return true;
}

/** Never later than the page: "this year" on 15 May ends on 15 May. */
function clamp(d: Ymd | null, pub: Ymd | null): Ymd | null {
  if (d === null || pub === null) return d;
  return before(pub, d) ? pub : d;
}

/**
 * What the words name, as a span holding the as-of: "last year" that year, "in late September"
 * its 21st to 30th, "three months ago" that month. Null when they name a day.
 */
function spanOf(e: TimeExpr): AsOfSpan | null {
  if (e.precision === 'day' || e.start === null || e.end === null) return null;
  let { start, end } = e;
  // Counted back ("a year ago") lands on one day; the words name its month or year.
  if (e.precision === 'month') [start, end] = [{ ...start, d: 1 }, { ...end, d: lastDay(end.y, end.m) }];
  if (e.precision === 'year') [start, end] = [{ y: start.y, m: 1, d: 1 }, { y: end.y, m: 12, d: 31 }];
  return { from: iso(start), to: iso(end), precision: e.precision };
}

/**
 * When a figure holds, from the time expressions of its own sentence, relative to the article's
 * publication date: "since August" -> periodStart the latest 1 August before publication;
 * "last year" -> asOf 31 December of the year before; "in late September" -> 30 September;
 * "yesterday" -> the day before. Without any, asOf is the publication date. `span` keeps how
 * sure the words are: "last year" is that year, not its last day.
 */
export function resolveAsOf(text: string, figure: { start: number; end: number }, published: string | null): AsOf {
  const pub = parseIso(published);
  const sentence = spanAt(sentencesOf(text), figure.start);
  if (sentence === null) return { asOf: pub && iso(pub), periodStart: null, within: false, span: null };
  const { t, exprs } = expressionsOf(sentence, published, pub);
  const rel = figure.start - sentence.start;
  const at = tokenAt(t, rel);
  const after = tokenAt(t, figure.end - sentence.start);
  // "$193,000, down from $375,000 in 2022": a date after another number is that number's.
  // "At least 19 people were killed when a dam burst early on Tuesday, the agency said on Wednesday":
  // a date inside "when …" after the figure is when the event happened, not when the tally held.
  const inWhen = (e: TimeExpr) => {
    const between = t.slice(after, e.at);
    const w = between.findIndex((x) => x.lower === 'when');
    return w >= 0 && !between.slice(w).some((x) => x.raw === ',' || x.raw === ';');
  };
  // "The wall of water – unleashed when the embankment burst on Tuesday – injured 124 people":
  // a date inside an aside that closes before the figure tells of the aside, not of the figure.
  const aside = (e: TimeExpr) => e.at < at && t.slice(0, e.at).some((x) => OPENS_ASIDE.has(x.raw)) && t.slice(e.last ?? e.at, at).some((x) => CLOSES_ASIDE.has(x.raw));
  // "The Oct. 15 failure of the dam killed 39 people", "Tuesday's blast": a date that names the event dates it, not the tally.
  // Only after a determiner or as a possessive: "On Sunday fighting killed 12" dates the 12.
  const named = (e: TimeExpr) => ['the', 'a', 'an', 'this', 'that', 'last'].includes(t[e.at - 1]?.lower ?? '') || /['’]s$/.test(t[e.last ?? e.at]?.raw ?? '');
  // "47 were injured in the derailment on the night of 14 March", "the blast of 3 May": a date right
  // after the event's noun dates the event too.
  // "The collapse of the Aune Bridge on June 18 killed 11": the event's name may stand between them.
  const afterEvent = (e: TimeExpr) => {
    for (let k = e.at - 1; k >= Math.max(0, e.at - 8); k--) {
      const w = t[k]?.lower ?? '';
      if (EVENT_WORDS.has(w)) return k < e.at - 1 && ['on', 'of'].includes(t[k + 1]?.lower ?? '');
      if (!LINKS_TO_EVENT.has(w) && !(k > 0 && t[k].kind === 'word' && /^\p{Lu}/u.test(t[k].raw))) return false;
    }
    return false;
  };
  // "Ruvolo district, where the first cases were found in August, accounts for 410 …": a date inside
  // a relative clause that closes before the figure tells of that clause, not of the figure.
  const relative = (e: TimeExpr) => {
    if (e.at >= at) return false;
    for (let k = e.at - 1; k > 0; k--) {
      if (t[k].raw === ',') return false;
      if (RELATIVE_WORDS.has(t[k].lower) && t[k - 1].raw === ',') return t.slice((e.last ?? e.at) + 1, at).some((x) => x.raw === ',');
    }
    return false;
  };
  const namesEvent = (e: TimeExpr) => (e.last !== undefined && named(e) && EVENT_WORDS.has(t[e.last + 1]?.lower ?? '')) || afterEvent(e);
  // "One week after the Oct. 10 earthquake": there the event's date is where the duration starts.
  const counted = ['after', 'since'].includes(t[after]?.lower ?? '');
  // A date past a semicolon is another clause's ("12 died in the Monday attack; by Wednesday 40 were dead").
  const apart = (e: TimeExpr) => t.slice(Math.min(e.at, after), Math.max(e.at, at)).some((x) => x.raw === ';');
  const own = (e: TimeExpr) => (counted || !namesEvent(e)) && !apart(e) && !aside(e) && !relative(e) && (e.at < at || (!t.slice(after, e.at).some((x) => x.kind === 'num') && !inWhen(e)));
  const since = nearest(exprs.filter((e) => e.since && own(e)), at);
  // "about 500,000 were culled in the week to 2 February, against some 750,000 in the week to 19
  // January": a date between another number and this one is that number's when this one has its own after it.
  const points = exprs.filter((e) => !e.since && own(e));
  const theirs = (e: TimeExpr) => e.at < at && t.slice(0, e.at).some((x) => x.kind === 'num') && points.some((p) => p.at > at);
  const point = nearest(points.filter((e) => !theirs(e)), at);
  const asOf = point !== null ? clamp(point.end, pub) : pub;
  return {
    asOf: asOf === null ? null : iso(asOf),
    span: point !== null && asOf !== null ? spanOf(point) : null,
    periodStart: since?.start ? iso(since.start) : null,
    // "three weeks since March 2", or a sentence that opens with it: "Since 2 May, the strike has lasted three weeks".
    periodStartNear: since !== null && ((since.at >= after && since.at - after <= 6) || (since.at < at && opensSentence(t, Math.max(0, since.at - 1)))),
    // "launched 30 drones last week", "In May, Russia fired …": the span says when things happened.
    // "The administration last year publicised … hundreds": it dates the statement, not the count.
    within: point !== null && point.within === true && (point.at > at || opensSentence(t, point.at)),
  };
}

/**
 * The span the words around a figure name, for an as-of someone else set (a curator, a stored
 * claim): kept only when the dates stage, reading from `reference` (the page's date, or an
 * undated page's estimate), lands on that very as-of, so the span never contradicts it.
 */
export function spanForAsOf(text: string, figure: { start: number; end: number }, reference: string | null, asOf: string): AsOfSpan | null {
  const read = resolveAsOf(text, figure, reference);
  return read.asOf === asOf ? read.span : null;
}
export { liveEntries, entryDay, type LiveEntries } from './live';
