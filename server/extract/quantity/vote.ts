import type { Figure } from '../types';
import { isCapitalised, STOPWORDS } from '../text/nouns';
import { clauseEndsBefore, type Word } from './words';

/*
 * A vote's result: "members backed the deal by 87% to 13%", "the council voted 412 to 97 in favour
 * of the plan". The numbers stage marks each side (`vote`); what each side counts is the share or
 * the number of votes for or against the motion the verb names, one quantity per side and motion.
 * A ballot's result does not move once it is declared: the same figures reprinted later are the
 * same claim, and "for" and "against" are never one quantity.
 */

/** Verbs of voting whose object (or subject) is the motion: "backed the deal", "the bill passed". */
const VOTING = new Set(['backed', 'voted', 'approved', 'rejected', 'passed', 'endorsed', 'supported', 'ratified', 'carried', 'adopted', 'accepted', 'opposed', 'defeated', 'vetoed', 'upheld', 'overturned', 'balloted']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'new', 'latest', 'revised', 'proposed', 'improved']);
/** How far before the tally its verb may stand: "backed the government's new pay deal by 87% to 13%". */
const REACH = 8;

export interface VoteReading {
  concept: string;
  label: string;
  thing: string;
}

/** A lowercase content word: a motion's noun, not a name, a stopword or a number. */
const noun = (w: Word | undefined) => !!w && !isCapitalised(w.raw) && !STOPWORDS.has(w.lower) && !/\d/.test(w.raw) && !VOTING.has(w.lower);

/** The motion's noun: the verb's object ("backed the deal"), "in favour of the plan" after the tally, or the verb's subject ("the bill passed"). */
function motionOf(ws: Word[], verb: number, tally: number): string | null {
  let k = verb + 1;
  while (k < tally && (DETERMINERS.has(ws[k].lower) || /['’]s$/.test(ws[k].raw) || (isCapitalised(ws[k].raw) && !STOPWORDS.has(ws[k].lower)))) k++;
  // "backed the union's pay deal": the head is the last noun before "by" or the tally.
  let head: string | null = null;
  for (; k < tally && noun(ws[k]); k++) head = ws[k].lower;
  if (head !== null) return head;
  const favour = ws.findIndex((w, i) => i > tally && (w.lower === 'favour' || w.lower === 'favor') && ws[i + 1]?.lower === 'of');
  if (favour >= 0) {
    let j = favour + 2;
    while (DETERMINERS.has(ws[j]?.lower ?? '')) j++;
    if (noun(ws[j])) return ws[j].lower;
  }
  return noun(ws[verb - 1]) ? ws[verb - 1].lower : null;
}

/** What a side of a vote at word `first` counts; null when the figure is no side of a vote. */
export function voteOf(f: Figure, ws: Word[], sentence: string, first: number): VoteReading | null {
  if (!f.vote) return null;
  // The second side's verb is the first's: the search runs back past the other side's figure, not past the clause.
  let verb = -1;
  for (let i = first - 1; i >= Math.max(0, first - REACH) && verb < 0 && !clauseEndsBefore(ws, sentence, i + 1); i--) if (VOTING.has(ws[i].lower)) verb = i;
  const motion = (verb >= 0 ? motionOf(ws, verb, first) : null) ?? 'motion';
  const side = f.vote;
  const percent = f.kind === 'percent';
  return { concept: `vote:${side}:${motion}`, label: `${percent ? 'voting' : 'cast'} ${side} the ${motion}`, thing: percent ? '%' : 'votes' };
}
