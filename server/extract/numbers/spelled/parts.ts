import type { Token } from '../../types';
import { ONES, SCALES, TENS } from '../lexicon/numbers';

/* The small readers the spelled-number parser (./index) is built from, and the shapes it returns. */

export interface WordNumber {
  /** Token index just past the number. */
  end: number;
  value: number;
  /** The largest scale word used ("two million" -> 1e6), null for plain words. */
  multiplier: number | null;
  isFraction: boolean;
}

export type Last = 'start' | 'a' | 'ones' | 'teen' | 'tens' | 'hundred' | 'scale';


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
