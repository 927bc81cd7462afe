import { dict } from '../../text/util';
import { VAGUE_AMOUNTS, type VagueAmount } from '../../../domain/value';
import type { Token } from '../../types';
import type { Atom } from './atom';
import { DIGIT_MULTIPLIERS, ONE_IDIOMS, ONE_PRONOUN_LEADS, VAGUE_LEADS, VAGUE_SINGULAR, VAGUE_WORDS, isNumberWord } from '../lexicon/numbers';
import { isCapitalised, isPluralNoun } from '../../text/nouns';
import { parseWordNumber } from '../spelled';
import { ordinalFraction } from '../spelled/fraction';
import { idiomAtom, ordinalFollows } from './idioms';

/** Hyphenated compounds where a number word is an adjective, not a count: "one-way", "two-state". */
export const HYPHEN_IDIOMS = new Set([
  'way', 'off', 'time', 'times', 'sided', 'state', 'star', 'fold', 'dimensional', 'horse', 'stop', 'liner',
  'piece', 'handed', 'faced', 'on', 'to', 'up', 'eyed', 'track', 'tier', 'pronged', 'party', 'nil', 'all',
  'game', 'match', 'shot', 'hit', 'nation', 'china', 'upmanship', 'for', 'and', 'in',
]);
const PLURAL_SCALES: Record<string, number> = dict({ thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12 });

function vagueAtom(t: Token[], first: number, last: number, amount: VagueAmount, factor: number): Atom {
  return {
    first, last, start: t[first].start, end: t[last].end, value: 0, multiplier: factor === 1 ? null : factor,
    spelled: true, fraction: false, literal: null, vague: amount, vagueFactor: factor, glued: '',
  };
}

/** "hundreds", "tens of thousands", "hundreds of millions", "dozens of millions" (scaled). */
function pluralVague(t: Token[], first: number, i: number): Atom | null {
  const w = t[i].lower;
  if (w === 'tens' && t[i + 1]?.lower === 'of') {
    const key = `tens of ${t[i + 2]?.lower}`;
    return key in VAGUE_AMOUNTS ? vagueAtom(t, first, i + 2, key as VagueAmount, 1) : null;
  }
  const base = VAGUE_WORDS[w];
  if (base === undefined) return null;
  if (base === 'scores' && t[i + 1]?.lower !== 'of') return null;
  if (t[i + 1]?.lower === 'of') {
    const next = t[i + 2]?.lower ?? '';
    const key = `${base} of ${next}`;
    if (key in VAGUE_AMOUNTS) return vagueAtom(t, first, i + 2, key as VagueAmount, 1);
    if (next in PLURAL_SCALES && PLURAL_SCALES[next] > 1) return vagueAtom(t, first, i + 2, base, PLURAL_SCALES[next]);
  }
  return vagueAtom(t, first, i, base, 1);
}

/** "several hundred", "a few thousand", "many thousands", "several hundred thousand". */
function ledVague(t: Token[], i: number): Atom | null {
  const lead = t[i].lower === 'a' && t[i + 1]?.lower === 'few' ? i + 1 : i;
  if (!VAGUE_LEADS.has(t[lead].lower) || (t[lead].lower === 'few' && lead === i) || t[lead].lower === 'some') return null;
  const k = lead + 1;
  const w = t[k]?.lower ?? '';
  if (w in VAGUE_WORDS) return pluralVague(t, i, k);
  const plural = VAGUE_SINGULAR[w];
  if (plural === undefined) return null;
  const next = t[k + 1]?.lower ?? '';
  if ((w === 'hundred' || w === 'dozen') && (next === 'thousand' || next === 'million' || next === 'billion')) {
    const key = `${plural} of ${next}s`;
    if (key in VAGUE_AMOUNTS) return vagueAtom(t, i, k + 1, key as VagueAmount, 1);
    return vagueAtom(t, i, k + 1, plural as VagueAmount, DIGIT_MULTIPLIERS[next]);
  }
  return vagueAtom(t, i, k, plural as VagueAmount, 1);
}

/** Is a lone "one" a pronoun or part of an idiom here ("no one", "one of", "one-way")? */
function pronounOne(t: Token[], i: number, end: number): boolean {
  if (end !== i + 1 || t[i].lower !== 'one') return false;
  const prev = t[i - 1]?.lower ?? '';
  const next = t[i + 1]?.lower ?? '';
  return ONE_PRONOUN_LEADS.has(prev) || ONE_IDIOMS.has(next) || next === '’s' || next === "'s";
}

const HALF_BLOCKERS = new Set(['the', 'first', 'second', 'a', 'latter', 'former', 'other', 'back', 'top', 'bottom', 'this', 'that', 'each', 'one']);
const HALF_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'all']);

/**
 * "half of the drones", "half the homes": a fraction; "the first half of the year" is not, nor
 * "two and half" (a number's own half), nor "half the time" (no plural counted).
 */
function halfOf(t: Token[], i: number): Atom | null {
  if (t[i].lower !== 'half' || HALF_BLOCKERS.has(t[i - 1]?.lower ?? '')) return null;
  if (t[i - 1]?.lower === 'and' && (t[i - 2]?.kind === 'num' || isNumberWord(t[i - 2]?.lower ?? ''))) return null;
  const of = t[i + 1]?.lower === 'of';
  const counted = HALF_DETERMINERS.has(t[i + 1]?.lower ?? '') && t[i + 2]?.kind === 'word' && isPluralNoun(t[i + 2].raw) && !isCapitalised(t[i + 2].raw);
  if (!of && !counted) return null;
  return {
    first: i, last: i, start: t[i].start, end: t[i].end, value: 0.5, multiplier: null,
    spelled: true, fraction: true, literal: null, vague: null, vagueFactor: 1, glued: '',
  };
}

/** Spelled-out numbers and vague amounts starting at word token i. */
export function parseWordAtom(t: Token[], i: number): Atom | null {
  const idiom = idiomAtom(t, i);
  if (idiom !== null) return idiom;
  const half = halfOf(t, i);
  if (half !== null) return half;
  const vague = ledVague(t, i) ?? pluralVague(t, i, i);
  if (vague !== null) return vague;
  const whole = parseWordNumber(t, i);
  const frac = ordinalFraction(t, i);
  const n = frac !== null && (whole === null || frac.end >= whole.end) ? frac : whole;
  if (n === null || pronounOne(t, i, n.end) || ordinalFollows(t, n.end)) return null;
  // "the one hundredth day" is an ordinal; "one hundredth of a second" a fraction.
  if (n.isFraction && t[i - 1]?.lower === 'the' && t[n.end]?.lower !== 'of') return null;
  const after = t[n.end];
  if (after?.raw === '-' && !after.spaced && HYPHEN_IDIOMS.has(t[n.end + 1]?.lower ?? '') && !t[n.end + 1].spaced) return null;
  return {
    first: i, last: n.end - 1, start: t[i].start, end: t[n.end - 1].end, value: n.value, multiplier: n.multiplier,
    spelled: true, fraction: n.isFraction, literal: null, vague: null, vagueFactor: 1, glued: '',
  };
}
