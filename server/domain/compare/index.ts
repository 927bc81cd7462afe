import type { Claim, Measure } from '../schemas';
import { scaleInterval, type ValueInterval } from '../value';
import { conversion, type FxTable } from './fx';
import { unitFactor } from './units';

export { parseFxCsv, conversion, EMPTY_FX, type FxTable, type Conversion } from './fx';
export { dimensionOf, unitFactor } from './units';

/** A claim's value in its measure's unit and currency, and how it got there. */
export interface Comparable {
  claim: Claim;
  value: ValueInterval;
  /** "€140 million ≈ 137.9 million USD (1 EUR = 0.9853 USD, Oct 2022 average …)"; null when nothing was converted. */
  converted: string | null;
}

/** Durations are compared in months: a year is twelve of them whatever the calendar. */
const MONTHS_IN: Record<string, number> = { months: 1, years: 12, decades: 120 };

/** The date a claim speaks of, for choosing a rate: its as-of date, else its source's, else the estimate's middle. */
export function dateOf(c: Pick<Claim, 'asOf' | 'published' | 'publishedEstimate'>): string | null {
  return c.asOf ?? c.published ?? c.publishedEstimate?.to ?? null;
}

function factorFor(c: Claim, m: Measure, fx: FxTable): { factor: number; note: string } | null {
  if (m.currency !== null || c.currency !== null) {
    if (m.currency === null || c.currency === null) return m.currency === c.currency ? { factor: 1, note: '' } : null;
    const conv = conversion(fx, c.currency, m.currency, dateOf(c));
    return conv && { factor: conv.factor, note: conv.note };
  }
  const unit = c.unit.toLowerCase();
  const target = m.unit.toLowerCase();
  if (unit === target) return { factor: 1, note: '' };
  if (MONTHS_IN[unit] && MONTHS_IN[target]) return { factor: MONTHS_IN[unit] / MONTHS_IN[target], note: '' };
  const f = unitFactor(c.unit, m.unit);
  if (f !== null) return { factor: f, note: '' };
  // A count's unit is the word the copy used ("UAVs" for a drones measure): the same thing.
  return m.kind === 'amount' ? null : { factor: 1, note: '' };
}

/**
 * The claim in the measure's terms, or null when it cannot be compared: an amount in a currency
 * with no rate for its month, or a unit of another dimension. Never a silent guess.
 */
export function comparable(c: Claim, m: Measure, fx: FxTable): Comparable | null {
  const f = factorFor(c, m, fx);
  if (f === null) return null;
  if (f.factor === 1) return { claim: c, value: c.value, converted: null };
  const value = scaleInterval(c.value, f.factor);
  const shown = value.best ?? value.low ?? value.high;
  const target = m.currency ?? m.unit;
  const converted = shown === null ? null : `${c.value.text} ≈ ${Number(shown.toPrecision(4)).toLocaleString('en-GB')} ${target}${f.note ? ` (${f.note})` : ''}`;
  return { claim: c, value, converted };
}
