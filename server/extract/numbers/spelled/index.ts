import type { Token } from '../../types';
import { FRACTION_WORDS, ONES, SCALES, TENS } from '../lexicon/numbers';
import { bareFractionEnds, halfA, smallRunFollower, type Last, type WordNumber } from './parts';

export type { Last, WordNumber } from './parts';

const A_FOLLOWERS = new Set([
  'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', 'half', 'quarter', 'third', 'fifth', 'sixth', 'seventh',
  'eighth', 'ninth', 'tenth', 'twelfth', 'twentieth', 'hundredth', 'thousandth', 'millionth', 'billionth', 'trillionth',
]);

/** Is token j a hyphen glued between two words (the dash in "twenty-five")? */
function innerHyphen(t: Token[], j: number): boolean {
  return j + 1 < t.length && t[j].raw === '-' && !t[j].spaced && !t[j + 1].spaced;
}

/** The word at j, stepping over an inner hyphen or a spaced hyphen after a tens word ("fifty - two"). */
function nextWord(t: Token[], j: number, last: Last): number {
  if (j < t.length && (t[j].raw === '-' || t[j].raw === '‐')) {
    if (innerHyphen(t, j)) return j + 1;
    if (last === 'tens' && j + 1 < t.length && (ONES[t[j + 1].lower] ?? 10) < 10) return j + 1;
  }
  return j;
}

/**
 * Reads spelled-out numbers from token i: "one hundred and sixty-one", "a dozen", "half a million",
 * "two and a half", "three quarters", "two hundred point zero three". Returns null when token i
 * does not start one. Context rules (is "one" a pronoun?) are the caller's.
 */
export function parseWordNumber(t: Token[], i: number, depth = 0): WordNumber | null {
  let total = 0;
  let current = 0;
  let lastScale = Infinity;
  let lastSmall = 0;
  let last: Last = 'start';
  let multiplier: number | null = null;
  let j = i;
  const w0 = t[i]?.lower;
  if (w0 === undefined || t[i].kind !== 'word') return null;
  if (w0 === 'half' && (t[i + 1]?.lower === 'a' || t[i + 1]?.lower === 'an')) return halfA(t, i);
  if (w0 === 'a' || w0 === 'an') {
    if (!A_FOLLOWERS.has(t[i + 1]?.lower ?? '')) return null;
    current = 1;
    lastSmall = 1;
    last = 'a';
    j = i + 1;
  }
  for (;;) {
    const k = nextWord(t, j, last);
    const tok = t[k];
    // "two hundred and thirty-four thousand, five hundred and sixty-seven": a comma may group
    // the rest of a spelled number after a scale word (a smaller group of at least a hundred).
    if (tok?.raw === ',' && last === 'scale' && depth === 0 && t[k + 1]?.kind === 'word') {
      const rest = parseWordNumber(t, k + 1, 1);
      if (rest !== null && !rest.isFraction && rest.value >= 100 && rest.value < lastScale && t[k + 1].lower !== 'a') return { end: rest.end, value: total + rest.value, multiplier, isFraction: false };
    }
    if (tok === undefined || tok.kind !== 'word') break;
    const w = tok.lower;
    const one = ONES[w];
    const ten = TENS[w];
    const scale = SCALES[w];
    const den = FRACTION_WORDS[w];
    if (one !== undefined) {
      const ok = one < 10 ? last !== 'ones' && last !== 'teen' && last !== 'a' : last === 'start' || last === 'hundred' || last === 'scale';
      if (!ok || (last === 'tens' && one === 0)) break;
      current += one;
      lastSmall = last === 'tens' ? lastSmall + one : one;
      last = one < 10 ? 'ones' : 'teen';
    } else if (ten !== undefined) {
      if (last !== 'start' && last !== 'hundred' && last !== 'scale') break;
      current += ten;
      lastSmall = ten;
      last = 'tens';
    } else if (w === 'hundred') {
      if (last === 'start' || last === 'hundred' || current >= 100 || current === 0) break;
      current *= 100;
      multiplier = Math.max(multiplier ?? 0, 100);
      last = 'hundred';
    } else if (scale !== undefined) {
      if (last === 'start' || last === 'scale' || scale >= lastScale) break;
      total += current * scale;
      current = 0;
      lastScale = scale;
      multiplier = Math.max(multiplier ?? 0, scale);
      last = 'scale';
    } else if (w === 'dozen' || w === 'dozens') {
      if (last === 'start' || last === 'hundred' || last === 'scale') break;
      current += lastSmall * 11;
      j = k + 1;
      last = 'scale';
      break;
    } else if (den !== undefined) {
      const plural = w.endsWith('s');
      const numerator = total + current;
      if (last === 'start' || last === 'scale' || last === 'hundred') break;
      if (plural ? numerator < 2 : numerator !== 1) break;
      // "a quarter of a million", "three quarters of a billion": a fraction of a scale is a count.
      const of = t[k + 1]?.lower === 'of' && (t[k + 2]?.lower === 'a' || t[k + 2]?.lower === 'an') ? SCALES[t[k + 3]?.lower ?? ''] : undefined;
      if (of !== undefined && of >= 1000) return { end: k + 4, value: (numerator / den) * of, multiplier: of, isFraction: false };
      // "a third time", "one hundredth birthday": a singular ordinal before a noun is a rank.
      if ((last === 'a' || (!plural && w !== 'quarter' && w !== 'half')) && !bareFractionEnds(t, k + 1)) return null;
      return { end: k + 1, value: numerator / den, multiplier: null, isFraction: true };
    } else if (w === 'and' && last !== 'start' && last !== 'a' && depth < 2) {
      // "one-and-a-half million": the tail may be hyphenated too.
      const n = innerHyphen(t, k + 1) ? k + 2 : k + 1;
      const follower = last === 'hundred' ? smallRunFollower(t, n) : null;
      if (follower !== null && follower !== 'hundred' && !(follower in FRACTION_WORDS)) {
        // "one hundred and sixty (thousand)": the group goes on; "two hundred and three hundred" does not.
        j = n;
        continue;
      }
      const tail = andTail(t, n, last, lastScale, depth);
      if (tail === null) break;
      // "a million and a half" is half a million more, not a half more.
      if (tail.kind === 'half' && last === 'scale') return { end: tail.end, value: total + tail.value * lastScale, multiplier, isFraction: false };
      if (tail.kind === 'half') {
        current += tail.value;
        j = tail.end;
        last = 'ones';
        continue;
      }
      return { end: tail.end, value: total + current + tail.value, multiplier, isFraction: tail.kind === 'fraction' && total + current === 0 };
    } else if (w === 'point' && last !== 'start' && last !== 'a') {
      const dec = decimals(t, k + 1);
      if (dec === null) break;
      const value = Number(`${total + current}.${dec.digits}`);
      // "two point five billion": a scale after the decimals multiplies the whole number.
      const scale = total === 0 && t[dec.end]?.kind === 'word' && t[dec.end].lower !== 'hundred' ? SCALES[t[dec.end].lower] : undefined;
      if (scale !== undefined) return { end: dec.end + 1, value: value * scale, multiplier: scale, isFraction: false };
      return { end: dec.end, value, multiplier, isFraction: false };
    } else break;
    j = k + 1;
  }
  if (last === 'start' || last === 'a') return null;
  return { end: j, value: total + current, multiplier, isFraction: false };
}

export type Tail = { kind: 'half' | 'number' | 'fraction'; value: number; end: number };

/** What may follow "and" inside a number: "and a half", "and sixty", "and three fifths". */
export function andTail(t: Token[], j: number, last: Last, lastScale: number, depth: number): Tail | null {
  const a = t[j]?.lower;
  // "and a half", or hyphenated inside "one-and-a-half".
  const f = t[j + 1]?.raw === '-' && !t[j + 1].spaced && t[j + 2] !== undefined && !t[j + 2].spaced ? j + 2 : j + 1;
  if ((a === 'a' || a === 'an') && t[f] !== undefined) {
    const den = FRACTION_WORDS[t[f].lower];
    if (den !== undefined && !t[f].lower.endsWith('s')) return { kind: 'half', value: 1 / den, end: f + 1 };
  }
  const sub = parseWordNumber(t, j, depth + 1);
  if (sub === null) return null;
  if (sub.isFraction && sub.value < 1) return { kind: 'fraction', value: sub.value, end: sub.end };
  const cap = last === 'hundred' ? 100 : last === 'scale' ? lastScale : 0;
  if (sub.value < cap && (sub.multiplier ?? 0) < cap) return { kind: 'number', value: sub.value, end: sub.end };
  return null;
}

/** Digits after "point": "point zero three" -> "03", "point seventy-one" -> "71". */
export function decimals(t: Token[], j: number): { digits: string; end: number } | null {
  let digits = '';
  let k = j;
  while (k < t.length && t[k].kind === 'word' && (ONES[t[k].lower] ?? 10) < 10) {
    digits += String(ONES[t[k].lower]);
    k++;
  }
  if (digits.length > 1 || (digits.length === 1 && !(t[k]?.raw === '-'))) return { digits, end: k };
  const sub = parseWordNumber(t, j, 2);
  if (sub === null || !Number.isInteger(sub.value)) return null;
  return { digits: String(sub.value), end: sub.end };
}
