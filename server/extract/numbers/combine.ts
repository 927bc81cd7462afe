import type { Token } from '../types';
import type { Quantity } from './context';
import { tidy } from './literal';
import { isPluralNoun } from '../text/nouns';

const RANGE_DASHES = new Set(['-', '–', '—', '~', '‒', '―']);
const RANGE_WORDS = new Set(['to', 'through', 'thru', 'till', 'until']);
/** "rose from 5% to 10%" is a change between two figures, not a range. */
const CHANGE_VERBS = new Set([
  'rose', 'rise', 'risen', 'rising', 'rises', 'increased', 'increase', 'increases', 'increasing', 'fell', 'fall',
  'fallen', 'falling', 'falls', 'dropped', 'drop', 'drops', 'declined', 'decline', 'jumped', 'jump', 'climbed',
  'grew', 'grown', 'growing', 'cut', 'cuts', 'reduced', 'reducing', 'raised', 'raising', 'up', 'down', 'slipped',
  'surged', 'soared', 'plunged', 'slumped', 'went', 'moved', 'changed', 'revised', 'lowered', 'boosted', 'doubled',
  'tripled', 'halved', 'expanded', 'shrank', 'shrunk', 'widened', 'narrowed', 'upgraded', 'downgraded', 'lifted',
]);

/** "lost 2 yen to 140 yen", "gained 5 points to 3,400": a change and its level, but "lost 20 to 30 tanks" is a range. */
const WEAK_CHANGE_VERBS = new Set(['lost', 'gained', 'added', 'shed', 'slid', 'eased', 'dipped', 'tumbled', 'sank', 'advanced', 'rallied', 'edged', 'plummeted', 'decreased']);

function changeBefore(t: Token[], k: number, q?: Quantity): boolean {
  const weak = q !== undefined && (q.kind === 'money' || q.kind === 'percent' || q.unit === 'points');
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) if (CHANGE_VERBS.has(t[j].lower) || (weak && WEAK_CHANGE_VERBS.has(t[j].lower))) return true;
  return false;
}

function compatible(a: Quantity, b: Quantity): boolean {
  if (a.vague !== null || b.vague !== null || a.shape !== 'single' || b.shape !== 'single') return false;
  if (a.kind === 'count' || a.kind === b.kind) return a.currency === null || b.currency === null || a.currency === b.currency;
  return a.kind === 'money' && b.kind === 'count';
}

/** Joins "1,500-2,400", "from 1,500 to 2,400", "between 300 and 700 km", "two or three", "$1.5-2 billion". */
function tryRange(t: Token[], a: Quantity, b: Quantity): Quantity | null {
  if (!compatible(a, b) || b.first !== a.last + 2) return null;
  const c = t[a.last + 1];
  const lead = t[a.first - 1]?.lower;
  const isBetween = lead === 'between' && c.lower === 'and';
  const isFrom = lead === 'from' && RANGE_WORDS.has(c.lower);
  const ok = RANGE_DASHES.has(c.raw) || RANGE_WORDS.has(c.lower) || isBetween || c.lower === 'or';
  if (!ok || (isFrom && changeBefore(t, a.first - 1)) || (RANGE_WORDS.has(c.lower) && changeBefore(t, a.first, a))) return null;
  let lo = a.values[0];
  const hi = b.values[0];
  if (a.multiplier === null && b.multiplier !== null && b.kind !== 'percent') {
    const baseB = hi / b.multiplier;
    if (lo <= baseB || lo < 1000) lo = tidy(lo * b.multiplier);
  }
  if (!(hi > lo)) return null;
  if (c.lower === 'or' && (hi > lo * 2 + 1 || a.kind !== b.kind || !Number.isInteger(lo) || !Number.isInteger(hi))) return null;
  const first = isBetween || isFrom ? a.first - 1 : a.first;
  const kind = a.kind === 'count' ? b.kind : a.kind;
  return {
    ...b,
    atoms: [...a.atoms, ...b.atoms],
    first, start: t[first].start,
    values: [lo, hi],
    kind,
    unit: b.unit ?? a.unit,
    currency: b.currency ?? a.currency,
    multiplier: b.multiplier ?? a.multiplier,
    shape: 'range',
  };
}

/** Joins "100 + 60 + six" into one figure whose value is the sum. */
function trySum(t: Token[], a: Quantity, b: Quantity): Quantity | null {
  if (b.first !== a.last + 2 || a.vague !== null || b.vague !== null || a.shape === 'range' || b.shape !== 'single') return null;
  const op = t[a.last + 1];
  if (op.raw !== '+' && op.lower !== 'plus') return null;
  if (a.kind !== b.kind && !(a.kind === 'count' && b.kind !== 'fraction')) return null;
  if (a.currency !== null && b.currency !== null && a.currency !== b.currency) return null;
  return {
    ...b,
    atoms: [...a.atoms, ...b.atoms],
    first: a.first, start: a.start,
    values: [...a.values, ...b.values],
    currency: b.currency ?? a.currency,
    shape: 'sum',
  };
}

/** "one in five children", "1 in 4 adults": a rate, kept as the fraction it states. */
function tryRatio(t: Token[], a: Quantity, b: Quantity): Quantity | null {
  // "one in five", "4 out of 10", "nine out of every ten".
  const outOf = t[a.last + 1]?.lower === 'out' && t[a.last + 2]?.lower === 'of';
  const gap = outOf ? (t[a.last + 3]?.lower === 'every' ? 3 : 2) : 1;
  if (b.first !== a.last + gap + 1 || (!outOf && t[a.last + 1].lower !== 'in') || a.shape !== 'single' || b.shape !== 'single') return null;
  if (a.kind !== 'count' || b.kind !== 'count' || a.vague !== null || b.vague !== null) return null;
  const [x, y] = [a.values[0], b.values[0]];
  if (!Number.isInteger(x) || !Number.isInteger(y) || x < 1 || (x > 10 && !outOf) || y <= x) return null;
  return { ...b, atoms: [...a.atoms, ...b.atoms], first: a.first, start: a.start, values: [tidy(x / y)], kind: 'fraction', multiplier: null };
}

/**
 * "two million and 40,000", "three billion and 200 million", "$1 million and 500,000": a round
 * amount and the remainder below its multiplier are one figure. Not "between 2 million and 3
 * million" (same multiplier), nor "$2 million and 300 jobs" (the second counts something else),
 * nor "$4 billion and $300 million" (two amounts, each with its currency).
 */
function tryRemainder(t: Token[], a: Quantity, b: Quantity): Quantity | null {
  if (b.first !== a.last + 2 || t[a.last + 1].lower !== 'and' || a.shape !== 'single' || b.shape !== 'single') return null;
  if (a.vague !== null || b.vague !== null || a.multiplier === null || a.multiplier < 1000 || t[a.first - 1]?.lower === 'between') return null;
  const [x, y] = [a.values[0], b.values[0]];
  if (x % a.multiplier !== 0 || !(y < a.multiplier) || y <= 0 || (b.multiplier !== null && b.multiplier >= a.multiplier)) return null;
  const next = t[b.last + 1];
  if (next !== undefined && next.kind === 'word' && next.spaced && isPluralNoun(next.raw) && a.kind === 'money') return null;
  const sameKind = a.kind === b.kind || (a.kind === 'money' && b.kind === 'count') || (a.kind === 'count' && b.kind === 'money');
  // "£3bn and GBP 400m", "$4 billion and $300 million": each amount marks its own currency, so
  // each is an amount of its own; the remainder of one amount does not repeat the mark.
  if (!sameKind || (a.currency !== null && b.currency !== null)) return null;
  return {
    ...b,
    atoms: [...a.atoms, ...b.atoms],
    first: a.first, start: a.start,
    values: [tidy(x + y)],
    kind: a.kind === 'money' ? 'money' : b.kind,
    unit: b.unit ?? a.unit,
    currency: b.currency ?? a.currency,
    multiplier: a.multiplier,
  };
}

/** Merges neighbouring quantities into ranges and sums, left to right. */
export function combine(t: Token[], qs: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const q of qs) {
    const prev = out[out.length - 1];
    const merged = prev === undefined ? null : trySum(t, prev, q) ?? tryRatio(t, prev, q) ?? tryRemainder(t, prev, q) ?? (prev.shape === 'single' ? tryRange(t, prev, q) : null);
    if (merged !== null) out[out.length - 1] = merged;
    else out.push(q);
  }
  return out;
}
