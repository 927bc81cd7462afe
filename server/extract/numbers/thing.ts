import type { Token } from '../types';
import type { Quantity } from './context';
import { STOPWORDS, isPluralNoun } from '../text/nouns';
import { CURRENCY_WORDS } from './lexicon/units';

const DETERMINERS = new Set(['the', 'its', 'their', 'these', 'those', 'his', 'her', 'our', 'your', 'my', 'them', 'all']);
/** Words that may sit between the number and its noun without ending the search. */
const MAX_MODIFIERS = 3;

/** Skip "of" and a determiner: "hundreds of attack drones", "400 of the drones", "40% of its budget". */
function afterOf(t: Token[], k: number): number {
  let j = k;
  if (t[j]?.lower === 'of') {
    j++;
    if (DETERMINERS.has(t[j]?.lower ?? '')) j++;
    // "17 of the train's 38 wagons": an owner before the whole's number is stepped over too.
    const own = possessiveEnd(t, j);
    if (own > j && t[own]?.kind === 'num') j = own;
    // "3,000 of the 12,000 troops": the part counts what the whole counts.
    if (t[j]?.kind === 'num') j++;
  }
  return j;
}

/** Past a possessive word at j ("train's", "train ’s", "train ' s"), or j itself when there is none. */
function possessiveEnd(t: Token[], j: number): number {
  const w = t[j];
  if (!w || w.kind === 'num' || w.kind === 'punct') return j;
  if (/['’]s$/.test(w.raw)) return j + 1;
  if (/^['’]s$/.test(t[j + 1]?.raw ?? '')) return j + 2;
  if (/^['’]$/.test(t[j + 1]?.raw ?? '') && t[j + 2]?.lower === 's') return j + 3;
  return j;
}

/** The word at j, with glued hyphen compounds stepped over ("Iran-made", "one-way"). */
function wordEnd(t: Token[], j: number): number {
  let k = j;
  // "Shahed-136 drones": a designation glued by a hyphen is part of the modifier, not the noun.
  const glue = (x: Token | undefined) => x !== undefined && (x.raw === '-' || (x.raw === '/' && t[k].kind === 'num')) && !x.spaced;
  while (glue(t[k + 1]) && t[k + 2] !== undefined && !t[k + 2].spaced && t[k + 2].kind !== 'punct') k += 2;
  return k;
}

/** "40 more drones", "dozens more drones", "400 additional troops": words that say "further". */
const FURTHER = new Set(['more', 'additional', 'extra', 'further', 'other']);
/** Plural nouns of people that no noun follows as its head ("40 people needs help" is a slip, not a count of needs). */
const PERSONS = new Set(['people', 'men', 'women', 'children', 'folk']);
/** Adjectives that end like adverbs: "180 daily services", "40 elderly residents". */
const LY_ADJECTIVES = new Set(['daily', 'weekly', 'monthly', 'yearly', 'nightly', 'hourly', 'quarterly', 'elderly', 'early', 'costly', 'deadly', 'friendly', 'lonely']);
const CLOSING_QUOTES = new Set(['”', '"', '’', "'"]);

/**
 * The counted noun after a figure: the first plural noun within a few modifiers ("hundreds of
 * attack drones" -> "drones", "more than 400 UAVs" -> "UAVs"). Durations report what they are
 * of ("nine months of war", "9 1/2 month war" -> "war"). Money and percentages count nothing
 * by themselves; a percentage reports what it is of.
 */
export function findThing(t: Token[], q: Quantity): string | null {
  if (q.kind === 'money') return null;
  // A figure quoted on its own ("received “hundreds” of drones") still counts what follows.
  const start = CLOSING_QUOTES.has(t[q.tail + 1]?.raw ?? '') && !t[q.tail + 1].spaced ? q.tail + 2 : q.tail + 1;
  // A percentage or fraction is of something only through "of"; a rate ("1 in 3 homes") names it directly.
  if ((q.kind === 'percent' || q.kind === 'fraction') && t[start]?.lower !== 'of' && q.atoms.length < 2) return null;
  let j = afterOf(t, start);
  // "one person", "a dozen": a singular noun is the thing only right after a count of one.
  const single = q.shape === 'single' && q.values[0] === 1 && j === start;
  if (q.kind === 'duration') {
    const w = t[j];
    if (w === undefined || w.kind !== 'word' || STOPWORDS.has(w.lower) || w.broken) return null;
    if (w.lower === 'long' || w.lower === 'old') return null;
    return w.raw;
  }
  if (FURTHER.has(t[j]?.lower ?? '') && j === start) j++;
  for (let seen = 0; seen <= MAX_MODIFIERS; seen++) {
    const w = t[j];
    if (w === undefined || w.kind !== 'word' || w.broken || STOPWORDS.has(w.lower) || w.lower in CURRENCY_WORDS) return null;
    const end = wordEnd(t, j);
    const text = end === j ? w.raw : t[end].raw;
    if (isPluralNoun(text)) {
      // "140 poultry farms", "20 police officers": after a collective noun used as a modifier, the next noun is what is counted.
      const next = t[end + 1];
      const head = !/s$/i.test(text) && !PERSONS.has(text.toLowerCase()) && next !== undefined && next.kind === 'word' && !next.broken && next.spaced && end === j && /^\p{Ll}\p{L}*s$/u.test(next.raw) && isPluralNoun(next.raw) && !STOPWORDS.has(next.lower);
      return head ? next.raw : text;
    }
    if (single && seen === 0 && end === j) return text;
    if (/ly$/.test(w.lower) && !LY_ADJECTIVES.has(w.lower)) return null;
    j = end + 1;
  }
  return null;
}
