import type { Measure } from '../../domain/schemas';
import type { Figure } from '../types';
import { STOPWORDS } from '../text/nouns';

/*
 * The vocabulary side of measure matching: stems that let "supplied" meet "supply", and whether
 * a measure's unit can hold a figure of this kind at all.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const COUNT_KINDS = new Set(['cumulative-count', 'commitment', 'count']);
const TIME_UNITS = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'fortnights', 'months', 'years', 'decades', 'centuries']);

/**
 * Crude stem: enough to make "drones"/"drone", "supplied"/"supply", "UAVs"/"UAV" meet. Irregular
 * pasts ("sold", "paid") are left alone on purpose: tense is what tells a delivery ("sold") from
 * a plan ("selling"), and measures list the forms they mean.
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('es') && /(?:ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 2 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w.endsWith('e') && w.length > 3 ? w.slice(0, -1) : w;
}

export function stems(text: string): string[] {
  return (text.match(WORD) ?? []).map(stem);
}

/** Does the measure's unit fit the figure's kind and unit? 1 fits, 0.5 convertible, 0 not. */
export function unitFit(f: Figure, m: Measure): { fit: number; why: string } {
  const unit = m.unit.toLowerCase();
  if (m.kind === 'duration' || TIME_UNITS.has(unit)) {
    if (f.kind !== 'duration') return { fit: 0, why: 'the measure is a duration' };
    // Claims are compared in the measure's unit and nothing downstream converts "2 years" to
    // months, so a duration in another unit is never placed on the measure by itself.
    return f.unit === unit || stem(f.unit ?? '') === stem(unit) ? { fit: 1, why: `duration in ${unit}` } : { fit: 0, why: `duration in ${f.unit}, measure in ${unit}` };
  }
  if (m.currency !== null || m.kind === 'amount') {
    if (f.kind !== 'money') return { fit: 0, why: 'the measure is an amount of money' };
    if (m.currency === null || f.currency === m.currency) return { fit: 1, why: `money in ${f.currency}` };
    return { fit: 0.5, why: `money in ${f.currency}, measure in ${m.currency}` };
  }
  if (unit === '%' || unit === 'percent') return f.kind === 'percent' ? { fit: 1, why: 'percentage' } : { fit: 0, why: 'the measure is a percentage' };
  if (f.kind === 'measure') return f.unit === m.unit ? { fit: 1, why: `measured in ${f.unit}` } : { fit: 0, why: `measured in ${f.unit}, measure in ${m.unit}` };
  if (COUNT_KINDS.has(m.kind) && f.kind === 'count') return { fit: 1, why: 'a count' };
  return { fit: 0, why: `a ${f.kind} figure cannot be a ${m.kind} in ${m.unit}` };
}

/**
 * Title words a measure's keywords leave out ("seeks"), minus function words and names: a
 * country in a title ("Drones Iran agreed to supply") does not tell look-alike measures apart.
 */
export function titleStems(m: Measure): string[] {
  return (m.title.match(WORD) ?? []).filter((w) => !STOPWORDS.has(w) && w === w.toLowerCase()).map(stem);
}
