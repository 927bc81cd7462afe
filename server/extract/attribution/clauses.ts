import type { Token } from '../types';
import { AUXILIARIES, DENIAL_VERBS, OPENERS, REPORTING_VERBS, TITLES } from './lexicon';
import { STOPWORDS, isCapitalised } from '../nouns';

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
const NOUN_LIKE = new Set(['claims', 'claim', 'reports', 'estimates', 'estimate', 'states', 'notes', 'projects', 'forecasts', 'forecast', 'shows', 'finds', 'put', 'puts', 'found', 'say', 'tell']);
const NOUN_LEADS = new Set(['the', 'a', 'an', 'these', 'those', 'of', 'from', 'in', 'to', 'and', 'its', 'their', 'his', 'her', 'such', 'new', 'latest', 'media', 'press', 'news']);

export function isReportingVerb(t: Token[], k: number): boolean {
  const w = t[k];
  if (w === undefined || w.kind !== 'word' || !REPORTING_VERBS.has(w.lower)) return false;
  if (NOUN_LIKE.has(w.lower) && NOUN_LEADS.has(t[k - 1]?.lower ?? '')) return false;
  return true;
}

/** Tokens before verb k back to a clause boundary: the subject. */
export function subjectBefore(t: Token[], k: number, floor: number): Token[] {
  let j = k - 1;
  while (j >= floor && !(t[j].kind === 'punct' && BACK_STOP_PUNCT.has(t[j].raw)) && !BACK_STOP_WORDS.has(t[j].lower) && !isReportingVerb(t, j)) j--;
  return t.slice(j + 1, k);
}

const PHRASE_PUNCT = new Set(['-', '’', "'", '&']);

/** Tokens after k up to a boundary: an inverted subject ("said John Kirby of the US council"). */
export function phraseAfter(t: Token[], k: number, ceiling: number): Token[] {
  let j = k + 1;
  while (j < ceiling && !(t[j].kind === 'punct' && !PHRASE_PUNCT.has(t[j].raw) && !(t[j].raw === '.' && TITLES.has(t[j - 1].lower))) && !(FORWARD_STOP_WORDS.has(t[j].lower) && j > k + 1)) j++;
  return t.slice(k + 1, j);
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
  return { subject, verb, told, citing, denial: DENIAL_VERBS.has(verb), according: false, apposition: [] };
}

/** "said John Kirby, White House spokesman": the agent after the verb, and its apposition. */
function inverted(t: Token[], verb: number, to: number): Clause | null {
  const agent = phraseAfter(t, verb, to);
  if (agent.length === 0 || !nounPhraseStart(agent[0])) return null;
  const after = verb + agent.length + 1;
  const apposition = t[after]?.raw === ',' ? phraseAfter(t, after, to) : [];
  return { ...build(t, verb, agent, to), apposition: apposition.length <= 8 ? apposition : [] };
}

/** "John Smith, the mayor, said": when the subject sits between commas after a name, the name speaks. */
function nameBeforeApposition(t: Token[], comma: number, from: number): Token[] | null {
  if (t[comma]?.raw !== ',' || comma - 1 < from || !isCapitalised(t[comma - 1].raw)) return null;
  const name = subjectBefore(t, comma, from);
  const ok = name.length > 0 && name.length <= 6 && !OPENERS.has(name[0].lower) && name.every((x) => x.kind === 'word' && isCapitalised(x.raw));
  return ok ? name : null;
}

/** "according to the White House": anywhere in [from, to). */
export function accordingTo(t: Token[], from: number, to: number): Clause | null {
  for (let j = from; j + 1 < to; j++) {
    if (t[j].lower === 'according' && t[j + 1].lower === 'to') {
      return { subject: phraseAfter(t, j + 1, to), verb: 'according to', told: [], citing: [], denial: false, according: true, apposition: [] };
    }
  }
  return null;
}

/** The nearest reporting verb before `pos` (token index) in [from, pos), with its subject or inverted agent. */
export function clauseBefore(t: Token[], from: number, pos: number, to: number): Clause | null {
  for (let k = pos - 1; k >= from; k--) {
    if (!isReportingVerb(t, k)) continue;
    let verb = k;
    let subject = subjectBefore(t, k, from);
    // "officials have said the US believed ...": the outer speaker is the source.
    for (let s = verb - subject.length - 1; s >= from && isReportingVerb(t, s) && s !== verb; s = verb - subject.length - 1) {
      const outer = subjectBefore(t, s, from);
      if (outer.length === 0) break;
      verb = s;
      subject = outer;
    }
    // "John Smith, the mayor, (had earlier) said": step back over the commas to the name.
    const comma = verb - subject.length - 1;
    if (subject.every((x) => AUXILIARIES.has(x.lower)) && t[comma]?.raw === ',') {
      const app = subjectBefore(t, comma, from);
      const name = app.length > 0 && !isCapitalised(app[0].raw) ? nameBeforeApposition(t, comma - app.length - 1, from) : null;
      if (name !== null) return { ...build(t, verb, name, to), apposition: app };
    }
    if (subject.length === 0) return inverted(t, verb, to);
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
    return subject.length === 0 ? inverted(t, k, to) : build(t, k, subject, to);
  }
  return null;
}
