import type { MeasureKind } from '../../domain/schemas';
import { dimensionOf } from '../../domain/compare/units';
import type { AsOf } from '../asof';
import type { Figure } from '../types';
import { stem } from '../measure-words';
import { isCapitalised, STOPWORDS } from '../nouns';
import { EVENT_NOUNS } from './event';
import { BY_FIRST_STEM, CONCEPTS, DEED_NOUNS, THING_CONCEPTS, thingName, type Concept } from './concepts';

/** The event's name words and its common noun ("kessel", "fire"). */
export interface EventWords {
  words: Set<string>;
  noun: string;
}

/** What one figure counts, read from its sentence: enough to name a measure and to find it again. */
export interface QuantityReading {
  /** The deed counted ("killed"), or the dimension for a physical quantity ("area"). */
  concept: string;
  family: string;
  /** The title's participle: "killed", "burned", "paid out". */
  label: string;
  /** The counted thing by its common name ("people", "homes", "area", "USD"). */
  thing: string;
  /** One place's share ("in Arlo"), when the figure is for a place inside the story. */
  scope: string | null;
  kind: MeasureKind;
  /** "day" for "300 a day": a rate per this span. */
  per: string | null;
  /** The figure counts within a stated span ("in May", "last week"). */
  stated: boolean;
  /** A statement that none happened ("no sailings were cancelled"). */
  zero?: boolean;
  /** The concept word was found right by the figure, not only somewhere in its sentence. */
  near: boolean;
  /** How a title joins the quantity to its event ("in", "by", "of"), and a money quantity's name. */
  prep: string;
  moneyName: string | null;
}

// "6.9-magnitude" and "1,150" are one word each: a decimal point or a thousands comma is no break.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|[.,](?=\p{N}))*/gu;
/** How many words either side of the figure its deed may sit ("… were killed", "killing 14 …"). */
const REACH_BEFORE = 12;
const REACH_AFTER = 7;
const NEAR = 4;
const CLAUSE_END = /[;:!?]|\.\s|—|–/;
/** Words that make a dated figure a running total ("the toll rose to 62 on Wednesday") … */
const TOTAL_CUES = ['toll', 'total', 'far', 'all', 'reached', 'now', 'since', 'overall', 'altogether', 'cumulative', 'date', 'tally'];
/** … words that make it an addition, counted for a span ("1,200 new cases this week", "42 on Tuesday alone") … */
const INCREMENT_CUES = ['new', 'additional', 'fresh', 'further', 'another', 'alone'];
/** … and spans that, when the figure is dated within them, make it that span's count. */
const PERIOD_CUES = ['week', 'weekly', 'day', 'daily', 'overnight', 'month', 'monthly', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today'];
const MONTH_WORDS = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** A number that is another figure, not a day of a date ("the Oct. 10 earthquake", "on 6 March"). */
function otherFigure(ws: Word[], i: number): boolean {
  if (!/^\d[\d,.]*$/.test(ws[i].raw)) return false;
  return !MONTH_WORDS.has(ws[i - 1]?.lower ?? '') && !MONTH_WORDS.has(ws[i + 1]?.lower ?? '');
}

const AGO = new Set(['ago', 'earlier', 'before', 'later', 'previously']);
const JOINS = new Set(['and', 'but', 'while', 'whereas', 'plus']);
const SPANS = new Set(['hour', 'day', 'week', 'month', 'year', 'night', 'shift']);
const RATE_WORDS: Record<string, string> = { daily: 'day', weekly: 'week', monthly: 'month', annually: 'year', yearly: 'year', hourly: 'hour', nightly: 'night' };
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near']);
const NOT_PLACES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'total', 'all',
]);

interface Word {
  raw: string;
  lower: string;
  stem: string;
  start: number;
}

// Every figure of a sentence reads the same words: split them once (a list of 4,000 figures in
// one sentence must cost the same per figure as a short sentence).
let cachedWords: { text: string; words: Word[] } | null = null;
function wordsOf(text: string): Word[] {
  if (cachedWords?.text !== text) cachedWords = { text, words: [...text.matchAll(WORD)].map((m) => ({ raw: m[0], lower: m[0].toLowerCase(), stem: stem(m[0].replace(/['’]s$/, '')), start: m.index })) };
  return cachedWords.words;
}

/** First word starting at or after `pos`. */
function wordAt(ws: Word[], pos: number): number {
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function fits(c: Concept, f: Figure): boolean {
  if (c.of === 'money') return f.kind === 'money';
  if (c.of === 'count') return f.kind !== 'money' && f.kind !== 'percent';
  return true;
}

/**
 * Wordings of concepts within the figure's clause, nearest first. Words of the event's own name
 * ("the Kessel fire") are not deeds, whatever they look like ("fire" is also "fired").
 */
interface Hit {
  concept: Concept;
  distance: number;
  phrase: boolean;
  /** Word index of the wording. */
  at: number;
  /** Carried over from a clause before "and" (an elliptical second figure). */
  carried?: boolean;
}

function conceptsNear(ws: Word[], sentence: string, first: number, last: number, f: Figure, from: number, to: number, event: Set<string>): Hit[] {
  const out: Hit[] = [];
  for (let i = from; i < to; i++) {
    // A capital inside the sentence is a name ("Linden Falls", "Fire Service"), not a deed.
    if ((i >= first && i <= last) || event.has(ws[i].lower) || (i > 0 && isCapitalised(ws[i].raw))) continue;
    // A word with a money sense and another ("lost") takes the sense that fits the figure.
    const ways = (BY_FIRST_STEM.get(ws[i].stem) ?? []).filter((x) => x.stems.every((s, j) => ws[i + j]?.stem === s) && fits(x.concept, f));
    const cw = ways.find((x) => x.concept.of === (f.kind === 'money' ? 'money' : 'count')) ?? ways[0];
    if (cw === undefined) continue;
    out.push({ concept: cw.concept, distance: i < first ? first - i : i - last, phrase: cw.stems.length > 1, at: i });
    // The rest of a phrase ("death toll") is part of it, not a deed of its own.
    i += cw.stems.length - 1;
  }
  // A deed after the figure ("42 sailings cancelled") wins a tie with one before it, and a
  // comma between a deed and the figure puts it further away ("is collapsing, with 42 …").
  const comma = (h: Hit) => (h.at < first && sentence.slice(ws[h.at].start, ws[first]?.start ?? sentence.length).includes(',') ? 1 : 0);
  return out.sort((a, b) => a.distance + comma(a) - (b.distance + comma(b)) || Number(a.at < first) - Number(b.at < first));
}

/** Words after a place that make it the whole story's ground, not one place's share: "in Halvern province". */
const REGIONS = new Set(['province', 'state', 'country', 'region', 'nation', 'kingdom', 'republic', 'nationwide', 'overall']);

function placeAt(ws: Word[], i: number, to: number, event: Set<string>): string | null {
  const place: string[] = [];
  let j = i + 1;
  for (; j < to && place.length < 3 && isCapitalised(ws[j].raw) && !NOT_PLACES.has(ws[j].lower.replace(/['’]s$/, '')); j++) place.push(ws[j].raw.replace(/['’]s$/, ''));
  if (place.length === 0 || REGIONS.has(ws[j]?.lower ?? '') || place.some((p) => REGIONS.has(p.toLowerCase()) || event.has(p.toLowerCase()))) return null;
  return place.join(' ');
}

/** One place's share of the story: "61 homes in Linden Falls", "In Port Dessa alone, 1,340 cases". */
function scopeOf(ws: Word[], from: number, first: number, after: number, to: number, event: Set<string>): string | null {
  for (let i = after; i < Math.min(to, after + REACH_AFTER); i++) {
    if (PLACE_PREPOSITIONS.has(ws[i].lower)) return placeAt(ws, i, to, event);
  }
  for (let i = first - 1; i >= from; i--) {
    if (PLACE_PREPOSITIONS.has(ws[i].lower)) return placeAt(ws, i, first, event);
  }
  return null;
}

/** Who commits the money, for a pledge or an offer: "Japan pledged ¥1.5 billion", "€20 million from the European Union". */
function agentOf(ws: Word[], hit: Hit, first: number, after: number, to: number): string | null {
  const run = (from: number, step: number, stop: number) => {
    const names: string[] = [];
    for (let j = from; j !== stop && names.length < 4; j += step) {
      const w = ws[j];
      if (AUXILIARIES.has(w.lower) && names.length === 0) continue;
      if (!isCapitalised(w.raw) || STOPWORDS.has(w.lower) || NOT_PLACES.has(w.lower)) break;
      names.push(w.raw.replace(/['’]s$/, ''));
    }
    return step < 0 ? names.reverse() : names;
  };
  // "… and Britain £8 million": the name right before the figure, else the one before the deed.
  const own = run(first - 1, -1, -1);
  if (own.length > 0) return own.join(' ');
  if (hit.at < first) {
    const names = run(hit.at - 1, -1, -1);
    // A plural opening the sentence ("Donors pledged") is a common noun, not a name.
    const commonOpening = names.length === 1 && /s$/.test(names[0]) && ws[0].raw === names[0];
    if (names.length > 0 && !commonOpening) return names.join(' ');
  }
  for (let i = after; i < Math.min(to, after + 4); i++) {
    if (ws[i].lower === 'from' || ws[i].lower === 'by') {
      const k = ws[i + 1]?.lower === 'the' ? i + 2 : i + 1;
      const names = run(k, 1, to);
      if (names.length > 0) return names.join(' ');
    }
  }
  return null;
}

const UNREALISED = new Set(['will', 'would', 'to', 'could', 'shall', 'may', 'might', 'plans', 'pledged', 'promised', 'agreed']);
const PROMISE_OF: Record<string, Concept> = (() => {
  const by = new Map(CONCEPTS.map((c) => [c.id, c]));
  return { supply: by.get('agreed')!, aid: by.get('pledged')!, money: by.get('pledged')! };
})();

const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'also', 'jointly', 'already', 'now', 'since', 'is', 'was', 'were', 'are', 'the']);
/** Words in a count's noun phrase that change what is counted: suspected and confirmed cases are two tallies. */
const STATUS: Record<string, string> = { suspected: 'suspected', probable: 'suspected', possible: 'suspected', confirmed: 'confirmed', 'laboratory-confirmed': 'confirmed', 'lab-confirmed': 'confirmed' };

function perOf(ws: Word[], after: number, to: number): string | null {
  for (let i = after; i < Math.min(to, after + 4); i++) {
    if (RATE_WORDS[ws[i].lower]) return RATE_WORDS[ws[i].lower];
    // "300 a day" is a rate; "15% a week ago" is a date.
    if ((ws[i].lower === 'a' || ws[i].lower === 'per' || ws[i].lower === 'each' || ws[i].lower === 'every') && SPANS.has(stem(ws[i + 1]?.lower ?? '')) && !AGO.has(ws[i + 2]?.lower ?? '')) return stem(ws[i + 1].lower);
  }
  return null;
}

/**
 * Reads what a figure counts from its sentence: the deed nearest to it within its clause, the
 * counted thing, a place it is limited to, and whether it is a total, a count for a stated
 * period, a rate, a commitment, an amount or a duration. Null when nothing says what it counts.
 */
export function readQuantity(f: Figure, sentence: string, at: number, asOf: AsOf, event: EventWords | null = null): QuantityReading | null {
  const eventWords = event?.words ?? new Set<string>();
  const ws = wordsOf(sentence);
  const endAt = at + f.text.length;
  const first = wordAt(ws, at);
  const last = Math.max(first, wordAt(ws, endAt) - 1);
  // The clause around the figure: deeds past a semicolon or a dash belong to other figures.
  // Another figure, or "and"/"but" joining another clause, ends it too: in "three killed and four
  // missing", "killed" is the three's and "missing" the four's.
  let from = Math.max(0, first - REACH_BEFORE);
  for (let i = first - 1; i >= from; i--) {
    if (CLAUSE_END.test(sentence.slice(ws[i].start + ws[i].raw.length, ws[i + 1].start))) { from = i + 1; break; }
    if (JOINS.has(ws[i].lower) || otherFigure(ws, i)) { from = i + 1; break; }
  }
  // Money's deed may come late: "C$45 million worth of standing timber had already been lost".
  let to = Math.min(ws.length, last + 1 + (f.kind === 'money' ? REACH_AFTER + 4 : REACH_AFTER));
  for (let i = last + 1; i < to; i++) {
    if (CLAUSE_END.test(sentence.slice(ws[i - 1].start + ws[i - 1].raw.length, ws[i].start)) || JOINS.has(ws[i].lower) || otherFigure(ws, i)) { to = i; break; }
  }
  let thingAt = -1;
  for (let i = last + 1; f.thing && i <= Math.min(ws.length - 1, last + 5) && thingAt < 0; i++) if (ws[i].raw === f.thing) thingAt = i;
  const tail = Math.max(last, thingAt) + 1;
  // "Valdria spent €300 million on flood recovery last year": a figure of another event is not this story's.
  if (event !== null && ws.slice(last + 1, to).some((w) => EVENT_NOUNS[w.lower] && EVENT_NOUNS[w.lower] !== event.noun) && !ws.slice(from, to).some((w) => eventWords.has(w.lower))) return null;
  // Words between the figure and its noun count too: "1,150 dead seabirds".
  let hits = conceptsNear(ws, sentence, first, last, f, from, to, eventWords);
  // "The EU promised €20 million and Britain £8 million": the deed before "and" carries over.
  if (hits.length === 0 && from > 0 && JOINS.has(ws[from - 1].lower) && to - (Math.max(last, thingAt) + 1) <= 1) hits = conceptsNear(ws, sentence, first, Math.max(last, thingAt), f, Math.max(0, first - REACH_BEFORE), from - 1, eventWords).map((h) => ({ ...h, carried: true }));
  const per = perOf(ws, tail, to);
  const placeScope = scopeOf(ws, from, first, tail, to, eventWords);
  // "in May", "last week": a count within a stated span. "since it broke out in late July" is a running total.
  // Only words next to the figure say whether it is a total or a period's count.
  const clause = new Set(ws.slice(Math.max(from, first - 5), Math.min(to, tail + 5)).map((w) => w.lower));
  const totalCue = TOTAL_CUES.some((c) => clause.has(c));
  // "In Tobrek alone": a place's share, not an addition.
  const increment = INCREMENT_CUES.some((c) => clause.has(c) && !(c === 'alone' && placeScope !== null));
  const periodCue = PERIOD_CUES.some((c) => clause.has(c));
  const stated = !totalCue && (increment || (asOf.within && periodCue));
  const physical = f.kind === 'measure' && f.unit !== null ? dimensionOf(f.unit) : null;
  if (f.kind === 'duration') {
    // "now in its third week": a duration that names nothing is the article's event's, when its clause names the event.
    // Not "a 10-year contract": a compound adjective describes the noun after it, whatever it is.
    const ofEvent = event !== null && !f.text.includes('-') && ws.slice(from, to).some((w) => eventWords.has(w.lower)) ? event.noun : null;
    // "the 40-day walkout" and "the strike, now in its fifth week" are durations of one event.
    // "a 40-day ferry strike": the event's word may follow the noun the figure qualifies.
    const ofCompound = event !== null && ws.slice(last + 1, last + 4).some((w) => eventWords.has(w.lower));
    const of = f.thing ? (ofCompound ? event!.noun : thingName(f.thing)) : ofEvent;
    return of === null ? null : { concept: 'duration', family: 'duration', label: 'duration', thing: of, scope: null, kind: 'duration', per: null, stated: false, near: true, prep: 'of', moneyName: null };
  }
  // "176 deaths", "120 suspected cases": the noun is the deed. "1,600 firefighters" only when nothing else is said.
  const noun = f.thing?.toLowerCase() ?? '';
  const deedNoun = DEED_NOUNS[noun];
  const implied = deedNoun ?? THING_CONCEPTS[noun];
  const impliedHit = implied ? { concept: implied, distance: 0, phrase: true, at: first } : null;
  const own = hits.find((h) => !h.carried && (f.kind !== 'count' || f.thing !== null || h.concept.defaultThing !== undefined));
  // "a magnitude of 6.9", "a 7.2-magnitude quake": the figure is the scale's reading.
  const scale = /^\s*-?\s*magnitude/i.test(sentence.slice(endAt, endAt + 14)) || /magnitude\s+(?:of\s+)?$/i.test(sentence.slice(Math.max(0, at - 16), at));
  // A quake has one magnitude whenever it is reported: figures are compared at any date.
  if (scale) return { concept: 'magnitude', family: 'magnitude', label: 'magnitude', thing: 'magnitude', scope: null, kind: 'amount', per: null, stated: false, near: true, prep: 'of', moneyName: null };
  const hit = (deedNoun ? impliedHit : null) ?? own ?? impliedHit ?? hits.find((h) => f.kind !== 'count' || f.thing !== null || h.concept.defaultThing !== undefined) ?? null;
  if (f.kind === 'fraction' || (f.kind === 'percent' && hit === null)) return null;
  if (physical !== null) {
    // An area or a length burned, spilled or flooded adds up; only its deed's words name it.
    const deed = hit?.concept.physical ? hit.concept : null;
    const kind: MeasureKind = per ? 'rate' : hit?.concept.commitment ? 'commitment' : stated ? 'count' : 'cumulative-count';
    // "35 km north of Tobrek", "a depth of 10 km": a length with no deed is no quantity of the
    // story; "15 km of coastline", "12,000 hectares of forest" say what they measure.
    const measured = ws[last + 1]?.lower === 'of' && !!ws[last + 2] && !isCapitalised(ws[last + 2].raw) && !STOPWORDS.has(ws[last + 2].lower);
    return { concept: physical, family: physical, label: deed?.label ?? physical, thing: physical, scope: placeScope, kind, per, stated, near: deed !== null || measured, prep: deed ? (deed.prep ?? 'by') : 'of', moneyName: null };
  }
  if (hit === null) return null;
  // "would provide C$250 million", "agreed to supply": a deed not yet done is a promise of it.
  const promise = PROMISE_OF[f.kind === 'money' && (hit.concept.family === 'supply' || hit.concept.family === 'aid') ? 'money' : hit.concept.family];
  const c = UNREALISED.has(ws[hit.at - 1]?.lower ?? '') && promise ? promise : hit.concept;
  const counted = f.kind === 'money' ? 'money' : f.kind === 'percent' ? '%' : f.thing && !/ly$/.test(f.thing) ? thingName(f.thing) : (c.defaultThing ?? null);
  if (counted === null || STOPWORDS.has(counted)) return null;
  let status: string | undefined;
  // "8,400 suspected cases", "of which 1,150 have been confirmed": the status before the noun or just after the figure.
  for (let i = last + 1; i < Math.max(thingAt, last + 2, tail + 4) && i < to && status === undefined; i++) status = STATUS[ws[i].lower];
  const thing = status && (counted === 'cases' || c.id === 'cases') ? `${status} ${counted}` : counted;
  // Money is pledged in one city for another ("in Geneva", "for Lusenda"): who gives it is its scope, not a place.
  const scope = f.kind === 'money' ? (c.commitment ? agentOf(ws, hit, first, tail, to) : null) : placeScope;
  const kind: MeasureKind =
    f.kind === 'percent' ? 'rate' : per ? 'rate' : c.commitment ? 'commitment' : f.kind === 'money' ? (c.accrues && !stated ? 'cumulative-count' : 'amount') : stated || c.level ? 'count' : 'cumulative-count';
  // A phrase ("death toll", "paid out") says what it is anywhere in the clause; a single word only near the figure.
  return { zero: f.qualifier === 'none', concept: c.id, family: c.family, label: c.label, thing, scope, kind, per, stated, near: hit.distance <= NEAR || hit.phrase || f.kind === 'money', prep: c.prep ?? 'by', moneyName: c.money ?? null };
}
