import type { Qualifier } from '../../../domain/value';
import type { Token } from '../../types';
import { matchBackward } from '../../text/util';

type Q = Exclude<Qualifier, 'range' | 'vague' | 'none' | 'exact' | 'most-of'>;

/*
 * Wordings written before the number, per DESIGN.md's table. Intensifiers ("just", "well",
 * "far") are listed as whole phrases so the span covers them and nothing guesses.
 */
const PREFIX_TABLE: Record<Q, string[]> = {
  'more-than': [
    'more than', 'over', 'above', 'exceeding', 'in excess of', 'upwards of', 'greater than', 'higher than',
    'larger than', 'bigger than', 'north of', 'topping', 'surpassing', 'just over', 'well over', 'just above',
    'well above', 'well in excess of', 'far more than', 'many more than', 'much more than', 'slightly more than',
    'a little over', 'a little more than', 'significantly more than', 'considerably more than', 'just more than',
    'some more than', 'more then', '>', 'beyond', 'in the excess of', 'a shade over', 'comfortably over',
  ],
  'at-least': [
    'at least', 'no fewer than', 'no less than', 'not less than', 'not fewer than', 'a minimum of', 'minimum of',
    'greater than or equal to', 'more than or equal to', 'equal to or more than', 'equal to or greater than',
    'bigger or equal than', 'higher or equal than', 'greater or equal than', 'at least or equal to', 'not below',
    'at a minimum', 'as few as', 'as little as', 'at the very least', 'no lower than', '≥', '> =',
  ],
  'up-to': [
    'up to', 'as many as', 'as much as', 'at most', 'no more than', 'not more than', 'a maximum of',
    'less than or equal to', 'equal to or less than', 'less or equal than', 'smaller or equal than',
    'lower or equal than', 'fewer than or equal to', 'not above', 'maximum of', 'as high as', 'as large as', 'at the most', 'no higher than', 'not exceeding', '≤', '< =',
    // "within 18 months", "within 500 metres": no further than, so at most.
    'within', 'inside of',
  ],
  'less-than': [
    'less than', 'fewer than', 'under', 'below', 'lower than', 'smaller than', 'beneath', 'short of',
    'well under', 'well below', 'far fewer than', 'far less than', 'much less than', 'slightly less than',
    'a little under', 'a little less than', 'significantly less than', '<',
  ],
  nearly: [
    'nearly', 'almost', 'just under', 'just below', 'just short of', 'just shy of', 'close to', 'approaching',
    'not quite', 'nearing', 'just less than', 'just fewer than', 'shy of', 'very nearly', 'almost exactly',
  ],
  about: [
    'about', 'around', 'roughly', 'approximately', 'approx', 'approx .', 'some', 'an estimated', 'estimated',
    'an approximate', 'circa', 'c .', 'ca .', '~', '≈', 'more or less', 'in the region of', 'in the order of',
    'on the order of', 'something like', 'give or take', 'round about', 'some estimated',
    // "closer to 2,000", "nearer 500": a hedge towards a figure, from either side.
    'closer to', 'nearer to', 'nearer', 'more like', 'somewhere around', 'somewhere near',
  ],
};

/** Written after the number: "400-plus", "400 or more", "40-odd", "200 or so". */
const SUFFIX_TABLE: Record<'at-least' | 'up-to' | 'about', string[]> = {
  'at-least': ['plus', '+', 'or more', 'and more', 'or above', 'and above', 'or over', 'and over', 'at least', 'or greater', 'and up', 'and upwards', 'or higher'],
  'up-to': ['or less', 'or fewer', 'or under', 'and under', 'or below', 'and below', 'at most', 'at the most', 'or lower'],
  about: ['odd', 'or so', 'or thereabouts', 'give or take', 'approximately', 'roughly', 'ish'],
};

export interface Phrase {
  words: string[];
  qualifier: Q;
}

function index(table: Partial<Record<Q, string[]>>, byLast: boolean): Map<string, Phrase[]> {
  const map = new Map<string, Phrase[]>();
  for (const [qualifier, list] of Object.entries(table) as [Q, string[]][]) {
    for (const text of list) {
      const words = text.split(' ');
      const key = byLast ? words[words.length - 1] : words[0];
      const bucket = map.get(key) ?? [];
      bucket.push({ words, qualifier });
      map.set(key, bucket);
    }
  }
  // Longest first, so "just over" wins over "over".
  for (const bucket of map.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  return map;
}

/** Prefix phrases keyed by their last word (matched backwards from the number). */
export const PREFIXES = index(PREFIX_TABLE, true);
/** Suffix phrases keyed by their first word (matched forwards after the figure). */
export const SUFFIXES = index(SUFFIX_TABLE, false);

/** "most of the 400": the determiners allowed between "most of" and the number. */
export const MOST_OF_DETERMINERS = new Set(['the', 'its', 'their', 'these', 'those', 'his', 'her', 'our', 'russia’s', "russia's", 'an', 'some']);

/** The longest qualifier phrase ending just before token k ("more than", "just over"), if any. */
export function prefixBefore(t: Token[], k: number): { phrase: Phrase; first: number } | null {
  const key = t[k - 1]?.lower;
  if (key === undefined) return null;
  for (const phrase of PREFIXES.get(key) ?? []) {
    const first = matchBackward(t, k, phrase.words);
    if (first !== null) return { phrase, first };
  }
  return null;
}
