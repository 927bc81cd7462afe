import type { Token } from '../types';
import { MEASURE_UNITS, TIME_UNITS } from './lexicon/units';
import { parseLiteral } from './literal';
import { dict } from '../text/util';
import { STOPWORDS, isPluralNoun } from '../text/nouns';

/*
 * What a figure is per: "$83.10 per barrel", "3% a year", "$1,200 per person", "4.5 per 100,000
 * people", "120g/km", "€5 each month". "per" takes any noun; "a"/"an"/"each"/"every" take only
 * the nouns a rate is quoted against (time, people, units of trade), so "$5 a man who..." and
 * "3% a year ago" stay what they are.
 */

/** Nouns after "a"/"an"/"each"/"every" that make a rate; time units and measurement units count too. */
const RATE_NOUNS = new Set([
  'head', 'person', 'people', 'capita', 'household', 'family', 'child', 'adult', 'passenger', 'patient', 'pupil', 'student',
  'worker', 'employee', 'share', 'unit', 'piece', 'item', 'night', 'visit', 'trip', 'ride', 'journey', 'ticket', 'seat',
  'dose', 'pack', 'packet', 'bottle', 'box', 'bag', 'plate', 'meal', 'game', 'match', 'episode', 'copy', 'vote', 'go',
  'shift', 'session', 'term', 'semester', 'quarter', 'season', 'annum', 'cup', 'pint', 'litre', 'liter', 'gallon',
  'barrel', 'tonne', 'ton', 'ounce', 'kilo', 'kilogram', 'pound', 'bushel', 'acre', 'hectare', 'mile', 'kilometre',
]);
/** Time words after "a" that are no rate: "a year ago", "a week earlier". */
const NOT_AFTER = new Set(['ago', 'earlier', 'later', 'before', 'after', 'since', 'old', 'long']);
/** "a year or two", "a week and a half", "a day or so": a length of time, not a rate. */
const LENGTH_AFTER = new Set(['a', 'half', 'so', 'two', 'three', 'four']);
/** Words of the noun phrase after "per" that may come before its head ("per square metre"). */
const NOUN_LEADS: Record<string, true> = dict({ square: true, cubic: true, sq: true, metric: true, standard: true, full: true, single: true, extra: true, additional: true });
/** "per cent" is a percentage, "per se" no rate at all. */
const NOT_PER = new Set(['cent', 'centum', 'se', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'your', 'my', 'cents']);

/** One-letter unit symbols after a slash: "mg/l", "m/s" (the tables key them by name). */
const SYMBOLS = new Set(['l', 'm', 's', 'h', 'g', 'd']);

export interface Rate {
  per: string;
  /** Last token of the rate's wording, so the denominator ("100,000 people") is not read as a figure. */
  last: number;
}

const isNoun = (tok: Token | undefined) => tok !== undefined && tok.kind === 'word' && !tok.broken;

function words(t: Token[], from: number, to: number): string {
  let s = t[from].raw;
  for (let j = from + 1; j <= to; j++) s += (t[j].spaced ? ' ' : '') + t[j].raw;
  return s;
}

/** "per 100,000 people", "per 100 km", "per square metre", "per barrel": the noun phrase after "per". */
function afterPer(t: Token[], k: number): Rate | null {
  let j = k;
  const counted = t[j]?.kind === 'num' && parseLiteral(t[j].raw) !== null;
  if (counted) j++;
  else if (t[j]?.lower in NOUN_LEADS) j++;
  if (!isNoun(t[j]) || NOT_PER.has(t[j].lower)) return null;
  // "per 1,000 live births": one describing word before the plural head.
  if (counted && !isPluralNoun(t[j].raw) && !STOPWORDS.has(t[j].lower) && isNoun(t[j + 1]) && t[j + 1].spaced && isPluralNoun(t[j + 1].raw)) j++;
  // Keep the noun singular-or-plural as written, minus a trailing possessive.
  return { per: words(t, k, j).replace(/['’]s$/, ''), last: j };
}

/** "€15 apiece", "$5 each,": a price of one, with nothing after "each" that it counts. */
function apiece(t: Token[], last: number): Rate | null {
  const n = t[last + 1];
  if (n.lower === 'apiece') return { per: n.raw, last: last + 1 };
  const after = t[last + 2];
  if (n.lower === 'each' && (after === undefined || after.kind === 'punct' || (after.kind === 'word' && STOPWORDS.has(after.lower) && after.lower !== 'of'))) return { per: n.raw, last: last + 1 };
  return null;
}

/**
 * The rate that follows token `last`, or null. Rates may chain: "150 litres per person per day"
 * is per "person per day".
 */
export function rateAfter(t: Token[], last: number): Rate | null {
  const r = oneRate(t, last);
  if (r === null) return null;
  const next = t[r.last + 1]?.lower;
  const more = next === 'per' || next === 'a' || next === 'an' || next === 'each' || next === 'every' ? oneRate(t, r.last) : null;
  return more === null ? r : { per: `${r.per} ${words(t, r.last + 1, more.last)}`, last: more.last };
}

function oneRate(t: Token[], last: number): Rate | null {
  const n = t[last + 1];
  if (n === undefined || n.broken) return null;
  if (n.lower === 'per') return afterPer(t, last + 2);
  // "3 doctors for every 1,000 people", "one bed for each patient".
  if (n.lower === 'for' && (t[last + 2]?.lower === 'every' || t[last + 2]?.lower === 'each')) return afterPer(t, last + 3);
  if (n.lower === 'apiece' || n.lower === 'each') {
    const one = apiece(t, last);
    if (one !== null) return one;
  }
  // "120g/km", "$5/kg", "£12/hour": a glued slash and a unit or time word.
  if (n.raw === '/' && !n.spaced) {
    const u = t[last + 2];
    if (u !== undefined && !u.spaced && u.kind === 'word' && (u.lower in MEASURE_UNITS || u.lower in TIME_UNITS || RATE_NOUNS.has(u.lower) || SYMBOLS.has(u.lower))) {
      // "180 µg/m³", "3 kg/m2": the power glued to the unit after the slash is part of it.
      const pow = t[last + 3];
      if (pow !== undefined && !pow.spaced && (pow.raw === '³' || pow.raw === '²')) return { per: u.raw + pow.raw, last: last + 3 };
      return { per: u.raw, last: last + 2 };
    }
    // "3 kg/m2", "50 µg/m3": a unit with its power written as a digit is one token.
    if (u !== undefined && !u.spaced && u.kind === 'alnum' && /^(?:k?m|cm|mm|ft)[23²³]$/i.test(u.raw)) return { per: u.raw.replace(/2$/, '²').replace(/3$/, '³'), last: last + 2 };
    return null;
  }
  if (n.lower === 'a' || n.lower === 'an' || n.lower === 'each' || n.lower === 'every') {
    const w = t[last + 2];
    if (!isNoun(w) || w.spaced === false) return null;
    const noun = w.lower in TIME_UNITS || RATE_NOUNS.has(w.lower) || w.lower in MEASURE_UNITS;
    if (!noun || NOT_AFTER.has(t[last + 3]?.lower ?? '')) return null;
    // "$2,000 a month and wages rose" is a rate; "a year or two", "a week and a half" are not.
    const joined = t[last + 3]?.lower;
    if ((joined === 'and' || joined === 'or') && (t[last + 4]?.kind === 'num' || LENGTH_AFTER.has(t[last + 4]?.lower ?? ''))) return null;
    return { per: w.raw, last: last + 2 };
  }
  return null;
}

/**
 * "5 tonnes of CO2 per hour", "$4 a gallon of milk" is not this: the rate stated after what an
 * amount or measure is of ("of CO2", "of crude"), up to three words on.
 */
export function rateAfterOf(t: Token[], last: number): Rate | null {
  if (t[last + 1]?.lower !== 'of') return null;
  for (let j = last + 2; j <= last + 4 && j < t.length; j++) {
    const w = t[j];
    if ((w.kind !== 'word' && w.kind !== 'alnum') || w.broken || (STOPWORDS.has(w.lower) && j > last + 2)) return null;
    const r = t[j + 1]?.lower === 'per' || (t[j + 1]?.lower === 'for' && t[j + 2]?.lower === 'every') ? rateAfter(t, j) : null;
    if (r !== null) return r;
  }
  return null;
}
