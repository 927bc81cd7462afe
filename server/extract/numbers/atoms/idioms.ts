import type { Token } from '../../types';
import type { Atom } from './atom';
import { TIME_UNITS } from '../lexicon/units';
import { dict } from '../../text/util';

/*
 * Word amounts that are not built from number words: "a couple" (about two), "a handful" (a
 * small range), "a year and a half" (a duration of 1.5 years). Read before number words so the
 * "a half" inside "a year and a half" is not taken for a fraction.
 */

/** "once a decade", "twice a century": how often, not how long. */
const FREQUENCY_LEADS = new Set(['once', 'twice', 'thrice', 'times', 'per', 'every', 'each']);

/** "a handful" is more than one and fewer than ten; no interval table lists it, so this says it. */
const HANDFUL: [number, number] = [2, 9];
/** Singular time units that take "and a half": "a year and a half", "an hour and a half". */
const HALVABLE = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'decade', 'century', 'fortnight']);

function atom(t: Token[], first: number, last: number, value: number, extra: Partial<Atom>): Atom {
  return {
    first, last, start: t[first].start, end: t[last].end, value, multiplier: null, spelled: true, fraction: false,
    literal: null, vague: null, vagueFactor: 1, glued: '', ...extra,
  };
}

/** Ordinal words: "the twenty-first attack" is not a count of twenty. */
export const ORDINAL_WORDS: Record<string, number> = dict({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000, millionth: 1e6, billionth: 1e9, trillionth: 1e12,
});

/** "a couple", "a handful", "a year and a half" at token i (the article), or null. */
export function idiomAtom(t: Token[], i: number): Atom | null {
  const a = t[i].lower;
  if (a !== 'a' && a !== 'an') return null;
  const w = t[i + 1]?.lower;
  if (w === 'couple' && t[i + 2]?.lower !== 'who' && t[i + 2]?.lower !== 'that') return atom(t, i, i + 1, 2, { approx: true });
  if (w === 'handful') return atom(t, i, i + 1, 0, { range: HANDFUL });
  if (w !== undefined && HALVABLE.has(w) && t[i + 2]?.lower === 'and' && t[i + 3]?.lower === 'a' && t[i + 4]?.lower === 'half') {
    return atom(t, i, i + 4, 1.5, { glued: w in TIME_UNITS ? w : '' });
  }
  // "more than a decade", "spent a decade in prison": one decade or century is a duration. Not
  // "once a decade" (a frequency); "a decade ago" is a date (context.ts drops it).
  const aged = t[i + 2]?.raw === '-' && t[i + 3]?.lower === 'old';
  if ((w === 'decade' || w === 'century') && t[i + 1].spaced && !aged && !FREQUENCY_LEADS.has(t[i - 1]?.lower ?? '') && !sinceSuperlative(t, i)) return atom(t, i, i + 1, 1, { glued: w });
  return null;
}

/** "the biggest rise in a decade", "the first time in a century": a comparison, not a duration. */
function sinceSuperlative(t: Token[], i: number): boolean {
  const p = t[i - 1]?.lower;
  if (p !== 'in' && p !== 'for') return false;
  for (let j = i - 2; j >= Math.max(0, i - 7); j--) {
    const w = t[j];
    if (w.kind === 'punct' && w.raw !== '-') return false;
    if (w.kind === 'word' && (/^(?:high|low|larg|bigg|small|great|strong|weak|fast|slow|warm|cold|hott|wett|dri|wors|steep|sharp)est$/.test(w.lower) || w.lower === 'first' || w.lower === 'most' || w.lower === 'least' || w.lower === 'best' || w.lower === 'record')) return true;
  }
  return false;
}

/**
 * Is the spelled number ending before token `end` the start of an ordinal ("twenty-first",
 * "twenty first", "one hundred and twentieth")? A lone "second" after "one" is a time unit.
 */
export function ordinalFollows(t: Token[], end: number): boolean {
  const n = t[end];
  if (n === undefined) return false;
  if (n.raw === '-' && !n.spaced && t[end + 1] !== undefined && !t[end + 1].spaced) return t[end + 1].lower in ORDINAL_WORDS;
  return n.kind === 'word' && n.lower in ORDINAL_WORDS && n.lower !== 'second';
}
