import { dict } from '../text/util';
import type { VagueAmount } from '../../domain/value';
import type { FigureKind, Token } from '../types';
import type { Atom } from './atoms';
import { currencyAfter, currencyBefore, type CurrencyMark } from './currency';
import { AREA_PREFIXES, CASED_UNITS, CURRENCY_SIGNS, GLUED_UNITS, MEASURE_UNITS, PERCENT_WORDS, RESOLUTIONS, TIME_UNITS } from './lexicon/units';
import { powerUnitAt, refineUnit, twoWordUnitAt } from './unit-suffix';

/** A number with what is written around it: currency, percent sign, unit. Spans follow types.ts. */
export interface Quantity {
  atoms: Atom[];
  /** Token range of the span (currency and percent included; time units too). */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Token after which the counted thing is looked for. */
  tail: number;
  values: number[];
  kind: FigureKind;
  unit: string | null;
  currency: string | null;
  multiplier: number | null;
  vague: VagueAmount | null;
  vagueFactor: number;
  /** The span already holds a range ("1,500-2,400"), a sum, or a single number. */
  shape: 'single' | 'range' | 'sum';
  /** Approximate by its wording alone ("a couple"), when no qualifier says otherwise. */
  approx: boolean;
  /** A duration counted from a moment: "the past 200 days", "the next decade". */
  window?: Window;
}

export type Window = 'past' | 'next' | 'first' | 'final';

/** Small units of money, written after the amount. */
const SUBUNITS: Record<string, string> = dict({ cent: 'cents', cents: 'cents', pence: 'pence', penny: 'pence', kopecks: 'kopecks', kopeks: 'kopecks' });

/** "m" glued to digits means metres, not millions, before these words ("a 5m wall" stays millions). */
const METRE_CUES = new Set(['high', 'tall', 'long', 'wide', 'deep', 'away', 'below', 'above', 'under', 'sprint', 'race', 'hurdles', 'freestyle', 'metres', 'from']);

/** "a 10K race", "ran a 5K": a race's "K" is kilometres, not thousands. */
const RACE_CUES = new Set(['race', 'races', 'run', 'runs', 'walk', 'walks', 'fun-run', 'course', 'event', 'road', 'trail']);
const RACE_LEADS = new Set(['ran', 'run', 'runs', 'running', 'won', 'wins', 'win', 'finished', 'completed', 'complete', 'jog', 'jogged', 'walked']);

function raceDistance(t: Token[], a: Atom): boolean {
  const lit = a.literal;
  if (lit === null || lit.suffix !== 'k' || a.first !== a.last || lit.hasComma || lit.value > 100) return false;
  const n = t[a.last + 1];
  if (n !== undefined && n.kind === 'word' && n.spaced && RACE_CUES.has(n.lower)) return true;
  const p = t[a.first - 1]?.lower === 'a' || t[a.first - 1]?.lower === 'the' ? t[a.first - 2] : t[a.first - 1];
  return p !== undefined && RACE_LEADS.has(p.lower) && (n === undefined || n.kind === 'punct' || n.lower === 'in' || n.lower === 'on');
}

/** Words before a number of pounds that make them a weight ("weighed 5 pounds", "lost 40 pounds"). */
const WEIGHT_CUES = new Set(['weigh', 'weighs', 'weighed', 'weighing', 'weight', 'heavy', 'heavier', 'lighter', 'tipped', 'scales']);
const BODY_CUES = new Set(['lost', 'lose', 'losing', 'loses', 'gained', 'gain', 'gaining', 'gains', 'shed', 'sheds', 'shedding', 'dropped']);

/**
 * "The baby weighed 5 pounds", "a 10-pound turkey", "lost 40 pounds": pounds of weight, not
 * sterling. A "£", "sterling" or a multiplier ("40 million pounds") keeps them money; so does a
 * body verb before a large amount ("the club lost 400 pounds" is not a diet).
 */
function poundsOfWeight(t: Token[], a: Atom, edge: number): boolean {
  const w = t[edge].lower;
  if (w !== 'pound' && w !== 'pounds' || a.multiplier !== null || t[edge + 1]?.lower === 'sterling') return false;
  for (let j = a.first - 1; j >= Math.max(0, a.first - 4); j--) {
    const x = t[j].lower;
    if (t[j].kind === 'punct' && x !== '-') break;
    if (WEIGHT_CUES.has(x) || (BODY_CUES.has(x) && a.value < 300)) return true;
  }
  const n = t[edge + 1]?.lower ?? '';
  return n === 'heavier' || n === 'lighter' || n === 'overweight' || (t[edge + 1]?.raw === '(' && /^(?:kg|kilos?|kilograms?|g|grams?)$/.test(t[edge + 3]?.lower ?? ''));
}

/** "the past 200 days", "the next two decades": a span of time counted from a moment, by direction. */
export const WINDOW_LEADS: Record<string, Window> = dict({
  past: 'past', last: 'past', previous: 'past', recent: 'past', preceding: 'past', next: 'next', coming: 'next',
  following: 'next', ensuing: 'next', upcoming: 'next', first: 'first', opening: 'first', final: 'final', closing: 'final',
});

function timeUnitAt(t: Token[], k: number): { unit: string; last: number } | null {
  let j = k;
  if (t[j]?.raw === '-' && !t[j].spaced && t[j + 1] !== undefined && !t[j + 1].spaced) j++;
  const unit = TIME_UNITS[t[j]?.lower ?? ''];
  return unit === undefined ? null : { unit, last: j };
}

function measureUnitAt(t: Token[], k: number): { unit: string; last: number } | null {
  let j = k;
  if (t[j]?.raw === '-' && !t[j].spaced && t[j + 1] !== undefined && !t[j + 1].spaced) j++;
  const w = t[j]?.lower ?? '';
  if (w in AREA_PREFIXES && (t[j + 1]?.lower ?? '') in MEASURE_UNITS) return { unit: MEASURE_UNITS[t[j + 1].lower] + AREA_PREFIXES[w], last: j + 1 };
  if (t[j]?.raw === '°' && (t[j + 1]?.raw === 'C' || t[j + 1]?.raw === 'F') && !t[j + 1].spaced) return { unit: `°${t[j + 1].raw}`, last: j + 1 };
  // "17,000 acre-feet": a unit written with a hyphen is one unit, not an acre and some feet.
  if (t[j + 1]?.raw === '-' && !t[j + 1].spaced && t[j + 2] && !t[j + 2].spaced && `${w}-${t[j + 2].lower}` in MEASURE_UNITS) return { unit: MEASURE_UNITS[`${w}-${t[j + 2].lower}`], last: j + 2 };
  const unit = CASED_UNITS[t[j]?.raw ?? ''] ?? MEASURE_UNITS[w];
  // "38 hm³": a unit the lexicon lists with its power glued on is one token.
  if (unit !== undefined && /[²³]$/.test(w)) return { unit, last: j };
  if (unit === undefined || t[j].kind !== 'word') return powerUnitAt(t, j);
  return refineUnit(t, unit, j);
}

function percentAt(t: Token[], k: number): { unit: string; last: number } | null {
  const n = t[k];
  if (n === undefined) return null;
  if (n.raw === '%' || n.raw === '٪') return { unit: '%', last: k };
  if (n.lower === 'percentage' && (t[k + 1]?.lower === 'points' || t[k + 1]?.lower === 'point')) return { unit: 'percentage points', last: k + 1 };
  // "25 basis points", "50bp", "75 bps": hundredths of a percentage point.
  if (n.lower === 'basis' && (t[k + 1]?.lower === 'points' || t[k + 1]?.lower === 'point')) return { unit: 'basis points', last: k + 1 };
  if (n.raw === 'bp' || n.raw === 'bps') return { unit: 'basis points', last: k };
  if (PERCENT_WORDS.has(n.lower)) return { unit: '%', last: k };
  if (n.lower === 'per' && t[k + 1]?.lower === 'cent') return { unit: '%', last: k + 1 };
  return null;
}

/** The unit letters glued to the digits ("29km", "320Nm", "1080p"), case kept where it decides. */
function gluedUnitOf(t: Token[], a: Atom): string | undefined {
  if (a.glued === '' || a.literal === null) return undefined;
  if (a.glued === 'p') return 'p';
  return CASED_UNITS[t[a.first].raw.slice(a.literal.numLength)] ?? MEASURE_UNITS[a.glued] ?? GLUED_UNITS[a.glued];
}

/** Reads what surrounds one atom. Returns null when the number is a time reference ("two years ago"). */
export function quantify(t: Token[], a: Atom): Quantity | null {
  let atom = a;
  const q: Quantity = {
    atoms: [a], first: a.first, last: a.last, start: a.start, end: a.end, tail: a.last, values: [a.value],
    kind: a.fraction ? 'fraction' : 'count', unit: null, currency: null, multiplier: a.multiplier,
    vague: a.vague, vagueFactor: a.vagueFactor, shape: a.range === undefined ? 'single' : 'range', approx: a.approx === true,
  };
  if (a.range !== undefined) q.values = [...a.range];
  const before = currencyBefore(t, a.first);
  // "100元": a currency sign that the tokenizer kept glued to the digits as a letter.
  const gluedSign: CurrencyMark | null = a.glued in CURRENCY_SIGNS ? { code: CURRENCY_SIGNS[a.glued], edge: a.last } : null;
  let after = gluedSign ?? (a.glued ? null : currencyAfter(t, a.last, a.vague !== null));
  if (after !== null && before === null && after.code === 'GBP' && poundsOfWeight(t, a, after.edge)) after = null;
  // "100m high", "a 5m-high wall": the word after (a glued hyphen stepped over) says metres.
  const cue = t[a.last + 1]?.raw === '-' && !t[a.last + 1].spaced ? t[a.last + 2] : t[a.last + 1];
  if ((a.multiplier === 1e6 && a.literal?.suffix === 'm' && before === null && after === null && METRE_CUES.has(cue?.lower ?? ''))) {
    atom = { ...a, value: a.value / 1e6, multiplier: null, glued: 'm', end: a.start + (a.literal?.numLength ?? 0) };
    Object.assign(q, { atoms: [atom], values: [atom.value], multiplier: null, end: atom.end });
  }
  if (before === null && after === null && raceDistance(t, a)) {
    atom = { ...a, value: a.literal!.value, multiplier: null };
    Object.assign(q, { atoms: [atom], values: [atom.value], multiplier: null, kind: 'measure', unit: 'km' });
    return q;
  }
  if (before !== null || after !== null) {
    q.kind = 'money';
    const mark = (before ?? after)!;
    q.currency = mark.code;
    q.unit = mark.code ?? mark.unit ?? null;
    if (before !== null) q.first = before.edge;
    if (after !== null) q.last = q.tail = after.edge;
    q.start = t[q.first].start;
    q.end = t[q.last].end;
    return q;
  }
  // "50 cents", "30 pence", "30p": money in a currency's small unit, kept as written (never converted).
  const sub = atom.glued === 'p' ? (RESOLUTIONS.has(atom.literal?.value ?? 0) && !atom.literal?.hasDecimal ? undefined : 'pence') : a.glued ? undefined : SUBUNITS[t[atom.last + 1]?.lower ?? ''];
  if (sub !== undefined && atom.glued === 'p') {
    Object.assign(q, { kind: 'money', unit: sub });
    return q;
  }
  if (sub !== undefined && atom.vague === null) {
    Object.assign(q, { kind: 'money', unit: sub, last: atom.last + 1, tail: atom.last + 1, end: t[atom.last + 1].end });
    return q;
  }
  const glued = atom.glued === 'pc' || atom.glued === 'pct' || atom.glued === 'percent' ? '%' : atom.glued === 'bp' || atom.glued === 'bps' ? 'basis points' : null;
  const pct = glued !== null ? { unit: glued, last: atom.last } : percentAt(t, atom.last + 1);
  if (pct !== null) {
    Object.assign(q, { kind: 'percent', unit: pct.unit, last: pct.last, tail: pct.last, end: t[pct.last].end });
    return q;
  }
  const two = atom.glued ? null : twoWordUnitAt(t, atom.last + 1);
  if (two !== null) {
    Object.assign(q, { kind: 'measure', unit: two.unit, tail: two.last, last: two.last, end: t[two.last].end });
    return q;
  }
  const time = atom.glued in TIME_UNITS ? { unit: TIME_UNITS[atom.glued], last: atom.last } : timeUnitAt(t, atom.last + 1);
  if (time !== null) {
    const next = t[time.last + 1]?.lower;
    if (next === 'ago' || next === 'earlier' || next === 'later') return null;
    Object.assign(q, { kind: 'duration', unit: time.unit, last: time.last, tail: time.last, end: t[time.last].end });
    // "over the past 24 hours", "in the next six months": a window of time is a time reference
    // (asof reads its date), not a figure of the story; figures.ts hands it to the figures it scopes.
    const lead = t[atom.first - 1]?.lower ?? '';
    if (lead in WINDOW_LEADS) q.window = WINDOW_LEADS[lead];
    return q;
  }
  // "magnitude 7.8", "a magnitude-6 quake": the scale named before its reading.
  const scale = t[atom.first - 1];
  if (scale !== undefined && scale.lower === 'magnitude' && atom.glued === '' && atom.vague === null && !t[atom.first].broken) {
    Object.assign(q, { kind: 'measure', unit: 'magnitude', first: atom.first - 1, start: scale.start });
    return q;
  }
  const gluedUnit = gluedUnitOf(t, atom);
  const measure = gluedUnit !== undefined ? refineUnit(t, gluedUnit, atom.last) : measureUnitAt(t, atom.last + 1);
  // The unit is part of what was written, as a currency or a duration's is: "3.5 metres", "29km", "185 km/h".
  if (measure !== null) Object.assign(q, { kind: 'measure', unit: measure.unit, tail: measure.last, last: measure.last, end: t[measure.last].end });
  return q;
}
