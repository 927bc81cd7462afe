import type { Token } from '../types';
import { CLAIM_NOUNS, DENIAL_CUES, REPORTING_VERBS, TITLES } from './lexicon';
import { isCapitalised } from '../text/nouns';

/*
 * The two walks every reporting clause is read with: back from a verb to its subject, and on
 * from a verb to its object or inverted agent; and the test for whether a word is a reporting verb.
 */

const BACK_STOP_PUNCT = new Set([',', ';', ':', '“', '”', '"', '(', ')', '—', '–', '.', '!', '?', '‘']);
const BACK_STOP_WORDS = new Set([
  'that', 'which', 'who', 'and', 'but', 'while', 'as', 'because', 'after', 'when', 'where', 'if', 'though',
  'although', 'than', 'since', 'so', 'or', 'what', 'how', 'whether', 'whom', 'with', 'to',
]);
const FORWARD_STOP_WORDS = new Set([
  'who', 'which', 'that', 'adding', 'added', 'in', 'on', 'at', 'during', 'as', 'when', 'after', 'before', 'while',
  'because', 'told', 'to', 'said', 'says', 'according', 'citing', 'and', 'but', 'from', 'by', 'with', 'last',
]);
/** Forms that are often nouns ("claims of", "the reports"): verbs only after a subject-like word. */
const NOUN_LIKE = new Set([
  'claims', 'claim', 'reports', 'report', 'estimates', 'estimate', 'states', 'notes', 'projects', 'forecasts', 'forecast',
  'shows', 'finds', 'put', 'puts', 'found', 'say', 'tell', 'suspect', 'suspects', 'suspected', 'estimated', 'show',
]);
// After a verb of denial "claims"/"reports" is its object: "Tehran rejected claims that ...".
const NOUN_LEADS = new Set([
  'the', 'a', 'an', 'these', 'those', 'of', 'from', 'in', 'to', 'and', 'its', 'their', 'his', 'her', 'such', 'new',
  'latest', 'media', 'press', 'news', 'denied', 'rejected', 'dismissed', 'disputed', 'refuted', 'called', 'rebuffed',
  'contested', 'on', 'any', 'all', 'earlier', 'previous', 'western', 'ukrainian', 'russian', 'iranian', 'unconfirmed',
]);

export function isReportingVerb(t: Token[], k: number): boolean {
  const w = t[k];
  if (w === undefined || w.kind !== 'word') return false;
  // "Iran called claims that it had sent drones lies": "called" reports only such a denial.
  if (w.lower === 'called') return deniedByCue(t, k, Math.min(t.length, k + 20));
  if (!REPORTING_VERBS.has(w.lower)) return false;
  if (NOUN_LIKE.has(w.lower) && NOUN_LEADS.has(t[k - 1]?.lower ?? '')) return false;
  return !passive(t, k) && !refusal(t, k);
}

const REFUSALS = new Set(['rejected', 'rebuffed']);
const OBJECT_LEADS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her']);
/**
 * "rail workers have rejected an improved pay offer": turning down an offer is a deed, not a
 * report on the figures around it. Rejecting "the claims" or "a report" still denies them.
 */
function refusal(t: Token[], k: number): boolean {
  if (!REFUSALS.has(t[k].lower) || !OBJECT_LEADS.has(t[k + 1]?.lower ?? '')) return false;
  return !t.slice(k + 1, k + 6).some((x) => CLAIM_NOUNS.has(x.lower) || DENIAL_CUES.has(x.lower));
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const BETWEEN = new Set(['also', 'now', 'still', 'widely', 'generally', 'not', 'already', 'long']);

/** "Iran is believed to have sent ...", "was reported": a passive names no speaker before it. */
function passive(t: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (BETWEEN.has(t[j].lower) || (t[j].lower.endsWith('ly') && t[j].kind === 'word'))) j--;
  return j >= 0 && BE.has(t[j].lower);
}

/** The dot of an initialism ("U.S.", "U.K."): after a lone capital, glued to it. */
function initialDot(t: Token[], j: number): boolean {
  const p = t[j - 1];
  return t[j].raw === '.' && p !== undefined && !t[j].spaced && p.raw.length === 1 && isCapitalised(p.raw) && (t[j - 2]?.raw === '.' || (t[j + 1]?.raw.length === 1 && !t[j + 1].spaced));
}

/** Tokens before verb k back to a clause boundary: the subject. */
export function subjectBefore(t: Token[], k: number, floor: number): Token[] {
  let j = k - 1;
  for (; j >= floor; j--) {
    const w = t[j];
    // "Ukraine’s military intelligence (HUR) said": step over the bracket.
    if (w.raw === ')') {
      let o = j - 1;
      while (o >= floor && o > j - 8 && t[o].raw !== '(' && t[o].raw !== ')') o--;
      if (o >= floor && t[o].raw === '(') {
        j = o;
        continue;
      }
    }
    if (w.kind === 'punct' && BACK_STOP_PUNCT.has(w.raw) && !initialDot(t, j) && !(w.raw === '.' && !w.spaced && TITLES.has(t[j - 1]?.lower ?? ''))) break;
    // "The Seafarers' and Dockworkers' Union": an "and" inside one body's name.
    const inName = w.lower === 'and' && (t[j - 1]?.raw === "'" || t[j - 1]?.raw === '’') && !t[j - 1].spaced && isCapitalised(t[j + 1]?.raw ?? '');
    if (BACK_STOP_WORDS.has(w.lower) && !(w.lower === 'with' && t[j - 1]?.lower === 'familiar') && !inName) break;
    if (isReportingVerb(t, j)) break;
  }
  return t.slice(j + 1, k);
}

const PHRASE_PUNCT = new Set(['-', '’', "'", '&']);

/** People named by their work, who may be placed "at" a body. */
const WORKERS = new Set(['analysts', 'analyst', 'economists', 'economist', 'researchers', 'researcher', 'scientists', 'scientist', 'strategists', 'strategist', 'officials', 'doctors', 'experts', 'engineers']);

/** Tokens after k up to a boundary: an inverted subject ("said John Kirby of the US council"). */
export function phraseAfter(t: Token[], k: number, ceiling: number): Token[] {
  let j = k + 1;
  for (; j < ceiling; j++) {
    const w = t[j];
    if (w.kind === 'punct' && !PHRASE_PUNCT.has(w.raw) && !(w.raw === '.' && (TITLES.has(t[j - 1].lower) || initialDot(t, j)))) break;
    // "Institute for Science and International Security": "and" between capitals is inside a name.
    const inName = w.lower === 'and' && isCapitalised(t[j - 1].raw) && isCapitalised(t[j + 1]?.raw ?? '');
    // "said analysts at Goldman Sachs", "said researchers at the University of Leeds": where they work.
    const workplace = w.lower === 'at' && j === k + 2 && WORKERS.has(t[j - 1].lower) && (isCapitalised(t[j + 1]?.raw ?? '') || (t[j + 1]?.lower === 'the' && isCapitalised(t[j + 2]?.raw ?? '')));
    if (FORWARD_STOP_WORDS.has(w.lower) && j > k + 1 && !inName && !workplace) break;
  }
  return t.slice(k + 1, j);
}

/** "said reports that ... were baseless", "called claims ... lies": a denial without a denial verb. */
export function deniedByCue(t: Token[], verb: number, to: number): boolean {
  let sawClaim = false;
  for (let j = verb + 1; j < to; j++) {
    const w = t[j].lower;
    if (CLAIM_NOUNS.has(w)) sawClaim = true;
    else if (sawClaim && DENIAL_CUES.has(w)) return true;
  }
  return false;
}
