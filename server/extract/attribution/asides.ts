import type { Token } from '../types';
import { isCapitalised } from '../text/nouns';
import { OPENERS, ROLE_HEADS, TITLES } from './lexicon';

/*
 * The comma-delimited and bracketed pieces that sit between a speaker and the verb in news copy:
 * "A senior US official, speaking on condition of anonymity, said", "The Kremlin, citing
 * defence sources, said", "The head of military intelligence, Kyrylo Budanov, said".
 */

/** Words that open an aside, which then belongs to neither the subject nor the verb. */
const ASIDE_OPENERS = new Set([
  'who', 'which', 'whose', 'in', 'on', 'at', 'citing', 'according', 'however', 'also', 'too', 'meanwhile', 'for',
  'as', 'though', 'like', 'after', 'before', 'when', 'while', 'speaking', 'writing', 'quoted', 'asked', 'told',
]);
const MAX_ASIDE = 14;
/** Participles that open a description of the subject: "The council, led by Mayor Ana Ruiz, said". */
const PARTICIPLES = new Set(['led', 'run', 'owned', 'based', 'founded', 'headed', 'chaired', 'known', 'set', 'built', 'made', 'funded', 'backed', 'formed', 'created', 'established', 'controlled', 'supported', 'named', 'appointed']);

/** The comma before `comma`, within the sentence and a short reach; -1 when there is none. */
function previousComma(t: Token[], comma: number, from: number): number {
  for (let j = comma - 1; j >= from && comma - j <= MAX_ASIDE; j--) {
    if (t[j].raw === ',') return j;
    if (t[j].raw === '.' || t[j].raw === ';' || t[j].raw === '“' || t[j].raw === '”' || t[j].raw === '"') return -1;
  }
  return -1;
}

/**
 * `comma` is the comma just before a verb with no subject of its own. When the piece between it
 * and the comma before is an aside ("speaking on condition of anonymity", "citing defence
 * sources"), returns where the real subject ends, and who was cited.
 */
export function skipAside(t: Token[], comma: number, from: number): { subjectEnd: number; citing: Token[] } | null {
  const open = previousComma(t, comma, from);
  if (open < 0 || open === comma - 1) return null;
  const first = t[open + 1];
  const participle = first.kind === 'word' && (PARTICIPLES.has(first.lower) || (first.lower.endsWith('ed') && first.lower.length > 4 && t[open + 2]?.lower === 'by'));
  if (!ASIDE_OPENERS.has(first.lower) && !participle && !(first.kind === 'word' && first.lower.endsWith('ing') && first.lower.length > 5)) return null;
  return { subjectEnd: open, citing: first.lower === 'citing' ? t.slice(open + 2, comma) : [] };
}

const DESCRIPTION_LEADS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);

/** A short run of capitalised words, titles' dots allowed: "Kyrylo Budanov", "Brig. Gen. Pat Ryder". */
export function isNameLike(ts: Token[]): boolean {
  const ws = ts.filter((x) => x.raw !== '.');
  return ws.length > 0 && ws.length <= 6 && ts.length <= 9 && ws.every((x) => x.kind === 'word' && isCapitalised(x.raw));
}

/**
 * Does this piece describe a person by function? "The head of Ukraine’s military intelligence"
 * (led by an article), "Ukraine's foreign minister", "a Ukrainian air force spokesman" (ending
 * in a role).
 */
function isDescription(ts: Token[]): boolean {
  if (ts.length === 0 || ts.length > 10) return false;
  const lead = ts[0].lower;
  const last = ts[ts.length - 1].lower;
  if (ROLE_HEADS.has(last) || TITLES.has(last)) return true;
  const possessive = /['’]s$/.test(ts[0].raw);
  if (!DESCRIPTION_LEADS.has(lead) && !TITLES.has(lead) && !ROLE_HEADS.has(lead) && !possessive) return false;
  return ts.some((x) => ROLE_HEADS.has(x.lower) || TITLES.has(x.lower));
}

/**
 * "The head of Ukraine’s military intelligence, Kyrylo Budanov, said": the description before a
 * name set off by commas, when the name is the subject. Returns the description's tokens or [].
 */
export function descriptionBefore(t: Token[], subject: Token[], subjectAt: number, from: number): Token[] {
  const comma = subjectAt - 1;
  if (t[comma]?.raw !== ',' || !isNameLike(subject)) return [];
  let j = comma - 1;
  while (j >= from && t[j].raw !== ',' && t[j].raw !== '.' && t[j].raw !== ';' && comma - j <= 11) j--;
  let start = j + 1;
  if (j >= from && t[j].raw !== ',') return [];
  while (start < comma && OPENERS.has(t[start].lower)) start++;
  const piece = t.slice(start, comma);
  return isDescription(piece) ? piece : [];
}
