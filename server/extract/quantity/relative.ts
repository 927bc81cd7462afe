import { clauseEndsBefore, JOINS, otherFigure, REACH_AFTER, type Word } from './words';

/*
 * A relative clause between a counted noun and its verb: "Around 2,000 residents who live within a
 * 3.1-mile radius of the plant remained out of their homes". The clause describes the residents; the
 * deed is the main verb's, after it, however many words (and figures: "3.1-mile") the clause holds.
 */

const RELATIVES = new Set(['who', 'which', 'that', 'whose']);
/** Verbs that start the main clause again after a relative one ("… remained out of their homes", "… were evacuated"). */
const MAIN_VERBS = new Set(
  'remained remain remains stayed stay stays were was are is have has had fled left spent lost died received returned faced face faces'.split(' '),
);
/** How long a relative clause may run before its main verb. */
const LONGEST = 16;

/**
 * Where the main clause resumes after a relative clause on the noun at word `noun`, and where that
 * clause ends, as [from, to) word indices; null when no relative clause follows the noun.
 */
export function afterRelative(ws: Word[], sentence: string, noun: number): { from: number; to: number } | null {
  if (!RELATIVES.has(ws[noun + 1]?.lower ?? '')) return null;
  // The relative's own verb comes first ("who live"): the main verb is looked for after it.
  for (let i = noun + 3; i < Math.min(ws.length, noun + 2 + LONGEST); i++) {
    if (clauseEndsBefore(ws, sentence, i)) return null;
    // "residents, who live near the plant, remained …": past a comma only the word right after it may
    // resume the main clause; "Of the 860 buildings that collapsed, KEMA says …" is another clause.
    const comma = sentence.slice(ws[i - 1].start + ws[i - 1].raw.length, ws[i].start).includes(',');
    if (comma && !MAIN_VERBS.has(ws[i].lower)) return null;
    if (!MAIN_VERBS.has(ws[i].lower)) continue;
    let to = Math.min(ws.length, i + 1 + REACH_AFTER);
    for (let j = i + 1; j < to; j++) {
      if (clauseEndsBefore(ws, sentence, j) || JOINS.has(ws[j].lower) || otherFigure(ws, j)) {
        to = j;
        break;
      }
    }
    return { from: i, to };
  }
  return null;
}
