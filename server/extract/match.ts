import type { Token } from './types';
import { PREFIXES, type Phrase } from './lexicon-qualifiers';

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
