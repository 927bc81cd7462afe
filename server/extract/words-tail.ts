import type { Token } from './types';
import { FRACTION_WORDS, ONES, SCALES, TENS } from './lexicon-numbers';
import { parseWordNumber, type Last, type WordNumber } from './words';

/** "half a million", "half a dozen", "half a percent" at token i ("half"). */
export function halfA(t: Token[], i: number): WordNumber | null {
  const s = t[i + 2]?.lower;
  // "half a per cent", "half a percentage point": the percent itself is read by the caller.
  if (s === 'percent' || s === 'percentage' || (s === 'per' && t[i + 3]?.lower === 'cent')) return { end: i + 2, value: 0.5, multiplier: null, isFraction: false };
  const scale = s === 'dozen' ? 12 : s !== undefined && s !== 'hundred' ? SCALES[s] : undefined;
  if (scale === undefined) return null;
  return { end: i + 3, value: scale / 2, multiplier: scale === 12 ? null : scale, isFraction: false };
}

const AFTER_BARE_FRACTION = new Set(['of', 'more', 'less', 'fewer', 'as', 'again', 'that', 'than']);

/** The word after a run of ones/tens words starting at j, or null when no such run starts there. */
export function smallRunFollower(t: Token[], j: number): string | null {
  let k = j;
  while (k < t.length && (t[k].lower in ONES || t[k].lower in TENS || t[k].raw === '-')) k++;
  if (k === j) return null;
  return t[k]?.lower ?? '';
}

/** "a third" is a fraction only when nothing follows that would make it an ordinal ("a third time"). */
export function bareFractionEnds(t: Token[], j: number): boolean {
  const n = t[j];
  // "a half-life", "a third-party": the hyphen makes the fraction part of a compound word.
  if (n?.raw === '-' && !n.spaced && t[j + 1]?.kind === 'word' && !t[j + 1].spaced) return false;
  return n === undefined || n.kind !== 'word' || AFTER_BARE_FRACTION.has(n.lower);
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
