import { CONCEPTS, type Concept } from './concepts';
import { otherFigure, type Word } from './words';
import { groupedWords } from '../text/util';

/*
 * A rise that is asked for, offered or agreed: "claiming a 6.5% rise", "demanding a pay rise of
 * 6.5%", "accepted a 5.5% pay rise". The noun of change names no level that moved: the figure is
 * the size of the demand, the offer or the deal, and the word that governs the noun says which.
 * Read as a change, the union's claim, the employer's offer and the settlement would all be one
 * quantity ("rose by"), and none of them the one a reader compares.
 */

/** Nouns of a rise whose size is what is negotiated. */
const RISE_NOUNS = new Set(['rise', 'rises', 'increase', 'increases', 'hike', 'raise', 'uplift', 'increment']);
/** What the rise is of, between the figure and its noun: "a 6.5% pay rise", "a 4% wage increase". */
const PAY_WORDS = new Set(['pay', 'wage', 'wages', 'salary', 'salaries', 'pension', 'pensions', 'basic', 'annual', 'across-the-board']);
/** Words that make a sentence one about pay, when the rise itself names none: "the union is claiming a 6.5% rise". */
const PAY_CONTEXT = new Set(['pay', 'wage', 'wages', 'salary', 'salaries', 'union', 'unions', 'workers', 'staff', 'strike', 'strikers', 'employer', 'employers', 'members', 'nurses', 'teachers', 'drivers', 'employees']);
/** Words that govern the rise (a verb before it, or the noun it qualifies), by the concept they make it. */
const GOVERNING = groupedWords(
  'demanded:claim,claims,claiming,claimed,demand,demands,demanding,demanded,seek,seeks,seeking,sought,want,wants,wanted,ask,asks,asking,asked,pushing,pressing,holding|' +
    'offered:offer,offers,offering,offered,propose,proposes,proposing,proposed,proposal,table,tabled|' +
    'agreed:accept,accepts,accepting,accepted,agree,agrees,agreeing,agreed,deal,settlement,settle,settled,win,won,secure,secured,award,awarded,receive,received,get,got,giving,gives,given,grant,granted',
);
/** Words that may stand between the governing word and the rise: "accepted a 5.5% pay rise", "calling for an improved offer". */
const BETWEEN = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'for', 'out', 'of', 'to', 'new', 'improved', 'revised', 'better', 'bigger', 'higher', 'minimum', 'flat', 'measly', 'further', 'inflation-busting', 'above-inflation', 'below-inflation', 'one-year', 'two-year', 'three-year']);
/** Nouns of asking, offering and agreeing that a figure may be said to be: "the offer is 3%". */
const NOUN_FORMS = new Set(['claim', 'demand', 'offer', 'proposal', 'deal', 'settlement', 'award']);
/** Words between such a noun and its figure: "is for", "of", "now stands at". */
const STATED_AS = new Set(['is', 'was', 'are', 'were', 'of', 'for', 'at', 'stands', 'stood', 'remains', 'now', 'still', 'just', 'only', 'about', 'around', 'some']);
/** How many other words may stand between them: "the union is still claiming a 6.5% rise". */
const REACH = 4;

const BY_ID = new Map(CONCEPTS.map((c) => [c.id, c]));

/** The concept a word of asking, offering or agreeing stands for, if it is one. */
const governed = (w: Word | undefined): Concept | null => (w && GOVERNING[w.lower] ? BY_ID.get(GOVERNING[w.lower])! : null);

/**
 * The pay concept a percentage or an amount at words [first, last] is the size of, with the word
 * index of the word that says so; null when the figure qualifies no negotiated rise, or no word
 * says whether the rise is asked for, offered or agreed ("prices saw a 6% rise" is a change).
 */
export function negotiatedRise(ws: Word[], first: number, last: number, from: number): { concept: Concept; at: number } | null {
  let start: number;
  let paid = false;
  // "a 6.5% pay rise", "a 6.5% rise", "a 6.5% pay claim".
  let k = last + 1;
  while (PAY_WORDS.has(ws[k]?.lower ?? '')) {
    paid = true;
    k++;
  }
  // A bare rise is pay only in a sentence of pay: "households will receive a 10% rise in energy bills" is no deal.
  if (!paid && !ws.some((w) => PAY_CONTEXT.has(w.lower))) return null;
  if (RISE_NOUNS.has(ws[k]?.lower ?? '')) start = first;
  else if (paid && governed(ws[k]) !== null) return { concept: governed(ws[k])!, at: k };
  else if (ws[first - 1]?.lower === 'of' && RISE_NOUNS.has(ws[first - 2]?.lower ?? '')) {
    // "a pay rise of 6.5%", "an increase of 4%".
    start = first - 2;
    while (PAY_WORDS.has(ws[start - 1]?.lower ?? '')) start--;
  } else if (ws.some((w) => PAY_CONTEXT.has(w.lower))) {
    // "The government's offer is 3% a year", "The union's claim is for 12%", "an offer of 3%": the
    // noun of asking or offering, the figure its size.
    for (let i = first - 1; i >= Math.max(from, first - 5); i--) {
      const c = governed(ws[i]);
      if (c !== null && NOUN_FORMS.has(ws[i].lower)) return { concept: c, at: i };
      if (!STATED_AS.has(ws[i].lower)) break;
    }
    return null;
  } else return null;
  for (let i = start - 1, skipped = 0; i >= from && skipped <= REACH; i--) {
    const c = governed(ws[i]);
    if (c !== null) return { concept: c, at: i };
    if (otherFigure(ws, i)) return null;
    if (!BETWEEN.has(ws[i].lower)) skipped++;
  }
  return null;
}
