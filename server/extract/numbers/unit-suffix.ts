import type { Token } from '../types';
import { MEASURE_UNITS } from './lexicon/units';
import { dict } from '../text/util';

/*
 * Units that run on past their first word: speeds ("185 km/h", "120 miles per hour", "9.8 m/s"),
 * temperatures ("10 degrees Celsius"), and areas written with a digit ("100 m2"). Read after the
 * first unit word so "km" alone stays "km".
 */

const PER: Record<string, string> = dict({ h: 'h', hr: 'h', hour: 'h', s: 's', sec: 's', second: 's' });
const SCALE: Record<string, string> = dict({ celsius: '°C', centigrade: '°C', c: '°C', fahrenheit: '°F', f: '°F' });
const POWERS = new Set(['W', 'kW', 'MW', 'GW', 'TW']);
const POWER = /^(k?m|cm|mm|ft|mi)([23²³])$/;

function speed(unit: string, per: string): string {
  if (unit === 'miles' && per === 'h') return 'mph';
  return `${unit}/${per}`;
}

/** The full unit when the one read at token `last` continues ("km" + "/h" -> "km/h"). */
export function refineUnit(t: Token[], unit: string, last: number): { unit: string; last: number } {
  const n = t[last + 1];
  const p = t[last + 2];
  if (n === undefined) return { unit, last };
  if (n.raw === '/' && !n.spaced && p !== undefined && !p.spaced && p.lower in PER) return { unit: speed(unit, PER[p.lower]), last: last + 2 };
  if (n.lower === 'per' && p !== undefined && p.lower in PER) return { unit: speed(unit, PER[p.lower]), last: last + 2 };
  if (unit === 'degrees' && n.lower in SCALE && n.kind === 'word') return { unit: SCALE[n.lower], last: last + 1 };
  // "3 terawatt hours", "50 kilowatt-hours": energy, not power.
  if (POWERS.has(unit)) {
    const h = n.raw === '-' && !n.spaced && p !== undefined && !p.spaced ? p : n;
    if (h.lower === 'hour' || h.lower === 'hours') return { unit: `${unit}h`, last: h === n ? last + 1 : last + 2 };
  }
  return { unit, last };
}

/** "m2", "km²" written as one token after the number; "30°" with no scale is degrees. */
export function powerUnitAt(t: Token[], j: number): { unit: string; last: number } | null {
  const tok = t[j];
  if (tok === undefined) return null;
  if (tok.raw === '°') return { unit: 'degrees', last: j };
  const m = tok.kind === 'alnum' ? POWER.exec(tok.lower) : null;
  if (m === null) return null;
  const base = MEASURE_UNITS[m[1]] ?? m[1];
  return { unit: base + (m[2] === '2' || m[2] === '²' ? '²' : '³'), last: j };
}

/** Units of two words whose second word alone means something else: "2 nautical miles", "4 light years", "5 fluid ounces". */
const TWO_WORD: Record<string, Record<string, string>> = {
  nautical: dict({ mile: 'nmi', miles: 'nmi' }),
  light: dict({ year: 'ly', years: 'ly' }),
  fluid: dict({ ounce: 'fl oz', ounces: 'fl oz', oz: 'fl oz' }),
  fl: dict({ oz: 'fl oz' }),
  metric: dict({ ton: 't', tons: 't', tonne: 't', tonnes: 't' }),
  short: dict({ ton: 'short tons', tons: 'short tons' }),
  troy: dict({ ounce: 'oz t', ounces: 'oz t', oz: 'oz t' }),
};

/** A two-word unit starting at token `k`, the second word spaced or hyphenated ("light-years"). */
export function twoWordUnitAt(t: Token[], k: number): { unit: string; last: number } | null {
  const first = t[k];
  const table = first !== undefined && first.kind === 'word' ? TWO_WORD[first.lower] : undefined;
  if (table === undefined) return null;
  const j = t[k + 1]?.raw === '-' && !t[k + 1].spaced ? k + 2 : k + 1;
  const unit = table[t[j]?.lower ?? ''];
  return unit === undefined ? null : { unit, last: j };
}
