import { z } from 'zod';

/**
 * How a figure was worded. The interval each one implies lives in `intervalFor` below, the one
 * table DESIGN.md describes; curated data and the extractor both go through it so that a curated
 * "more than 400" and an extracted one can never mean different things.
 */
export const Qualifier = z.enum([
  'exact', // 400
  'more-than', // more than / over / above 400
  'at-least', // at least / no fewer than 6,000
  'up-to', // up to / as many as / at most 6,000
  'less-than', // less than / fewer than / under 400
  'nearly', // nearly / almost 9
  'about', // about / around / roughly 400
  'range', // 1,500 to 2,400
  'vague', // dozens / hundreds / thousands / billions of ...
  'most-of', // most of the 400
  'none', // a denial: "no drones since the war began"
]);
export type Qualifier = z.infer<typeof Qualifier>;

/**
 * Beyond this no news figure goes (the Sun weighs 2e30 kg, the world's GDP is 1e14 dollars), and
 * past about 1.8e308 a double is Infinity, which no list or chart can hold. "1e309" is not a figure.
 */
export const LARGEST_FIGURE = 1e40;
export const ValueInterval = z.object({
  low: z.number().nullable(),
  high: z.number().nullable(),
  best: z.number().nullable(),
  lowInclusive: z.boolean(),
  highInclusive: z.boolean(),
  qualifier: Qualifier,
  /** The figure exactly as worded in the source, e.g. "more than 400". */
  text: z.string(),
});
export type ValueInterval = z.infer<typeof ValueInterval>;

/** Vague amounts: the word, and the interval it stands for before any multiplier. */
export const VAGUE_AMOUNTS = {
  dozens: [24, 99],
  scores: [40, 99],
  hundreds: [200, 999],
  thousands: [2_000, 9_999],
  'tens of thousands': [20_000, 99_999],
  'hundreds of thousands': [200_000, 999_999],
  millions: [2e6, 999e6],
  'tens of millions': [20e6, 99e6],
  'hundreds of millions': [200e6, 999e6],
  billions: [2e9, 999e9],
  'tens of billions': [20e9, 99e9],
  'hundreds of billions': [200e9, 999e9],
  trillions: [2e12, 999e12],
} as const satisfies Record<string, readonly [number, number]>;
export type VagueAmount = keyof typeof VAGUE_AMOUNTS;

/** "nearly 9" covers the last tenth below 9; "about 400" ten per cent either side. */
export const NEARLY_FRACTION = 0.9;
export const ABOUT_FRACTION = 0.1;

type Numbers =
  | { qualifier: Exclude<Qualifier, 'range' | 'vague'>; n: number }
  | { qualifier: 'range'; n: number; n2: number }
  | { qualifier: 'vague'; amount: VagueAmount };

/** The interval a worded figure stands for (DESIGN.md, "Values are intervals"). */
export function intervalFor(spec: Numbers, text: string): ValueInterval {
  const base = { text, qualifier: spec.qualifier };
  switch (spec.qualifier) {
    case 'exact':
      return { ...base, low: spec.n, high: spec.n, best: spec.n, lowInclusive: true, highInclusive: true };
    case 'more-than':
      return { ...base, low: spec.n, high: null, best: spec.n, lowInclusive: false, highInclusive: false };
    case 'at-least':
      return { ...base, low: spec.n, high: null, best: spec.n, lowInclusive: true, highInclusive: false };
    case 'up-to':
      return { ...base, low: null, high: spec.n, best: spec.n, lowInclusive: false, highInclusive: true };
    case 'less-than':
      return { ...base, low: null, high: spec.n, best: spec.n, lowInclusive: false, highInclusive: false };
    case 'nearly':
      return { ...base, low: round(spec.n * NEARLY_FRACTION), high: spec.n, best: spec.n, lowInclusive: true, highInclusive: false };
    case 'about':
      return {
        ...base,
        low: round(spec.n * (1 - ABOUT_FRACTION)),
        high: round(spec.n * (1 + ABOUT_FRACTION)),
        best: spec.n,
        lowInclusive: true,
        highInclusive: true,
      };
    case 'range': {
      const [lo, hi] = spec.n <= spec.n2 ? [spec.n, spec.n2] : [spec.n2, spec.n];
      return { ...base, low: lo, high: hi, best: null, lowInclusive: true, highInclusive: true };
    }
    case 'vague': {
      const [lo, hi] = VAGUE_AMOUNTS[spec.amount];
      return { ...base, low: lo, high: hi, best: null, lowInclusive: true, highInclusive: true };
    }
    case 'most-of':
      // "most of the 400": more than half of them, at most all of them.
      // A part of a fraction or of nothing countable ("most of ½") is only more than half of it.
      if (!Number.isInteger(spec.n) || spec.n < 1) return { ...base, low: round(spec.n / 2), high: spec.n, best: null, lowInclusive: false, highInclusive: true };
      return { ...base, low: Math.floor(spec.n / 2) + 1, high: spec.n, best: null, lowInclusive: true, highInclusive: true };
    case 'none':
      return { ...base, low: 0, high: 0, best: 0, lowInclusive: true, highInclusive: true };
  }
}

/** Floating-point noise (8.100000000000001, 110000000.00000001) must not reach a table or an API. */
function round(x: number): number {
  return Number(x.toPrecision(12));
}

/** A vague amount scaled by a multiplier: "billions of dollars" is billions, "hundreds of millions" too. */
export function scaleInterval(v: ValueInterval, factor: number): ValueInterval {
  const s = (x: number | null) => (x === null ? null : round(x * factor));
  return { ...v, low: s(v.low), high: s(v.high), best: s(v.best) };
}

/** Widen an interval by a relative tolerance (a measure's comparison tolerance). */
export function widen(v: Pick<ValueInterval, 'low' | 'high'>, tolerance: number) {
  return {
    low: v.low === null ? null : v.low * (1 - tolerance),
    high: v.high === null ? null : v.high * (1 + tolerance),
  };
}

/** Do two intervals share at least one point, after tolerance? Open ends reach to infinity. */
export function overlaps(a: ValueInterval, b: ValueInterval, tolerance = 0): boolean {
  const wa = widen(a, tolerance);
  const wb = widen(b, tolerance);
  const aLow = wa.low ?? -Infinity;
  const aHigh = wa.high ?? Infinity;
  const bLow = wb.low ?? -Infinity;
  const bHigh = wb.high ?? Infinity;
  const touch = (hi: number, hiIncl: boolean, lo: number, loIncl: boolean) =>
    hi > lo || (hi === lo && (hiIncl && loIncl || tolerance > 0));
  return touch(aHigh, a.highInclusive, bLow, b.lowInclusive) && touch(bHigh, b.highInclusive, aLow, a.lowInclusive);
}

// The interval in words lives apart, without zod, so pages that only show figures need none of it.
export { formatInterval, formatNumber } from './interval-text';
