import type { Literal, Token } from '../../types';
import { parseLiteral } from '../literal';
import { DIGIT_MULTIPLIERS } from '../lexicon/numbers';

const SPACED_MULTIPLIERS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'bn', 'mn', 'mln', 'bln', 'tn', 'trn', 'lakh', 'lakhs', 'crore', 'crores', 'dozen', 'dozens']);
const SLASHES = new Set(['/', '⁄']);

export function isFractionPair(a: number, b: number): boolean {
  return Number.isInteger(a) && Number.isInteger(b) && a > 0 && a < b && (b <= 10 || b === 16 || b === 32 || b === 64 || b === 100);
}

/** "a/b" glued at token i (i is the numerator): the fraction, or 'bad' when it is a ratio or date. */
export function slashFraction(t: Token[], i: number): { value: number; last: number } | 'bad' | null {
  if (!SLASHES.has(t[i + 1]?.raw ?? '') || t[i + 1].spaced || t[i + 2]?.kind !== 'num' || t[i + 2].spaced) return null;
  const a = parseLiteral(t[i].raw);
  const b = parseLiteral(t[i + 2].raw);
  if (!a || !b || a.suffix || b.suffix || SLASHES.has(t[i + 3]?.raw ?? '') && !t[i + 3].spaced) return 'bad';
  return isFractionPair(a.value, b.value) ? { value: a.value / b.value, last: i + 2 } : 'bad';
}

/** Multiplier words after digits: "1.7 billion", "$200-million", "3 dozen", "300 thousand". */
export function readMultiplier(t: Token[], j: number): { factor: number; last: number } | null {
  let k = j;
  if (t[k]?.raw === '-' && !t[k].spaced && t[k + 1] !== undefined && !t[k + 1].spaced) k++;
  const w = t[k]?.lower;
  if (w === undefined || t[k].kind !== 'word') return null;
  // A spaced "k" ("2.33 k") only where nothing follows it in the clause: "5 K Street" is an address.
  if (w === 'k' && t[k].spaced && (t[k + 1] === undefined || t[k + 1].kind === 'punct' && t[k + 1].raw !== '-')) return { factor: 1e3, last: k };
  if (!SPACED_MULTIPLIERS.has(w)) return null;
  let factor = DIGIT_MULTIPLIERS[w];
  // "300 thousand million", "1.5 lakh crore" (1.5e12), "2 thousand crore": a scale of a scale.
  if (w === 'hundred' || w === 'thousand' || w === 'lakh' || w === 'lakhs') {
    const next = t[k + 1]?.lower;
    if (next !== undefined && (next === 'thousand' || next === 'million' || next === 'billion' || next === 'crore' || next === 'crores') && DIGIT_MULTIPLIERS[next] > factor) {
      return { factor: factor * DIGIT_MULTIPLIERS[next], last: k + 1 };
    }
  }
  if (w === 'dozens') factor = 12;
  return { factor, last: k };
}

const THOUSANDS_GAP = new Set([' ', '\u00a0', '\u202f', '\u2009']);
const THREE_DIGITS = /^\d{3}$/;

/** "1 500", "10 000": groups of three digits set off by one (usually non-breaking) space. */
export function spacedThousands(text: string, t: Token[], i: number, lit: Literal): { value: number; last: number } | null {
  if (lit.suffix || lit.hasComma || lit.hasDecimal || lit.intDigits > 3 || t[i - 1]?.kind === 'num') return null;
  let value = lit.value;
  let k = i;
  while (t[k + 1]?.kind === 'num' && THREE_DIGITS.test(t[k + 1].raw) && t[k + 1].start === t[k].end + 1 && THOUSANDS_GAP.has(text[t[k].end])) {
    value = value * 1000 + Number(t[k + 1].raw);
    k++;
  }
  return k === i ? null : { value, last: k };
}

const EXP_SIGNS = new Set(['+', '-', '−']);

/**
 * Signs glued after token j, then an integer glued to them: "+14", "-1", "--23" (two minuses
 * cancel). Returns the signed integer and its last token, or null.
 */
function gluedSignedInteger(t: Token[], j: number): { value: number; last: number } | null {
  let k = j;
  let negative = false;
  while (EXP_SIGNS.has(t[k]?.raw ?? '') && !t[k].spaced && k - j < 2) {
    if (t[k].raw !== '+') negative = !negative;
    k++;
  }
  const n = t[k];
  if (n === undefined || n.spaced || n.kind !== 'num' || !/^\d{1,3}$/.test(n.raw)) return null;
  return { value: negative ? -Number(n.raw) : Number(n.raw), last: k };
}

/** "12.32e+14", "-12e-1": an exponent with its sign, after a number whose letters end in "e". */
export function signedExponent(t: Token[], i: number, mantissa: number): { value: number; last: number } | null {
  const e = gluedSignedInteger(t, i + 1);
  if (e === null || t[i + 1].raw === t[i + 2]?.raw) return null;
  return { value: mantissa * 10 ** e.value, last: e.last };
}

/** "1.1^23", "2.5^-1": a power written with a caret right after the number that ends at token j. */
export function caretPower(t: Token[], j: number, base: number): { value: number; last: number } | null {
  if (t[j + 1]?.raw !== '^' || t[j + 1].spaced) return null;
  const e = gluedSignedInteger(t, j + 2);
  if (e === null) return null;
  const value = base ** e.value;
  return Number.isFinite(value) ? { value, last: e.last } : null;
}
