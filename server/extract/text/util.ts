import type { Token } from '../types';

/**
 * Lexicon tables are looked up with words taken from arbitrary text, so they must not inherit
 * from Object.prototype: "constructor" or "__proto__" in an article is just a word.
 */
export function dict<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/**
 * A word table written as groups, "name:word,word|name:word": each word to its group's name, safe
 * to look up with any word (see dict).
 */
export function groupedWords(spec: string): Record<string, string> {
  return dict(
    Object.fromEntries(
      spec.split('|').flatMap((group) => {
        const [name, list] = group.split(':');
        return list.split(',').filter(Boolean).map((w) => [w, name]);
      }),
    ),
  );
}

/** Do the words end just before token k (matched backwards, on one line)? Returns the first token. */
export function matchBackward(t: Token[], k: number, words: string[]): number | null {
  let j = k - 1;
  for (let w = words.length - 1; w >= 0; w--, j--) {
    if (j < 0 || t[j].lower !== words[w] || (j + 1 < k && t[j + 1].broken)) return null;
  }
  return j + 1;
}

/** Do the words start at token k? Returns the last token. */
export function matchForward(t: Token[], k: number, words: string[]): number | null {
  let j = k;
  for (const w of words) {
    if (t[j]?.lower !== w) return null;
    j++;
  }
  return j - 1;
}

/** Floating-point noise (0.30000000000000004) stays out of extracted values. */
export function tidy(x: number): number {
  // Whole numbers are already as tidy as they get (and most figures are whole): skip the string round trip.
  if (Number.isSafeInteger(x)) return x === 0 ? 0 : x;
  if (!Number.isFinite(x)) return x;
  const r = Number(x.toPrecision(15));
  return Object.is(r, -0) ? 0 : r;
}
