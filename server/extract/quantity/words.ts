import { stem } from '../measure/words';
import { tokenAt } from '../text/tokenize';
import { isPluralNoun } from '../text/nouns';
import { ONES, TENS } from '../numbers/lexicon/numbers';

/*
 * The words of a sentence as the quantities stage reads them, and the clause around a figure:
 * the span whose words may say what the figure counts.
 */

// "6.9-magnitude" and "1,150" are one word each: a decimal point or a thousands comma is no break.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|[.,](?=\p{N}))*/gu;
/** How many words after a figure its deed, place or rate may sit ("14 people were killed"). */
export const REACH_AFTER = 7;
const CLAUSE_END = /[;:!?]|\.\s|—|–/;
/** Words written with a point that ends no sentence: month abbreviations, titles, initials. */
const ABBREVIATED = /^(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mr|mrs|ms|dr|st|gen|lt|col|sgt|capt|gov|sen|rep|no|vs|inc|co|corp|ltd|jr|sr|prof|[a-z](?:\.[a-z])*)$/i;
/** What may stand between a figure and its restatement in brackets: "(", "(US$", "(about ", "(or ". */
const RESTATED = /^\s*\(\s*(?:(?:about|around|roughly|some|approximately|or)\s+)?(?:[A-Z]{1,3}\s*)?[$€£¥]?\s*$/;
export const JOINS = new Set(['and', 'but', 'while', 'whereas', 'plus']);
const MONTH_WORDS = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/**
 * A number that is another figure, not a day of a date ("the Oct. 10 earthquake", "on 6 March").
 * Spelled ones too ("… rose to 9, with eight people still missing": "missing" is the eight's),
 * but not "one", which is as often a pronoun ("three were hurt, one seriously").
 */
export function otherFigure(ws: Word[], i: number): boolean {
  const w = ws[i].lower;
  if (w !== 'one' && (w in ONES || w in TENS)) return true;
  if (!/^\d[\d,.]*$/.test(ws[i].raw)) return false;
  return !MONTH_WORDS.has(ws[i - 1]?.lower ?? '') && !MONTH_WORDS.has(ws[i + 1]?.lower ?? '');
}


export interface Word {
  raw: string;
  lower: string;
  stem: string;
  start: number;
}

// Every figure of a sentence reads the same words: split them once (a list of 4,000 figures in
// one sentence must cost the same per figure as a short sentence).
let cachedWords: { text: string; words: Word[] } | null = null;
export function wordsOf(text: string): Word[] {
  if (cachedWords?.text !== text) cachedWords = { text, words: [...text.matchAll(WORD)].map((m) => ({ raw: m[0], lower: m[0].toLowerCase(), stem: stem(m[0].replace(/['’]s$/, '')), start: m.index })) };
  return cachedWords.words;
}

/** First word starting at or after `pos`. */
export const wordAt = (ws: Word[], pos: number): number => tokenAt(ws, pos);

/**
 * The clause around the figure at words [first, last]: deeds past a semicolon or a dash belong to
 * other figures, and so do those past another figure or an "and"/"but" joining another clause:
 * in "three killed and four missing", "killed" is the three's and "missing" the four's.
 */
/** Does a clause end between word i-1 and word i (a semicolon, a dash, a sentence's point)? */
export function clauseEndsBefore(ws: Word[], sentence: string, i: number): boolean {
  // A figure inside a word ("a'5") has no word of its own at `first`: the gap there is empty.
  const g = i > 0 && i < ws.length ? sentence.slice(ws[i - 1].start + ws[i - 1].raw.length, ws[i].start) : '';
  // "the Oct. 10 earthquake", "Gen. Ruiz", "the U.S. team": an abbreviation's point ends no clause.
  return CLAUSE_END.test(g) && !(/^\.\s+$/.test(g) && ABBREVIATED.test(ws[i - 1].raw));
}

export function clauseAround(ws: Word[], sentence: string, first: number, last: number, reachAfter: number, reachBefore: number): { from: number; to: number } {
  const ends = (i: number) => clauseEndsBefore(ws, sentence, i);
  let from = Math.max(0, first - reachBefore);
  for (let i = first - 1; i >= from; i--) {
    if (ends(i + 1) || JOINS.has(ws[i].lower) || otherFigure(ws, i)) {
      from = i + 1;
      break;
    }
  }
  let to = Math.min(ws.length, last + 1 + reachAfter);
  // "46.8°C (116.2°F) at Ilmarez airport", "C$45 million (US$33 million) worth of timber": the figure
  // restated in brackets is the same figure, so the clause runs on past it (and reaches as far again).
  const endOfLast = ws[last] ? ws[last].start + ws[last].raw.length : 0;
  const restated = (i: number) => RESTATED.test(sentence.slice(endOfLast, ws[i].start));
  for (let i = last + 1; i < to; i++) {
    if (otherFigure(ws, i) && !ends(i) && restated(i)) {
      to = Math.min(ws.length, to + 3);
      continue;
    }
    // "more than 2,000 workers and volunteers have been deployed": "and" joining two nouns of the figure's phrase joins no clause.
    if (i === last + 2 && JOINS.has(ws[i].lower) && ws[i].lower === 'and' && isPluralNoun(ws[i - 1].lower) && ws[i + 1] && isPluralNoun(ws[i + 1].lower) && !otherFigure(ws, i + 1)) {
      to = Math.min(ws.length, to + 2);
      i++;
      continue;
    }
    if (ends(i) || JOINS.has(ws[i].lower) || otherFigure(ws, i)) {
      to = i;
      break;
    }
  }
  return { from, to };
}
