import type { Token } from '../types';
import { AUXILIARIES, DENIAL_VERBS, OPENERS, ORG_WORDS, ROLE_HEADS } from './lexicon';
import { isOrgWord } from './org';
import { STOPWORDS, isCapitalised } from '../text/nouns';
import { descriptionBefore, isNameLike, skipAside } from './asides';
import { deniedByCue, isReportingVerb, phraseAfter, subjectBefore } from './phrases';

/** A reporting clause: who (subject tokens), the verb, and who they told ("told The Washington Post"). */
export interface Clause {
  subject: Token[];
  verb: string;
  told: Token[];
  /** "X reported, citing Y": Y is the speaker and X who passed it on. */
  citing: Token[];
  denial: boolean;
  according: boolean;
  /** A description set off by commas next to the name: "John Kirby, White House spokesman". */
  apposition: Token[];
}

/** Words a sentence may open with that are no subject: "In May, …", "After the vote, …". */
const NOT_SUBJECTS = new Set(['in', 'on', 'at', 'after', 'before', 'since', 'during', 'when', 'while', 'if', 'as', 'but', 'and', 'yesterday', 'today', 'meanwhile', 'however', 'it', 'there', 'this', 'that']);
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * The subject a sentence opens with, when it is a speaker's noun phrase ("The union", "An MP",
 * "Hoshida", "The Korvelian Metalworkers' Union") followed by its lower-case verb; else null.
 */
function mainSubject(t: Token[], from: number, end: number): Token[] | null {
  const out: Token[] = [];
  let j = from;
  if (t[j] === undefined || t[j].kind !== 'word' || NOT_SUBJECTS.has(t[j].lower)) return null;
  for (; j < end && out.length < 6; j++) {
    const w = t[j];
    const speaker = isCapitalised(w.raw) || isOrgWord(w) || ORG_WORDS.has(w.lower) || ROLE_HEADS.has(w.lower);
    if (w.kind === 'word' && ((out.length === 0 && ARTICLES.has(w.lower)) || speaker)) out.push(w);
    else if ((w.raw === "'" || w.raw === '’') && out.length > 0) out.push(w);
    else break;
  }
  if (!out.some((w) => !ARTICLES.has(w.lower))) return null;
  const next = t[j];
  return next !== undefined && next.kind === 'word' && !isCapitalised(next.raw) && !STOPWORDS.has(next.lower) ? out : null;
}

/** Can this token open a speaker phrase? "said John Kirby", "said officials"; not "claimed to". */
function nounPhraseStart(tok: Token): boolean {
  return tok.kind === 'word' && (isCapitalised(tok.raw) || !STOPWORDS.has(tok.lower) || tok.lower === 'the' || tok.lower === 'a' || tok.lower === 'an' || PRONOUN_OK.has(tok.lower));
}
const PRONOUN_OK = new Set(['it', 'he', 'she', 'they', 'we', 'i']);

function build(t: Token[], k: number, subject: Token[], ceiling: number): Clause {
  const verb = t[k].lower;
  const told = verb === 'told' || verb === 'tells' || verb === 'tell' ? phraseAfter(t, k, ceiling).filter((x) => x.lower !== 'that') : [];
  let citing: Token[] = [];
  for (let j = k + 1; j < ceiling; j++) if (t[j].lower === 'citing') citing = phraseAfter(t, j, ceiling);
  const denial = DENIAL_VERBS.has(verb) || verb === 'called' || deniedByCue(t, k, ceiling);
  return { subject, verb, told, citing, denial, according: false, apposition: [] };
}

/** Finite verbs: a phrase holding one after "said" is what was said, not who said it. */
const FINITE = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'would', 'will', 'did', 'does', 'do', 'could', 'can', 'should', 'may', 'might', 'must', 'shall']);

/**
 * An inverted agent is a noun phrase ("said John Kirby", "said officials"), not the clause that
 * was said: ", said profits fell 12%" and ", said they had voted" name no speaker.
 */
function agentLike(agent: Token[]): boolean {
  if (agent.length > 1 && PRONOUN_OK.has(agent[0].lower)) return false;
  return !agent.some((x) => x.kind === 'num' || FINITE.has(x.lower));
}

/** "said John Kirby, White House spokesman": the agent after the verb, and its apposition. */
function inverted(t: Token[], verb: number, to: number): Clause | null {
  const agent = phraseAfter(t, verb, to);
  if (agent.length === 0 || !nounPhraseStart(agent[0]) || !agentLike(agent)) return null;
  const after = verb + agent.length + 1;
  const apposition = t[after]?.raw === ',' ? phraseAfter(t, after, to) : [];
  return { ...build(t, verb, agent, to), apposition: apposition.length <= 8 ? apposition : [] };
}

/** "John Smith, the mayor, said": when the subject sits between commas after a name, the name speaks. */
function nameBeforeApposition(t: Token[], comma: number, from: number): Token[] | null {
  if (t[comma]?.raw !== ',' || comma - 1 < from || !isCapitalised(t[comma - 1].raw)) return null;
  const name = subjectBefore(t, comma, from);
  // "The Institute for the Study of War, a Washington-based think tank, said": joining words may sit inside.
  const joins = (x: Token, i: number) => i > 0 && i < name.length - 1 && (x.lower === 'of' || x.lower === 'for' || x.lower === 'the' || x.lower === 'and');
  const body = name[0]?.lower === 'the' ? name.slice(1) : name;
  const ok = body.length > 0 && name.length <= 9 && !OPENERS.has(body[0].lower) && body.every((x, i) => x.kind === 'word' && (isCapitalised(x.raw) || joins(x, i)));
  return ok ? name : null;
}

/**
 * The verb has no subject of its own, only a comma before it. "A senior US official, speaking on
 * condition of anonymity, said" (an aside: the subject is before it; "citing X" makes X the
 * speaker) or "The head of military intelligence, Kyrylo Budanov, said" (a name set off).
 */
function asideClause(t: Token[], verb: number, comma: number, from: number, to: number): Clause | null {
  const aside = skipAside(t, comma, from);
  if (aside !== null) {
    const real = subjectBefore(t, aside.subjectEnd, from);
    if (real.length === 0 || !nounPhraseStart(real[0])) return null;
    return { ...build(t, verb, real, to), citing: aside.citing };
  }
  const piece = subjectBefore(t, comma, from);
  if (!isNameLike(piece) || OPENERS.has(piece[0].lower)) return null;
  return { ...build(t, verb, piece, to), apposition: descriptionBefore(t, piece, comma - piece.length, from) };
}

/** The nearest reporting verb before `pos` (token index) in [from, pos), with its subject or inverted agent. */
export function clauseBefore(t: Token[], from: number, pos: number, to: number): Clause | null {
  // "..., which is now in its 16th month": a figure inside a relative clause set off by a comma
  // is the writer's aside. Not checked for a whole sentence (pos === to), only for a figure.
  let crossedComma = pos === to;
  for (let k = pos - 1; k >= from; k--) {
    if (t[k].raw === ',') crossedComma = true;
    if (!crossedComma && (t[k].lower === 'which' || t[k].lower === 'who') && t[k - 1]?.raw === ',') return null;
    if (!isReportingVerb(t, k)) continue;
    let verb = k;
    let subject = subjectBefore(t, k, from);
    // "officials have said the US believed ...": the outer speaker is the source.
    for (let s = verb - subject.length - 1; s >= from && isReportingVerb(t, s) && s !== verb; s = verb - subject.length - 1) {
      const outer = subjectBefore(t, s, from);
      // "A senior official, speaking on condition of anonymity, said Washington believed ...".
      if (outer.length === 0 && t[s - 1]?.raw === ',') {
        const aside = asideClause(t, s, s - 1, from, to);
        if (aside !== null) return aside;
      }
      if (outer.length === 0) break;
      verb = s;
      subject = outer;
    }
    const comma = verb - subject.length - 1;
    const bare = subject.every((x) => AUXILIARIES.has(x.lower)) && t[comma]?.raw === ',';
    const aside = bare ? asideClause(t, verb, comma, from, to) : null;
    if (aside !== null) return aside;
    // "John Smith, the mayor, (had earlier) said": step back over the commas to the name.
    if (bare) {
      const app = subjectBefore(t, comma, from);
      const name = app.length > 0 && !isCapitalised(app[0].raw) ? nameBeforeApposition(t, comma - app.length - 1, from) : null;
      if (name !== null) return { ...build(t, verb, name, to), apposition: app };
    }
    if (subject.length === 0) {
      // "The union wrote to ministers, saying 300 jobs would go": a participle after a comma says
      // what the sentence's subject said.
      const main = /ing$/.test(t[verb].lower) && t[verb - 1]?.raw === ',' ? mainSubject(t, from, verb - 1) : null;
      if (main !== null) return build(t, verb, main, to);
      return inverted(t, verb, to);
    }
    const named = isCapitalised(subject[0].raw) ? null : nameBeforeApposition(t, verb - subject.length - 1, from);
    if (named !== null) return { ...build(t, verb, named, to), apposition: subject };
    if (nounPhraseStart(subject[0])) return build(t, verb, subject, to);
  }
  return null;
}

/**
 * A trailing attribution after `pos`: ", officials said.", ", said John Kirby", "” it said".
 * Only a clause set off by a comma or closing quote counts; "that Putin claimed" does not.
 */
export function clauseAfter(t: Token[], pos: number, to: number): Clause | null {
  for (let k = pos; k < to; k++) {
    if (!isReportingVerb(t, k)) continue;
    const subject = subjectBefore(t, k, pos);
    const opener = t[k - subject.length - 1];
    const setOff = opener !== undefined && (opener.raw === ',' || opener.raw === '”' || opener.raw === '"');
    if (!setOff || subject.length > 10) return null;
    if (subject.length > 0) return build(t, k, subject, to);
    // ", the regional governor, Oleh Syniehubov, said": a name set off by commas, else "said X".
    return (opener.raw === ',' ? asideClause(t, k, k - 1, pos, to) : null) ?? inverted(t, k, to);
  }
  return null;
}
