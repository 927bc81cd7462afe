import type { Qualifier } from '../../domain/value';
import type { Token } from '../types';
import type { Quantity } from './context';
import { MOST_OF_DETERMINERS, SUFFIXES, prefixBefore } from './lexicon/qualifiers';
import { matchForward } from '../text/util';
import { sentenceInitial } from './exclusions/atom';

export interface Qualified {
  qualifier: Qualifier;
  first: number;
  last: number;
}

/** "most of the 400": token of "most", or null. */
function mostOf(t: Token[], first: number): number | null {
  let j = first - 1;
  if (MOST_OF_DETERMINERS.has(t[j]?.lower ?? '')) j--;
  if (t[j]?.lower === 'of' && t[j - 1]?.lower === 'most') return j - 1;
  return null;
}

/** Before a duration, "over" means "during" unless a verb of lasting precedes it ("lasted over two years"). */
const OVER_DURATION_LEADS = new Set(['for', 'of', 'in', 'after', 'lasted', 'lasting', 'last', 'lasts', 'took', 'taken', 'spent', 'been', 'is', 'was', 'aged', 'than']);

function prefix(t: Token[], q: Quantity): Qualified | null {
  const m = prefixBefore(t, q.first);
  if (m === null) return null;
  const w0 = m.phrase.words[0];
  if ((w0 === 'over' || w0 === 'under') && q.kind === 'duration') {
    if (sentenceInitial(t, m.first)) return null;
    if (w0 === 'over' && !OVER_DURATION_LEADS.has(t[m.first - 1]?.lower ?? '')) return null;
  }
  return { qualifier: m.phrase.qualifier, first: m.first, last: q.last };
}

function suffix(t: Token[], q: Quantity): Qualified | null {
  let k = q.last + 1;
  const n = t[k];
  if (n === undefined) return null;
  if (n.raw === '+' && !n.spaced) return { qualifier: 'at-least', first: q.first, last: k };
  const hyphen = n.raw === '-' && !n.spaced && t[k + 1] !== undefined && !t[k + 1].spaced;
  if (hyphen) k++;
  for (const p of SUFFIXES.get(t[k]?.lower ?? '') ?? []) {
    if (hyphen && p.words.length > 1) continue;
    if (!hyphen && (p.words[0] === 'plus' || p.words[0] === 'odd' || p.words[0] === 'ish')) continue;
    const end = matchForward(t, k, p.words);
    if (end !== null) return { qualifier: p.qualifier, first: q.first, last: end };
  }
  return null;
}

/**
 * The qualifier of a quantity and the token range it adds to the span. Ranges, sums and vague
 * amounts carry their own qualifier; "between"/"from" are already inside a range's span.
 */
export function qualify(t: Token[], q: Quantity): Qualified {
  if (q.shape === 'range') return { qualifier: 'range', first: q.first, last: q.last };
  if (q.vague !== null) return { qualifier: 'vague', first: q.first, last: q.last };
  const most = mostOf(t, q.first);
  if (most !== null) return { qualifier: 'most-of', first: most, last: q.last };
  const before = prefix(t, q);
  if (before !== null) return before;
  return suffix(t, q) ?? { qualifier: q.approx ? 'about' : 'exact', first: q.first, last: q.last };
}
