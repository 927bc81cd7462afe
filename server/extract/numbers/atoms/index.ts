import type { Token } from '../../types';
import type { Atom } from './atom';
import { parseLiteral, tidy, vulgarValue } from '../literal';
import { DIGIT_MULTIPLIERS } from '../lexicon/numbers';
import { CASED_UNITS, CURRENCY_SIGNS, GLUED_UNITS, MEASURE_UNITS, NON_FIGURE_SUFFIXES, PERCENT_WORDS, TIME_UNITS } from '../lexicon/units';
import { parseWordAtom } from './words';
import { caretPower, readMultiplier, signedExponent, slashFraction, spacedThousands } from './digits';

export type { Atom } from './atom';

const MINUS = new Set(['-', '−', '–']);
/** A plus glued to a number is its sign ("+5%", "up +3"); it changes nothing but the span. */
const SIGNS = new Set([...MINUS, '+']);

function digitAtom(text: string, t: Token[], i: number): Atom | 'skip' | null {
  const lit = parseLiteral(t[i].raw);
  if (lit === null) return 'skip';
  const grouped = spacedThousands(text, t, i, lit);
  if (grouped !== null) {
    const m = readMultiplier(t, grouped.last + 1);
    const last = m?.last ?? grouped.last;
    return {
      first: i, last, start: t[i].start, end: t[last].end, value: grouped.value * (m?.factor ?? 1), multiplier: m?.factor ?? null,
      spelled: false, fraction: false, literal: { ...lit, value: grouped.value, hasComma: true }, vague: null, vagueFactor: 1, glued: '',
    };
  }
  const frac = slashFraction(t, i);
  if (frac === 'bad') return 'skip';
  const exp = lit.suffix === 'e' && lit.numLength === t[i].raw.length - 1 ? signedExponent(t, i, lit.value) : null;
  let value = lit.value;
  let last = i;
  let fraction = false;
  let glued = '';
  let multiplier: number | null = null;
  if (frac !== null) {
    value = frac.value;
    last = frac.last;
    fraction = true;
  } else if (exp !== null) {
    value = exp.value;
    last = exp.last;
  } else if (lit.suffix) {
    const s = lit.suffix;
    if (NON_FIGURE_SUFFIXES.has(s)) return 'skip';
    if (s in DIGIT_MULTIPLIERS) multiplier = DIGIT_MULTIPLIERS[s];
    // "$3T", "€1.2T": after a currency sign a glued "T" is trillions (alone it may be tonnes).
    else if (s === 't' && t[i - 1] !== undefined && t[i - 1].raw in CURRENCY_SIGNS && !t[i].spaced) multiplier = 1e12;
    else if (s in MEASURE_UNITS || s in GLUED_UNITS || s in TIME_UNITS || PERCENT_WORDS.has(s) || s in CURRENCY_SIGNS) glued = s;
    // "1080p" is a screen's lines, "30p" pence (context.ts tells them apart).
    else if (s === 'p' || t[i].raw.slice(lit.numLength) in CASED_UNITS) glued = s;
    // "50bp", "75bps": basis points (context.ts reads them as a percentage's hundredths).
    else if (s === 'bp' || s === 'bps') glued = s;
    else return 'skip';
  } else {
    const mixed = t[i + 1]?.kind === 'num' && t[i + 1].spaced && Number.isInteger(value) ? slashFraction(t, i + 1) : null;
    const vulgar = t[i + 1]?.kind === 'alnum' ? vulgarValue(t[i + 1].raw) : null;
    if (mixed !== null && mixed !== 'bad') {
      value += mixed.value;
      last = mixed.last;
    } else if (vulgar !== null && Number.isInteger(value)) {
      value += vulgar;
      last = i + 1;
    } else if (t[i + 1]?.lower === 'and' && t[i + 2]?.lower === 'a' && t[i + 3]?.lower === 'half') {
      value += 0.5;
      last = i + 3;
    }
  }
  const power = multiplier === null && glued === '' && !fraction ? caretPower(t, last, value) : null;
  if (power !== null) {
    value = power.value;
    last = power.last;
  } else if (multiplier === null && glued === '') {
    const m = readMultiplier(t, last + 1);
    if (m !== null) {
      multiplier = m.factor;
      last = m.last;
    }
  }
  // A glued unit is in the span as written ("29km", "35C"), as multipliers and time units are.
  const end = t[last].end;
  return {
    first: i, last, start: t[i].start, end, value: tidy(value * (multiplier ?? 1)), multiplier,
    spelled: false, fraction, literal: lit, vague: null, vagueFactor: 1, glued,
  };
}

/** A sign glued to the number and standing apart from what precedes it ("-9.5", "−3"). */
function applySign(t: Token[], a: Atom): Atom {
  const p = t[a.first - 1];
  if (p === undefined || !SIGNS.has(p.raw) || a.first !== 0 && t[a.first].spaced) return a;
  const before = t[a.first - 2];
  if (before !== undefined && (!p.spaced || before.kind === 'num')) return a;
  return { ...a, first: a.first - 1, start: p.start, value: p.raw === '+' ? a.value : -a.value };
}

/** "minus five", "negative 20": spelled signs. */
function negateWord(t: Token[], a: Atom): Atom {
  const p = t[a.first - 1];
  if (p === undefined || (p.lower !== 'minus' && p.lower !== 'negative') || a.vague !== null) return a;
  if (t[a.first - 2]?.kind === 'num') return a;
  return { ...a, first: a.first - 1, start: p.start, value: -a.value };
}

function atomAt(text: string, t: Token[], i: number): Atom | 'skip' | null {
  const tok = t[i];
  if (tok.kind === 'num') return digitAtom(text, t, i);
  if (tok.kind === 'word') return parseWordAtom(t, i);
  if (tok.kind === 'alnum') {
    const v = vulgarValue(tok.raw);
    if (v !== null) return { first: i, last: i, start: tok.start, end: tok.end, value: v, multiplier: null, spelled: false, fraction: true, literal: null, vague: null, vagueFactor: 1, glued: '' };
  }
  return null;
}

const plainInteger = (a: Atom) => a.vague === null && !a.fraction && a.glued === '' && a.range === undefined && Number.isInteger(a.value) && a.value > 0;

/**
 * "one over three", "1 over 20": a fraction read aloud. Only a smaller whole number over a larger
 * one, with nothing after it in the clause, so "more than 400 over 2 years" or "52 over 48" (a
 * score) stay what they are.
 */
function overFraction(text: string, t: Token[], a: Atom): Atom | null {
  if (t[a.last + 1]?.lower !== 'over' || t[a.last + 2] === undefined || !plainInteger(a)) return null;
  const b = atomAt(text, t, a.last + 2);
  if (b === null || b === 'skip' || !plainInteger(b) || a.value >= b.value) return null;
  const after = t[b.last + 1];
  if (after !== undefined && (after.kind !== 'punct' || after.raw === '-' || after.raw === '/' || after.raw === '%')) return null;
  return { ...a, last: b.last, end: b.end, value: a.value / b.value, multiplier: null, fraction: true };
}

/** Every number in the token stream, left to right, none overlapping. */
export function scanAtoms(text: string, t: Token[]): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < t.length; i++) {
    const found = atomAt(text, t, i);
    if (found === null || found === 'skip') continue;
    const atom = overFraction(text, t, found) ?? found;
    out.push(negateWord(t, atom.spelled ? atom : applySign(t, atom)));
    i = atom.last;
  }
  return out;
}
