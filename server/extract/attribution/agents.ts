import type { Token } from '../types';
import type { Clause } from './clauses';
import { DENIAL_VERBS, DOCUMENTS } from './lexicon';
import { phraseAfter } from './phrases';

/*
 * Attributions that name the speaker without a subject before a verb: "according to X" and the
 * passive "confirmed by X". "According to" may sit anywhere in the sentence and is looked for
 * first; a passive only when no reporting verb comes before the figure.
 */

/** "according to the White House": anywhere in [from, to). */
export function accordingTo(t: Token[], from: number, to: number): Clause | null {
  for (let j = from; j + 1 < to; j++) {
    if (t[j].lower === 'according' && t[j + 1].lower === 'to') {
      let subject = phraseAfter(t, j + 1, to);
      // "according to a report by the ISIS": the phrase stops at "by"; the body after it speaks.
      const k = j + 2 + subject.length;
      // "according to figures compiled by the BBC": a participle may sit between the document and "by".
      const n = subject.length;
      const document = n > 0 && (DOCUMENTS.has(subject[n - 1].lower) || (n > 1 && PASSIVE.has(subject[n - 1].lower) && DOCUMENTS.has(subject[n - 2].lower)));
      if (document && (t[k]?.lower === 'by' || t[k]?.lower === 'from')) subject = phraseAfter(t, k, to);
      return { subject, verb: 'according to', told: [], citing: [], denial: false, according: true, apposition: [] };
    }
  }
  return null;
}

/** Participles that name who reported a figure when followed by "by": "confirmed by the Pentagon". */
const PASSIVE = new Set([
  'reported', 'confirmed', 'estimated', 'cited', 'claimed', 'announced', 'stated', 'counted', 'recorded', 'documented',
  'verified', 'published', 'released', 'disclosed', 'revealed', 'tallied', 'calculated', 'assessed', 'quoted', 'denied',
  'disputed', 'rejected', 'issued', 'compiled',
]);

/** "was confirmed by the Pentagon", "figures released by the UN": the agent after "by". */
function passiveAgentAt(t: Token[], from: number, to: number): { verb: number; by: number } | null {
  for (let j = from + 1; j + 1 < to; j++) {
    if (t[j].lower === 'by' && PASSIVE.has(t[j - 1].lower)) return { verb: j - 1, by: j };
  }
  return null;
}

/** "was confirmed by the Pentagon", "figures released by the UN": the agent of a passive. */
export function passiveBy(t: Token[], from: number, to: number): Clause | null {
  const p = passiveAgentAt(t, from, to);
  if (p === null) return null;
  const verb = t[p.verb].lower;
  return { subject: phraseAfter(t, p.by, to), verb, told: [], citing: [], denial: DENIAL_VERBS.has(verb), according: true, apposition: [] };
}

/** "the 31,400 hectares reported by the Wildfire Service": a passive within two words after the figure ending at token `e`. */
export function passiveRightAfter(t: Token[], e: number, to: number): Clause | null {
  const p = passiveAgentAt(t, e - 1, Math.min(to, e + 4));
  return p === null ? null : passiveBy(t, p.verb - 1, to);
}
