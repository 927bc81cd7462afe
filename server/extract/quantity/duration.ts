import type { Figure } from '../types';
import { stem } from '../measure/words';
import { thingName } from './concepts';
import { spanOwner, subEventOf } from './sub-event';
import type { Word } from './words';
import type { EventWords, QuantityReading } from './reading';

/*
 * What a duration counts: the story's event ("now in its third week", "the 40-day walkout"), a
 * noun's own length ("the outages lasted three hours"), a part of the story or the time since
 * something in it (./sub-event); or nothing of the story (the span of a record or of a deal).
 */

/** A duration's reading: of `thing`, or the time since it. */
function durationOf(thing: string, since = false): QuantityReading {
  return { concept: 'duration', family: 'duration', label: 'duration', thing, scope: null, kind: 'duration', per: null, stated: false, near: true, prep: 'of', moneyName: null, ...(since ? { since: true } : {}) };
}

/** The reading of duration `f` at words [first, last] of its sentence, its clause [from, to); null when it is no duration of the story. */
export function readDuration(f: Figure, ws: Word[], sentence: string, at: number, first: number, last: number, from: number, to: number, event: EventWords | null): QuantityReading | null {
  const eventWords = event?.words ?? new Set<string>();
  // "the first national strike for 30 years", "the worst drought in 60 years": the span of a
  // record, not a duration of the story's event. "3% a year for two years", "€1.1 billion over
  // the two years": the span of a deal or a payment.
  if ((/year|decade|centur/i.test(f.text) && recordSpan(ws, first, from)) || dealSpan(sentence, at)) return null;
  // "58,000 operations were postponed in 23 days of strikes": days on which the events happened,
  // summed, not the time since the first began.
  const events = ws[last + 1]?.lower === 'of' ? ws[last + 2]?.lower ?? '' : '';
  if (event !== null && events !== event.noun && stem(events) === stem(event.noun) && /s$/.test(events)) return durationOf(events);
  // "now in its third week": a duration that names nothing is the article's event's, when its clause names the event.
  // Not "a 10-year contract": a compound adjective describes the noun after it, whatever it is.
  // "The strike, which began on March 6, is now in its fifth week": "its" is the sentence's subject's.
  const possessed = ws[first - 1]?.lower === 'its' ? ws.slice(0, first) : [];
  // The event's noun in another form names it too: "After 16 days on the picket line, striking ferry workers say …".
  const eventStem = event === null ? null : stem(event.noun);
  const names = (w: Word) => eventWords.has(w.lower) || w.stem === eventStem;
  // "the outages lasted three hours", "waits of up to nine hours": a duration whose own noun is named is that noun's,
  // whatever event the clause names ("the strike lasted 40 days" is still the strike's).
  const length = f.thing || f.text.includes('-') ? null : spanOwner(ws, sentence, first);
  if (length !== null && !eventWords.has(length.thing) && stem(length.thing) !== eventStem) return durationOf(length.thing);
  const ofEvent = event !== null && !f.text.includes('-') && [...ws.slice(from, to), ...possessed].some(names) ? event.noun : null;
  // "the 40-day walkout" and "the strike, now in its fifth week" are durations of one event.
  // "a 40-day ferry strike": the event's word may follow the noun the figure qualifies.
  const ofCompound = event !== null && ws.slice(last + 1, last + 4).some((w) => eventWords.has(w.lower));
  const of = f.thing ? (ofCompound ? event!.noun : thingName(f.thing)) : ofEvent;
  if (of !== null) return durationOf(of);
  // Not the event's: a part of the story ("the clean-up … in its 30th day") or the time since something in it.
  const sub = f.text.includes('-') ? null : subEventOf(ws, sentence, first, last);
  return sub === null ? null : durationOf(sub.thing, sub.since);
}

const RECORDS = new Set(['first', 'worst', 'biggest', 'largest', 'longest', 'deadliest', 'highest', 'lowest', 'heaviest', 'strongest', 'hottest', 'driest', 'wettest', 'coldest', 'most', 'least', 'only', 'last']);
const SPAN_WORDS = new Set(['in', 'for', 'since']);

/** "the first national nursing walkout in the country for 30 years": a superlative, then "in/for (the past) N years" (a span of years: the caller asks). */
function recordSpan(ws: Word[], first: number, from: number): boolean {
  let k = first - 1;
  if (ws[k]?.lower === 'past' || ws[k]?.lower === 'last') k -= ws[k - 1]?.lower === 'the' ? 2 : 1;
  if (!SPAN_WORDS.has(ws[k]?.lower ?? '')) return false;
  for (let i = k - 1; i >= Math.max(from, k - 9); i--) if (RECORDS.has(ws[i].lower)) return true;
  return false;
}

/** "3% a year for two years", "8% over two years", "€1.1 billion over the two years": a rate or an amount, then "for/over (the) N years". */
const DEAL_SPAN = /(?:[%€$£¥]|\d\s*(?:per ?cent|percent|billion|million|bn)\b)(?:\s+(?:a|per|each)\s+(?:year|month|week))?\s+(?:for|over)\s+(?:the\s+)?$/i;
function dealSpan(sentence: string, at: number): boolean {
  return DEAL_SPAN.test(sentence.slice(Math.max(0, at - 40), at));
}
