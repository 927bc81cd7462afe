import type { Figure } from '../types';
import type { QuantityReading } from './reading';
import { wordAt, wordsOf, type Word } from './words';
import { isWhole } from './level';
import { thingName } from './concepts';
import { EVENT_NOUNS } from './event';
import { toMs } from '../../domain/dates';

/*
 * Figures that are no claim about a quantity of the story: "left with his wife and two dogs", "a
 * nurse who commutes three days a week", "my mother is 86", "a 60-member team", "Navia normally runs
 * about 180 sailings a day", "6.5% over two years". The measure stage reads them as incidental when
 * nothing ties them to a tally of the event: they are kept on their source page with their quote,
 * counted nowhere, never flagged and not in the review queue, but listed as "set aside" where a
 * person can still promote one to a measure.
 *
 * Only a figure ingest is unsure of is ever set aside (the caller asks for those alone): a figure
 * whose quantity was read confidently is a claim, whatever its size.
 */

/** The largest count a style guide spells out ("two dogs", "three children"): named in passing, not tallied. */
const SMALL = 9;
const COPULAS = new Set(['is', 'was', 'were', 'are', "'s", 'being', 'aged', 'age']);
/** Words a tally is the subject of ("the toll was 86"): with these before a copula, the figure is no age. */
const TALLY_SUBJECTS = new Set(['toll', 'total', 'number', 'count', 'tally', 'figure', 'score', 'rate', 'result', 'sum', 'level', 'cost', 'bill', 'price', 'temperature', 'reading']);
/** What a clause says is usual ("normally", "usually"): a baseline, not what happened. */
const HABITUAL = new Set(['normally', 'usually', 'typically', 'ordinarily', 'routinely', 'customarily']);

/** Present-tense verbs of what an organisation or a place always is: "employs 11,400 people", "serves 1.9 million". */
const STANDING = new Set([
  'employs', 'employ', 'employing', 'serves', 'serve', 'serving', 'runs', 'running', 'operates', 'operate', 'operating', 'represents', 'represent', 'representing',
  'owns', 'own', 'owned', 'supplies', 'manages', 'oversees', 'staffs', 'insures', 'covers',
  // What someone keeps or had: "who keeps 12,000 hens", "Last week I had 62,000 chickens".
  'keeps', 'keep', 'kept', 'has', 'have', 'had', 'raises', 'breeds', 'farms', 'houses',
]);
/** "an operator … with 2,300 employees": the size of a body, named by its staff or members. */
const BODY_NOUNS = new Set(['employees', 'staff', 'staffers', 'members', 'pupils', 'students', 'beds', 'branches', 'stores', 'shops', 'outlets', 'subscribers', 'customers']);
/** "a country of 4.1 million people", "Brask, a town of about 14,500": the size of a place or a body, not of the event. */
const POPULATED = /\b(?:country|nation|town|city|village|island|region|province|state|district|municipality|community|member|metropolis|capital|population|union|workforce)\s+of\s*$/i;

/** The words of the figure [first, last] in `ws`, from its offset `at` in `sentence`. */
function figureWords(ws: Word[], f: Figure, at: number): { first: number; last: number } {
  const first = wordAt(ws, at);
  const last = Math.max(first, wordAt(ws, at + f.text.length) - 1);
  return { first, last };
}

/**
 * "My mother is 86.", "most of the victims were over 75 and lived alone", "aged 44": a bare number
 * after a copula or "aged", with nothing counted and no tally as its subject, is someone's age.
 */
function isAge(ws: Word[], first: number, last: number, f: Figure): boolean {
  if (f.kind !== 'count' || f.thing !== null || f.value === null || f.value < 1 || f.value > 120) return false;
  const before = ws[first - 1]?.lower;
  if (before === undefined || !COPULAS.has(before)) return false;
  if (before === 'aged' || before === 'age') return true;
  // The copula's subject: the nearest word before it that is not a determiner.
  for (let i = first - 2; i >= Math.max(0, first - 5); i--) {
    const w = ws[i].lower;
    if (TALLY_SUBJECTS.has(w)) return false;
    if (/^\d/.test(w)) return false;
  }
  // "… is 86." / "… were over 75 and …": nothing after the number makes it a count of something.
  const next = ws[last + 1]?.lower;
  return next === undefined || next === 'and' || next === 'but' || next === 'when' || next === 'now' || next === 'years' || next === 'year';
}

/** "a 60-member team", "a 400-km border": the number describes the noun it is hyphened to. */
function describesNoun(sentence: string, at: number, f: Figure): boolean {
  return f.kind === 'count' && /^-\p{L}/u.test(sentence.slice(at + f.text.length));
}

/** "Two visits in five years": a small count with its own span is a rate a reader would weigh, not a passing detail. */
function hasOwnSpan(sentence: string, at: number, f: Figure): boolean {
  const after = sentence.slice(at + f.text.length, at + f.text.length + 60);
  const rest = f.thing && after.trimStart().startsWith(f.thing) ? after.trimStart().slice(f.thing.length) : after;
  return /^\s+(?:in|over|within|during)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+)?(?:\S+\s+)?(?:years?|months?|weeks?|days?|hours?)\b/i.test(rest);
}

/**
 * What a place or a body is whatever happens ("a country of 4.1 million people", "employs about
 * 11,400 people", "one of 34 large dams"), what was before the event ("home to about 180,000 people
 * before the fighting") and the whole a stated part is of ("1,150 of the 1,400 trains"): figures
 * of the story's background, not of what it counts. Only for figures nothing says the deed of.
 */
function standingFact(ws: Word[], sentence: string, at: number, first: number, last: number, f: Figure): string | null {
  const peopleOrNothing = f.thing === null || thingName(f.thing) === 'people';
  if (peopleOrNothing && POPULATED.test(sentence.slice(Math.max(0, at - 40), at))) return `the size of a place or a body (“${sentence.slice(Math.max(0, at - 12), at).trim().split(/\s+/).slice(-2).join(' ')} ${f.text}”), not a count of the story’s event`;
  const verb = ws[first - 1]?.lower ?? '';
  if (STANDING.has(verb)) return `what a body always does or has (“${ws[first - 1].raw} ${f.text}”), not what the story’s event did`;
  // "runs nine hospitals and 31 clinics": the next item of a list after such a verb.
  if (verb === 'and' || verb === 'or') {
    for (let k = first - 2; k >= Math.max(1, first - 5); k--) {
      if (/ed$/.test(ws[k].lower)) break;
      if (STANDING.has(ws[k].lower)) return `what a body always does or has (“${ws.slice(k, first).map((w) => w.raw).join(' ')} ${f.text}”), not what the story’s event did`;
    }
  }
  if (verb === 'with' && f.thing !== null && BODY_NOUNS.has(f.thing.toLowerCase())) return `the size of a body (“with ${f.text} ${f.thing}”), not a count of the story’s event`;
  if (verb === 'of' && ws[first - 2]?.lower === 'one') return `the whole that “one of ${f.text}” is counted from, not a count of the story`;
  // "The site was laid out for 20,000", "the 20,000 it was designed for", "a capacity of 20,000": what a place can hold.
  const near = ws.slice(Math.max(0, first - 5), Math.min(ws.length, last + 6)).map((w) => w.lower).join(' ');
  if (/\b(?:designed for|built for|laid out for|planned for|meant for|capacity(?: of)?|room for|space for)\b/.test(near)) return `what a place was built to hold (“${f.text}”), not a count of the story’s event`;
  if (isWhole(ws, first)) return `the whole a stated part is counted from (“of ${f.text}”), not a count of its own`;
  // "was home to about 180,000 people before the fighting": the figure states what the event changed.
  for (let i = last + 1; i < Math.min(ws.length, last + 9); i++) {
    if (ws[i].lower === 'before' && ['the', 'this', 'its'].includes(ws[i + 1]?.lower ?? '') && ws.slice(i + 2, i + 4).some((w) => EVENT_NOUNS[w.lower] !== undefined)) return `what was there before the story’s event (“${f.text} … before the ${ws[i + 2].raw}”), not a count of it`;
  }
  return null;
}

/**
 * Why a figure is incidental to its story, or null when it may be a claim. `at` is the figure's
 * offset in `sentence`; `reading` what the quantities stage read of it (null: nothing says what it counts).
 */
export function incidentalReason(f: Figure, sentence: string, at: number, reading: QuantityReading | null): string | null {
  if (f.qualifier === 'none' || f.vote || f.change) return null;
  const ws = wordsOf(sentence);
  if (ws.length === 0) return null;
  const { first, last } = figureWords(ws, f, at);
  if (f.kind === 'duration') {
    // A duration of the event, or of a named part of it, is read as one; any other is the telling's own time.
    return reading === null ? `a span of time in the telling (“${f.text}”), not a duration of the story’s event or of a part of it` : null;
  }
  // "with 187mm falling at the gauge", "lies less than 4km below the dam", "40 miles from her hospital":
  // a length nothing says the thing or the deed of is a detail of the telling.
  if (f.kind === 'measure' && reading !== null && !reading.near && reading.thing === 'length') return `a length with nothing saying what it measures (“${f.text}”), not a quantity of the story`;
  // "exports only about 8% of its production", "0.6 per cent of Corvenna's annual output", "fines of up to
  // 4% of an organisation's turnover": a share nothing says the story's deed of is the background's proportion.
  if (f.kind === 'percent' && reading === null && /^\s+of\s+(?:the|its|their|his|her|an?|all|[\p{Lu}][\p{L}-]*['’]s)\b/u.test(sentence.slice(at + f.text.length))) return `a share of a whole that no deed of the story counts (“${sentence.slice(at, at + f.text.length + 24).trim()}…”), not a quantity of the story`;
  if (f.kind !== 'count' || (reading !== null && reading.near)) return null;
  if (isAge(ws, first, last, f)) return `someone’s age (“${f.text}”), not a quantity of the story`;
  if (describesNoun(sentence, at, f)) return `a number that describes a thing (“${sentence.slice(at, at + f.text.length + 12).split(/\s/)[0]}”), not a count of the story`;
  const habit = ws.slice(Math.max(0, first - 4), first).some((w) => HABITUAL.has(w.lower));
  if (habit && reading === null) return `what is usual (“${ws.slice(Math.max(0, first - 4), first).find((w) => HABITUAL.has(w.lower))!.raw} … ${f.text}”), not what the story’s event did`;
  if (reading === null) {
    const background = standingFact(ws, sentence, at, first, last, f);
    if (background !== null) return background;
  }
  const high = f.high ?? f.value;
  if (high !== null && high <= SMALL && !f.per && !hasOwnSpan(sentence, at, f)) {
    return `a small count named in passing (“${f.text}${f.thing ? ` ${f.thing}` : ''}”) that no deed of the story’s event counts`;
  }
  return null;
}

/** Words that set another event of the same kind beside the story's: "the last major outbreak", "its worst previous rail accident". */
const EARLIER = new Set(['previous', 'last', 'earlier', 'prior', 'former', 'worst', 'deadliest', 'biggest', 'largest', 'similar']);
const YEAR_MS = 365 * 86_400_000;
/** How far back a "when a …" clause alone says another event: five years. */
const LONG_AGO_MS = 5 * YEAR_MS;

/**
 * "The last major outbreak, in 2016, led to the culling of 210,000 birds", "Eskeland's worst
 * previous rail accident, at Holmsted in 1987, killed four people", "In 1987, four people died …
 * when a timber train left the rails": a figure its sentence dates a year or more before the
 * article, of an event the sentence sets beside the story's, is that other event's, however
 * confidently its words read. Null when the figure may be the story's.
 */
export function earlierEventReason(sentence: string, asOf: string | null, published: string | null): string | null {
  if (asOf === null || published === null || toMs(published) - toMs(asOf) < YEAR_MS) return null;
  const ws = wordsOf(sentence);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i].lower;
    if (EVENT_NOUNS[w] !== undefined) {
      const mark = ws.slice(Math.max(0, i - 4), i).find((x) => EARLIER.has(x.lower));
      if (mark) return `a figure of an earlier event (“${ws.slice(ws.indexOf(mark), i + 1).map((x) => x.raw).join(' ')}”, ${asOf.slice(0, 4)}), not of the story’s`;
    }
    // "… when a timber train left the rails": a past event told by its own clause, long before the
    // story (a war's own "in 2022, when a drone hit the plant" is not set aside two years on).
    if (w === 'when' && (ws[i + 1]?.lower === 'a' || ws[i + 1]?.lower === 'an') && toMs(published) - toMs(asOf) >= LONG_AGO_MS) return `a figure of an earlier event (“${ws.slice(i, i + 4).map((x) => x.raw).join(' ')}”, ${asOf.slice(0, 4)}), not of the story’s`;
  }
  return null;
}
