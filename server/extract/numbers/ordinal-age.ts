import type { Figure, Token } from '../types';
import { parseLiteral } from './literal';
import { TENS } from './lexicon/numbers';
import { ORDINAL_WORDS } from './atoms/idioms';
import { dict } from '../text/util';

/*
 * Ordinals are never counts ("the 16th month of the war", "the third attack"). One use of them
 * does state a figure: an age. "The war, now in its 16th month" says that at least 15 and fewer
 * than 16 whole months have passed, which is a duration a reader can check against the calendar.
 * Only the possessive form after "in"/"into"/"entered" is read, so dates ("in the third year of
 * his term") and rankings stay out.
 */

const LEADS = new Set(['in', 'into', 'entered', 'enters', 'entering', 'enter']);
const UNITS: Record<string, string> = dict({ day: 'days', week: 'weeks', month: 'months', year: 'years', decade: 'decades' });

/** The ordinal at token k ("16th", "second", "twenty-first") and its last token. */
function ordinalAt(t: Token[], k: number): { n: number; last: number } | null {
  const tok = t[k];
  if (tok === undefined) return null;
  if (tok.kind === 'num') {
    const lit = parseLiteral(tok.raw);
    const ok = lit !== null && ['st', 'nd', 'rd', 'th'].includes(lit.suffix) && !lit.hasDecimal && !lit.hasComma;
    return ok && lit.value >= 1 ? { n: lit.value, last: k } : null;
  }
  const w = ORDINAL_WORDS[tok.lower];
  if (w !== undefined && w < 100) return { n: w, last: k };
  const tens = TENS[tok.lower];
  const ones = t[k + 2] !== undefined ? ORDINAL_WORDS[t[k + 2].lower] : undefined;
  if (tens !== undefined && t[k + 1]?.raw === '-' && !t[k + 1].spaced && !t[k + 2].spaced && ones !== undefined && ones < 10) return { n: tens + ones, last: k + 2 };
  return null;
}

/** Every "in its Nth month"-style age in the text, as a duration figure [N-1, N). */
export function ordinalAges(text: string, t: Token[], block: Uint8Array): Figure[] {
  const out: Figure[] = [];
  for (let k = 1; k + 2 < t.length; k++) {
    if ((t[k].lower !== 'its' && t[k].lower !== 'their') || !LEADS.has(t[k - 1].lower)) continue;
    const ord = ordinalAt(t, k + 1);
    if (ord === null) continue;
    const unitTok = t[ord.last + 1];
    const unit = unitTok === undefined ? undefined : UNITS[unitTok.lower];
    if (unit === undefined || block[k + 1] || block[ord.last + 1]) continue;
    const start = t[k + 1].start;
    const end = unitTok.end;
    out.push({
      text: text.slice(start, end), start, end, value: null, low: ord.n - 1, high: ord.n, lowInclusive: true, highInclusive: false,
      qualifier: 'range', unit, currency: null, kind: 'duration', thing: null, multiplier: null, sumOf: null, vague: null,
    });
    k = ord.last + 1;
  }
  return out;
}

const WARS = new Set(['war', 'invasion', 'conflict', 'offensive', 'siege', 'occupation', 'fighting', 'blockade']);

/**
 * "on day 1,000 of the war", "Day 500 of Russia's invasion": the day's number is the war's age
 * in days, at least N-1 whole days and fewer than N. Only with what it is a day of.
 */
export function dayOfWar(text: string, t: Token[], block: Uint8Array): Figure[] {
  const out: Figure[] = [];
  for (let k = 0; k + 3 < t.length; k++) {
    if (t[k].lower !== 'day' || t[k + 1].kind !== 'num' || t[k + 2].lower !== 'of' || block[k + 1]) continue;
    const lit = parseLiteral(t[k + 1].raw);
    if (lit === null || lit.suffix || lit.hasDecimal || lit.value < 2) continue;
    let j = k + 3;
    while (j < k + 8 && t[j] !== undefined && !WARS.has(t[j].lower)) j++;
    if (t[j] === undefined || !WARS.has(t[j].lower)) continue;
    const start = t[k].start;
    const end = t[k + 1].end;
    out.push({
      text: text.slice(start, end), start, end, value: null, low: lit.value - 1, high: lit.value, lowInclusive: true, highInclusive: false,
      qualifier: 'range', unit: 'days', currency: null, kind: 'duration', thing: t[j].raw, multiplier: null, sumOf: null, vague: null,
    });
  }
  return out;
}

/** Merges two reading-ordered lists of figures, dropping any that would overlap an earlier one. */
export function mergeFigures(a: Figure[], b: Figure[]): Figure[] {
  if (b.length === 0) return a;
  const all = [...a, ...b].sort((x, y) => x.start - y.start);
  const out: Figure[] = [];
  for (const f of all) if (out.length === 0 || f.start >= out[out.length - 1].end) out.push(f);
  return out;
}
