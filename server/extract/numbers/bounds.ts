import type { Figure } from '../types';

/*
 * "more than 100 and fewer than 300", "at most 100 and at least 20", "above 1,000 but below
 * 1,500": two one-sided figures joined by nothing but "and", "but" or a comma bound the same
 * quantity from both sides. They become one figure, a range with each end as open or closed as
 * its own wording said, so a chart draws one interval rather than two half-lines.
 */

const JOINER = /^\s*,?\s*(?:and|but|,)?\s*$/i;

const lowerOnly = (f: Figure) => f.low !== null && f.high === null && f.vague === null;
const upperOnly = (f: Figure) => f.low === null && f.high !== null && f.vague === null;

function join(text: string, a: Figure, b: Figure): Figure | null {
  const lower = lowerOnly(a) && upperOnly(b) ? a : upperOnly(a) && lowerOnly(b) ? b : null;
  if (lower === null || a.end > b.start || !JOINER.test(text.slice(a.end, b.start))) return null;
  const upper = lower === a ? b : a;
  if (a.kind !== b.kind || a.currency !== b.currency) return null;
  if (a.unit !== null && b.unit !== null && a.unit !== b.unit) return null;
  if (lower.low! >= upper.high!) return null;
  return {
    ...a,
    text: text.slice(a.start, b.end),
    end: b.end,
    value: null,
    low: lower.low,
    high: upper.high,
    lowInclusive: lower.lowInclusive,
    highInclusive: upper.highInclusive,
    qualifier: 'range',
    unit: a.unit ?? b.unit,
    thing: a.thing ?? b.thing,
    multiplier: a.multiplier ?? b.multiplier,
    sumOf: null,
  };
}

/** Joins each pair of facing one-sided bounds in `figures` (in reading order). */
export function joinBounds(text: string, figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < figures.length; i++) {
    const both = i + 1 < figures.length ? join(text, figures[i], figures[i + 1]) : null;
    if (both !== null) {
      out.push(both);
      i++;
    } else out.push(figures[i]);
  }
  return out;
}
