/**
 * The embed's value axis: a linear scale, round ticks and their labels. Plain code rather than
 * d3-scale because the embed needs only this much, and every byte of it runs per render.
 */

export type Scale = (v: number) => number;

export function linear(domain: [number, number], range: [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (Math.min(Math.max(v, d0), d1) - d0) * k;
}

export { ticks } from '../domain/ticks';

const compact = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });
const plain = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** "1,500", "2.5bn": the dashboard's compact numbers; below 10,000 numbers stay whole. */
export function tickLabel(v: number): string {
  return Math.abs(v) < 10_000 ? plain.format(v) : compact.format(v);
}

/** A number with its unit as a reader says it: "1.5bn USD" becomes "$1.5bn". */
export function withUnit(label: string, unit: string, currency: string | null): string {
  const symbol = currency ? CURRENCY_SYMBOL[currency] : undefined;
  if (symbol) return `${symbol}${label}`;
  return `${label} ${unit}`;
}

const CURRENCY_SYMBOL: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };
