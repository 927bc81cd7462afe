import type { Figure } from '../types';
import { isPluralNoun } from '../text/nouns';

/*
 * "No sailings have been cancelled since Monday", "no cholera deaths have been recorded",
 * "no one remained underground": a statement that a count is zero. It is no number, so the
 * figure finder leaves it; as a claim it denies what others assert for the same quantity.
 * Only kept where the clause says what is counted (see readQuantity); "no doubt" is nothing.
 */

const ZERO = /\b(?:no|zero|not a single|not one)\s+((?:[A-Za-z][A-Za-z'’-]*\s+){0,2}[A-Za-z][A-Za-z'’-]*)/gi;
const ONE = /\b(?:no one|nobody|no-one)\b/gi;
const NOT_THINGS = new Set(['longer', 'doubt', 'sign', 'signs', 'evidence', 'comment', 'reason', 'way', 'time', 'matter', 'idea', 'plans', 'one', 'more', 'less', 'other', 'such', 'single']);

/** The plural a counted singular is named by: "village" villages, "country" countries, "church" churches. */
function plural(w: string): string {
  return /[^aeiou]y$/i.test(w) ? `${w.slice(0, -1)}ies` : /(?:s|sh|ch|x|z)$/i.test(w) ? `${w}es` : `${w}s`;
}

/** Verbs after a singular noun that make "no village remains cut off" a count of villages. */
const SINGULAR_AFTER = new Set(['remains', 'was', 'is', 'has', 'had', 'will', 'would', 'could', 'can', 'remained', 'died', 'reached', 'came', 'needs']);

function zeroFigure(text: string, start: number, end: number, thing: string | null): Figure {
  return { text: text.slice(start, end), start, end, value: 0, low: 0, high: 0, lowInclusive: true, highInclusive: true, qualifier: 'none', unit: thing, currency: null, kind: 'count', thing, multiplier: null, sumOf: null, vague: null };
}

/** Zero counts in the text, outside the spans of figures already found. */
export function zeroFigures(text: string, taken: Figure[]): Figure[] {
  const out: Figure[] = [];
  const free = (s: number, e: number) => !taken.some((f) => f.start < e && f.end > s);
  for (const m of text.matchAll(ZERO)) {
    // The counted noun is the first plural within three words ("no cholera deaths", "no
    // sailings"), or a singular one right after "no" ("no village remains cut off": villages).
    const words = m[1].split(/\s+/);
    let k = words.findIndex((w) => isPluralNoun(w));
    const singular = (w: string | undefined) => !!w && !isPluralNoun(w) && !/(?:ed|ing|al|ous|ive|ful|ly)$/i.test(w);
    // "No cancer operation has been cancelled": a singular noun after its modifier counts the same way.
    const at = singular(words[0]) && SINGULAR_AFTER.has((words[1] ?? '').toLowerCase()) ? 0 : singular(words[0]) && singular(words[1]) && SINGULAR_AFTER.has((words[2] ?? '').toLowerCase()) ? 1 : -1;
    const single = at >= 0;
    if (single) k = at;
    if (k < 0 || words.slice(0, k + 1).some((w) => NOT_THINGS.has(w.toLowerCase()))) continue;
    const end = m.index + m[0].length - m[1].length + words.slice(0, k + 1).join(' ').length;
    // A modifier stays with the noun: no cancer operation cancelled says nothing of other operations.
    if (free(m.index, end)) out.push(zeroFigure(text, m.index, end, single ? [...words.slice(0, k), plural(words[k])].join(' ') : words[k]));
  }
  for (const m of text.matchAll(ONE)) {
    if (free(m.index, m.index + m[0].length)) out.push(zeroFigure(text, m.index, m.index + m[0].length, 'people'));
  }
  return out.sort((a, b) => a.start - b.start);
}
