import { stem } from '../measure/words';
import { isCapitalised, STOPWORDS } from '../text/nouns';
import type { Word } from './words';
import { ONES, TENS } from '../numbers/lexicon/numbers';

/*
 * Two shapes of sentence where the words that say what a figure counts are not next to it:
 * a level a tally reached ("the death toll from Tuesday's blast at the plant rose to nine"), whose
 * deed is the tally's own noun, and a part of a whole ("870 of its 2,100 staff failed to report"),
 * whose deed comes after the whole.
 */

/** Verbs whose figure is the level reached ("rose to 9", "stands at 15", "put the toll at 40"), not a change. */
const LEVEL_VERBS = new Set(
  'rose risen rises climbed climbs jumped grew grown increased reached stood stands put raised soared swelled swollen fell fallen dropped declined revised upgraded brought bringing lifted'.split(' ').map(stem),
);
const LEVEL_PREPS = new Set(['to', 'at']);
/** How far back from "to"/"at" the verb may sit: "raised its pay offer to striking ferry crews to 6.5%". */
const LEVEL_REACH = 8;
/** How far before the verb its subject's head may sit: "The death toll from Tuesday's explosion at a plant in … rose". */
export const SUBJECT_REACH = 25;

export interface Level {
  /** Word index of the verb. */
  verb: number;
}

/**
 * "rose to nine", "now stands at 15", "put the active perimeter at 210 km", "raised its offer to
 * 6.5%": the figure is the value a tally reached. `gapEnds(i)` says whether a clause ends before
 * word i, so a verb of another clause is not taken.
 */
export function levelOf(ws: Word[], first: number, gapEnds: (i: number) => boolean): Level | null {
  if (!LEVEL_PREPS.has(ws[first - 1]?.lower ?? '')) return null;
  for (let i = first - 2; i >= Math.max(0, first - 1 - LEVEL_REACH); i--) {
    if (gapEnds(i + 1)) return null;
    if (LEVEL_VERBS.has(ws[i].stem)) return { verb: i };
  }
  return null;
}

const WHOLE_DETERMINERS = new Set(['its', 'the', 'their', 'his', 'her', 'our', 'all']);
// A part may be spelled ("Seventeen of the train's 38 wagons"): the numbers stage's own words for numbers.
const isNumber = (w: Word | undefined) => !!w && (/^\d[\d,.]*$/.test(w.raw) || w.lower in ONES || w.lower in TENS || w.lower === 'hundred');
const possessive = (w: Word | undefined) => !!w && /['’]s$/.test(w.raw);
/** Where "of" stands before a whole's figure at `k`: "of 2,100", "of its 2,100", "of the train's 38". */
function ofBefore(ws: Word[], k: number): number {
  let j = k - 1;
  if (possessive(ws[j]) && WHOLE_DETERMINERS.has(ws[j - 1]?.lower ?? '')) j -= 2;
  else if (WHOLE_DETERMINERS.has(ws[j]?.lower ?? '')) j--;
  return ws[j]?.lower === 'of' ? j : -1;
}

/**
 * "870 of its 2,100 seagoing staff had failed to report": the word index of the whole's figure
 * after the part at [first, last], or -1 when the figure is no part of a stated whole.
 */
export function wholeAfter(ws: Word[], last: number): number {
  if (ws[last + 1]?.lower !== 'of') return -1;
  for (const j of [last + 2, last + 3, last + 4]) if (/^\d[\d,.]*$/.test(ws[j]?.raw ?? '') && ofBefore(ws, j) === last + 1) return j;
  return -1;
}

/** Is the figure at `first` the whole of a part stated before it ("870 of its 2,100 staff")? */
export function isWhole(ws: Word[], first: number): boolean {
  const j = ofBefore(ws, first);
  // "640 services were cancelled on Monday out of 1,400 scheduled": "out of" always names a whole.
  return j > 0 && (isNumber(ws[j - 1]) || ws[j - 1].lower === 'out');
}

const HELD_VERBS = new Set(['rose', 'risen', 'climbed', 'fell', 'fallen', 'dropped', 'sank', 'sunk', 'dipped', 'plunged', 'slumped', 'reached', 'stood', 'stands', 'was', 'is', 'were', 'are', 'remained', 'remains']);
const HELD_BETWEEN = new Set(['has', 'have', 'had', 'been', 'now', 'already', 'just', 'only', 'still', 'further']);
/** The noun a percentage is the level of, read from "<noun> (has) fallen to / was at N%"; null when no such noun. */
export function heldLevel(ws: Word[], first: number, from: number): string | null {
  const prep = ws[first - 1]?.lower;
  if (prep !== 'to' && prep !== 'at') return null;
  let v = first - 2;
  while (v > from && ['just', 'only', 'about', 'around', 'some', 'below', 'above', 'nearly', 'almost', 'barely'].includes(ws[v].lower)) v--;
  if (!HELD_VERBS.has(ws[v]?.lower ?? '') || ((ws[v].lower === 'was' || ws[v].lower === 'is' || ws[v].lower === 'were' || ws[v].lower === 'are') && prep !== 'at')) return null;
  let k = v - 1;
  while (k > from && HELD_BETWEEN.has(ws[k].lower)) k--;
  // "the main reservoir serving the capital sank": a participle's phrase after the noun.
  for (let j = k; j >= Math.max(from, k - 3); j--) if (/ing$/.test(ws[j].lower) && j > from) k = j - 1;
  const w = ws[k];
  if (!w || k < from || isCapitalised(w.raw) || STOPWORDS.has(w.lower) || /(?:ly|ing|ed)$/.test(w.lower) || /\d/.test(w.raw)) return null;
  return w.lower;
}
