import type { Token } from '../types';
import { MEASURE_UNITS, TIME_UNITS } from './lexicon/units';
import { parseLiteral } from './literal';
import { dict } from '../text/util';

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
const NOT_AFTER = new Set(['ago', 'earlier', 'later', 'before', 'after', 'since', 'old', 'long', 'or', 'and']);
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
  if (t[j]?.kind === 'num' && parseLiteral(t[j].raw) !== null) j++;
  else if (t[j]?.lower in NOUN_LEADS) j++;
  if (!isNoun(t[j]) || NOT_PER.has(t[j].lower)) return null;
  // Keep the noun singular-or-plural as written, minus a trailing possessive.
  return { per: words(t, k, j).replace(/['’]s$/, ''), last: j };
}

/** The rate that follows token `last`, or null. */
export function rateAfter(t: Token[], last: number): Rate | null {
  const n = t[last + 1];
  if (n === undefined || n.broken) return null;
  if (n.lower === 'per') return afterPer(t, last + 2);
  // "120g/km", "$5/kg", "£12/hour": a glued slash and a unit or time word.
  if (n.raw === '/' && !n.spaced) {
    const u = t[last + 2];
    if (u !== undefined && !u.spaced && u.kind === 'word' && (u.lower in MEASURE_UNITS || u.lower in TIME_UNITS || RATE_NOUNS.has(u.lower) || SYMBOLS.has(u.lower))) return { per: u.raw, last: last + 2 };
    return null;
  }
  if (n.lower === 'a' || n.lower === 'an' || n.lower === 'each' || n.lower === 'every') {
    const w = t[last + 2];
    if (!isNoun(w) || w.spaced === false) return null;
    const noun = w.lower in TIME_UNITS || RATE_NOUNS.has(w.lower) || w.lower in MEASURE_UNITS;
    if (!noun || NOT_AFTER.has(t[last + 3]?.lower ?? '')) return null;
    return { per: w.raw, last: last + 2 };
  }
  return null;
}
