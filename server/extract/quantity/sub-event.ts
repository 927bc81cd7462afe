import { isCapitalised, STOPWORDS } from '../text/nouns';
import { clauseEndsBefore, type Word } from './words';

/*
 * Durations of a part of the story rather than of its event: "The clean-up, which began on March
 * 6, is now in its 30th day" (the clean-up's), "Two weeks after the tanker ran aground" (the time
 * since the grounding), "Four weeks after donors gathered in Geneva" (since the donors' meeting).
 * Each is its own quantity, named from the words that say what it is of, so a later article that
 * says it again ("a month after the tanker ran aground") meets it, and none is taken for the event's.
 */

export interface SubEvent {
  /** What the duration is of, as the text names it: "clean-up", "the tanker ran aground". */
  thing: string;
  /** A time since something that happened, not the length of an activity. */
  since: boolean;
}

/** Words that end the clause naming what a duration is since ("after donors gathered in Geneva to pledge …"). */
const STOPS = new Set(['to', 'and', 'but', 'when', 'while', 'which', 'who', 'as', 'that', 'because', 'than', 'or', 'with', 'on', 'at', 'by']);
/** A day or month names when, not what: "three days after Monday", "since March". */
const CALENDAR = new Set('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec yesterday today then now'.split(' '));
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that']);
const MAX_WORDS = 5;
/** Verbs a subject's noun phrase ends at ("The clean-up is now in its 30th day"). */
const VERBS = new Set(['is', 'was', 'has', 'had', 'entered', 'enters', 'reached', 'reaches', 'went', 'goes']);

const gapHasComma = (ws: Word[], sentence: string, i: number) => i > 0 && sentence.slice(ws[i - 1].start + ws[i - 1].raw.length, ws[i].start).includes(',');

/**
 * "… after the tanker ran aground", "… since donors gathered in Geneva": what the duration at
 * words [first, last] counts from, when its words say so. `isEvent(w)` says a word names the
 * story's own event (then the duration is the event's, read elsewhere).
 */
function since(ws: Word[], sentence: string, last: number): SubEvent | null {
  const link = ws[last + 1]?.lower;
  if (link !== 'after' && link !== 'since') return null;
  const words: Word[] = [];
  for (let i = last + 2; i < ws.length && words.length < MAX_WORDS; i++) {
    if (clauseEndsBefore(ws, sentence, i) || gapHasComma(ws, sentence, i) || STOPS.has(ws[i].lower) || CALENDAR.has(ws[i].lower) || /^\d/.test(ws[i].raw)) break;
    words.push(ws[i]);
  }
  // "after it began", "since then", "after Monday": a pronoun or a day says nothing of what it counts from.
  const content = words.filter((w) => !DETERMINERS.has(w.lower) && !STOPWORDS.has(w.lower));
  if (content.length === 0 || content.every((w) => isCapitalised(w.raw))) return null;
  return { thing: words.map((w) => (isCapitalised(w.raw) ? w.raw : w.lower)).join(' '), since: true };
}

/** Words that end what "into the …" names: a preposition or a joining word after its noun. */
const INTO_STOPS = new Set([...STOPS, 'of', 'in', 'at', 'for', 'from', 'over', 'after', 'since', 'against']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'the', 'a', 'an', 'this', 'that']);

/**
 * "Three weeks into the outage", "a month into the investigation", "two days into their hunger
 * strike": how long something has gone on so far, of the noun after "into" (the article's own
 * event is read before this, when the clause names it). Not "crossed into Poland", "poured
 * 2 million into the fund": only a duration reaches here, and only a common noun counts.
 */
function into(ws: Word[], sentence: string, last: number): SubEvent | null {
  if (ws[last + 1]?.lower !== 'into' || gapHasComma(ws, sentence, last + 2)) return null;
  let i = last + 2;
  if (!POSSESSIVES.has(ws[i]?.lower ?? '')) return null;
  i++;
  const head: Word[] = [];
  for (; i < ws.length && head.length < 3; i++) {
    if (clauseEndsBefore(ws, sentence, i) || gapHasComma(ws, sentence, i) || INTO_STOPS.has(ws[i].lower) || CALENDAR.has(ws[i].lower) || /^\d/.test(ws[i].raw)) break;
    head.push(ws[i]);
  }
  const noun = head.at(-1);
  if (noun === undefined || head.some((w) => isCapitalised(w.raw) || STOPWORDS.has(w.lower))) return null;
  return { thing: head.map((w) => w.lower).join(' '), since: false };
}

/** "The clean-up, which began on March 6, is now in its 30th day": the sentence's subject is what "its" duration is of. */
function possessor(ws: Word[], sentence: string, first: number): SubEvent | null {
  if (ws[first - 1]?.lower !== 'its') return null;
  let i = 0;
  while (i < first && DETERMINERS.has(ws[i].lower)) i++;
  const head: Word[] = [];
  for (; i < first - 1 && head.length < 3; i++) {
    if (i > 0 && (gapHasComma(ws, sentence, i) || clauseEndsBefore(ws, sentence, i))) break;
    if (VERBS.has(ws[i].lower) || STOPS.has(ws[i].lower)) break;
    head.push(ws[i]);
  }
  const noun = head.at(-1);
  if (noun === undefined || head.some((w) => isCapitalised(w.raw) && w !== ws[0]) || STOPWORDS.has(noun.lower)) return null;
  return { thing: head.map((w) => w.lower).join(' '), since: false };
}

const LASTED = new Set(['lasted', 'last', 'lasts', 'lasting']);

/**
 * "the outages lasted between one and three hours", "waits of up to nine hours": the noun whose
 * length the duration is, named right before "lasted" or "of".
 */
export function spanOwner(ws: Word[], sentence: string, first: number): SubEvent | null {
  const link = ws[first - 1]?.lower;
  // "The strike has now lasted 12 days": words of time and tense between the noun and its verb.
  let nounAt = first - 2;
  while (nounAt > 0 && LASTED.has(link ?? '') && BETWEEN_LASTED.has(ws[nounAt].lower)) nounAt--;
  if ((link === undefined || (!LASTED.has(link) && link !== 'of')) || nounAt < 0) return null;
  if (gapHasComma(ws, sentence, first - 1) || clauseEndsBefore(ws, sentence, first - 1)) return null;
  const noun = ws[nounAt];
  if (isCapitalised(noun.raw) || STOPWORDS.has(noun.lower) || DETERMINERS.has(noun.lower) || /^\d/.test(noun.raw)) return null;
  // "of" only after a noun that is a span itself ("waits", "delays", "queues"), not "a total of".
  if (link === 'of' && !SPANS.has(noun.lower)) return null;
  return { thing: noun.lower, since: false };
}
const BETWEEN_LASTED = new Set(['now', 'already', 'so', 'far', 'has', 'have', 'had', 'been', 'also', 'still', 'only', 'just']);
/** Nouns that are lengths of time in themselves: "waits of up to nine hours", "delays of two days". */
const SPANS = new Set(['wait', 'waits', 'delay', 'delays', 'queue', 'queues', 'outage', 'outages', 'closure', 'closures', 'shutdown', 'shutdowns', 'stoppage', 'stoppages', 'blackout', 'blackouts', 'disruption', 'disruptions', 'journey', 'journeys', 'shift', 'shifts']);

/** What a duration that names no event is of (its own noun’s length is read first: spanOwner), when its sentence says: a part of the story, or the time since something in it. */
export function subEventOf(ws: Word[], sentence: string, first: number, last: number): SubEvent | null {
  return since(ws, sentence, last) ?? into(ws, sentence, last) ?? possessor(ws, sentence, first);
}
