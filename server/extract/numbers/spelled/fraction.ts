import type { Token } from '../../types';
import { ONES, SCALES, TENS } from '../lexicon/numbers';
import { ORDINAL_WORDS } from '../atoms/idioms';
import { parseWordNumber, type WordNumber } from './index';
import { bareFractionEnds } from './parts';

/*
 * Fractions whose denominator is a compound ordinal: "one twenty-fifth", "three twenty-firsts",
 * "a hundred trillionths", "one one hundred fifth" (1/105). The denominator is the longest
 * ordinal phrase at the end of the run that still leaves a whole number in front of it, so
 * "twenty twenty fifths" is 20/25 and "twenty one fifths" is 21/5 ("one fifth" is no ordinal).
 * Plain "three fifths" is the number reader's; this only answers when it reads further.
 */

/** Ordinal units that may end a compound ("twenty-first"); "first" and "second" only in one. */
const ORDINAL_ONES = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth']);
const LONE_NEVER = new Set(['first', 'second']);

function ordinalOf(w: string): { value: number; plural: boolean } | null {
  if (w in ORDINAL_WORDS) return { value: ORDINAL_WORDS[w], plural: false };
  const stem = w.endsWith('s') ? w.slice(0, -1) : '';
  return stem !== '' && stem in ORDINAL_WORDS ? { value: ORDINAL_WORDS[stem], plural: true } : null;
}

function isNumberToken(tok: Token): boolean {
  return tok.kind === 'word' && (tok.lower in ONES || tok.lower in TENS || tok.lower in SCALES);
}

/** Step over a hyphen glued between two words ("twenty-first"). */
function glueHyphen(t: Token[], k: number): number {
  return t[k]?.raw === '-' && !t[k].spaced && t[k + 1] !== undefined && !t[k + 1].spaced ? k + 1 : k;
}

/**
 * The value of the ordinal phrase t[s..o] (o the ordinal word), or null when it is not one:
 * "fifths" (5), "twenty-first" (21), "thirty fifths" (35), "one hundred fifth" (105),
 * "one thousand fifths" (1005).
 */
function ordinalPhrase(t: Token[], s: number, o: number): number | null {
  const ord = ordinalOf(t[o].lower);
  if (ord === null) return null;
  const unit = ord.plural ? t[o].lower.slice(0, -1) : t[o].lower;
  if (s === o) return LONE_NEVER.has(unit) ? null : ord.value;
  // The word before the ordinal (a hyphen between them is allowed).
  const before = t[o - 1]?.raw === '-' && !t[o].spaced ? o - 2 : o - 1;
  if (before < s) return null;
  const bw = t[before].lower;
  if (bw in TENS && ORDINAL_ONES.has(unit)) {
    if (before === s) return TENS[bw] + ord.value;
    const head = parseWordNumber(t.slice(s, before), 0);
    return head !== null && head.end === before - s && head.value % 100 === 0 ? head.value + TENS[bw] + ord.value : null;
  }
  if ((bw === 'hundred' || bw in SCALES) && ord.value < 100) {
    const head = parseWordNumber(t.slice(s, before + 1), 0);
    return head !== null && head.end === before + 1 - s && t[s].lower !== 'a' ? head.value + ord.value : null;
  }
  return null;
}

/** A compound-ordinal fraction starting at word token i, or null. */
export function ordinalFraction(t: Token[], i: number): WordNumber | null {
  const a = t[i].lower === 'a' || t[i].lower === 'an';
  if (!a && !isNumberToken(t[i])) return null;
  // The run of number words (and joining "and"/hyphens) up to the first ordinal word.
  let k = i + 1;
  let o = -1;
  for (; k < t.length && k < i + 12; k++) {
    const tok = t[k];
    if (tok.raw === '-' || tok.lower === 'and') continue;
    if (tok.kind !== 'word') break;
    if (ordinalOf(tok.lower) !== null) {
      o = k;
      break;
    }
    if (!isNumberToken(tok)) break;
  }
  if (o < 0) return null;
  const plural = ordinalOf(t[o].lower)!.plural;
  if (!plural && !bareFractionEnds(t, o + 1)) return null;
  // Longest denominator first: its first token s runs from just after the numerator's first word.
  for (let s = i + 1; s <= o; s++) {
    if (t[s].raw === '-' || t[s].lower === 'and' || t[s - 1].raw === '-' || t[s - 1].lower === 'and') continue;
    const den = ordinalPhrase(t, s, o);
    if (den === null || den === 0) continue;
    // The numerator is read from the words before the denominator only; "a" alone is one, and
    // "a hundred" in front of "trillionths" is a hundred.
    let numerator = a && s === i + 1 ? 1 : null;
    if (numerator === null) {
      // A window of the tokens, not the whole text before them: this runs inside a scan.
      const num = parseWordNumber(t.slice(i, s), 0);
      if (num === null || num.end !== s - i || num.isFraction) continue;
      numerator = num.value;
    }
    return { end: o + 1, value: numerator / den, multiplier: null, isFraction: true };
  }
  return null;
}
