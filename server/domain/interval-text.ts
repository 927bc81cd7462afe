import type { ValueInterval } from './value';

/*
 * A figure's interval as text. Apart from value.ts, whose schemas need zod, so that a page that
 * only shows figures (a measure's table, a claim's panel) loads none of it: type imports vanish
 * from the bundle, a schema would not.
 */

/** "more than 400" -> "> 400"; "1,500 to 2,400" -> "1,500–2,400": the interval in symbols. */
export function formatInterval(v: Pick<ValueInterval, 'low' | 'high' | 'lowInclusive' | 'highInclusive'>, fmt = formatNumber): string {
  if (v.low !== null && v.high !== null) {
    if (v.low === v.high) return fmt(v.low);
    const l = v.lowInclusive ? '[' : '(';
    const h = v.highInclusive ? ']' : ')';
    return `${l}${fmt(v.low)}, ${fmt(v.high)}${h}`;
  }
  if (v.low !== null) return `${v.lowInclusive ? '≥' : '>'} ${fmt(v.low)}`;
  if (v.high !== null) return `${v.highInclusive ? '≤' : '<'} ${fmt(v.high)}`;
  return 'unknown';
}

/** Made once: toLocaleString builds a formatter per call. */
const NUMBER_FORMAT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export function formatNumber(x: number): string {
  const abs = Math.abs(x);
  // Whole thousandths of a billion or million read better as "1.35 billion" than as digits.
  if (abs >= 1e9 && Number.isInteger(Math.round((x / 1e6) * 1e6) / 1e6)) return `${trim(x / 1e9)} billion`;
  if (abs >= 1e6 && Number.isInteger(Math.round((x / 1e3) * 1e6) / 1e6)) return `${trim(x / 1e6)} million`;
  return NUMBER_FORMAT.format(x);
}

function trim(x: number): string {
  return x.toLocaleString('en-GB', { maximumFractionDigits: 3 });
}
