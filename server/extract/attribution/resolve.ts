import type { Speaker } from '../../domain/schemas';
import type { Token } from '../types';
import { isCapitalised, STOPWORDS } from '../text/nouns';
import type { Clause } from './clauses';
import { isReportingVerb } from './phrases';
import { AUXILIARIES, DOCUMENTS, OPENERS, ORG_WORDS } from './lexicon';
import type { PersonRegistry } from './registry';
import { parseSpeaker } from './speaker';
import { speakerLabel } from '../../domain/attribution';

export interface Attribution {
  speaker: Speaker | null;
  /** Who passed the claim on, innermost first: ["The Washington Post"]. */
  citedBy: string[];
  citation: string;
  stance: 'asserts' | 'denies';
}

export const NO_ATTRIBUTION: Attribution = { speaker: null, citedBy: [], citation: '', stance: 'asserts' };

function text(ts: Token[]): string {
  return ts.map((t, i) => (i > 0 && t.spaced ? ' ' : '') + t.raw).join('').trim();
}

/** "John Kirby (spokesman, White House National Security Council) told The Washington Post". */
export function citationOf(speaker: Speaker | null, citedBy: string[]): string {
  if (speaker === null) return citedBy.length > 0 ? `reported by ${citedBy.join(', via ')}` : '';
  const who = speakerLabel(speaker) ?? '';
  return citedBy.length > 0 ? `${who} told ${citedBy.join(', reported by ')}` : who;
}

/** The subject at the start of a sentence, for "it said" inside it ("The Biden administration ... it said"). */
function sentenceSubject(t: Token[], from: number, to: number): Token[] {
  let s = from;
  while (s < to && OPENERS.has(t[s].lower) && isCapitalised(t[s].raw)) s++;
  let e = s < to && (t[s].lower === 'the' || t[s].lower === 'a' || t[s].lower === 'an') ? s + 1 : s;
  while (e < to && t[e].kind === 'word' && !STOPWORDS.has(t[e].lower) && !AUXILIARIES.has(t[e].lower) && !isReportingVerb(t, e) && !/ed$/.test(t[e].lower)) e++;
  return t.slice(s, e);
}

export interface ResolveContext {
  tokens: Token[];
  registry: PersonRegistry;
  /** Attributions of the article's sentences in order; only the first `before` are earlier ones. */
  previous: Attribution[];
  before: number;
  sentenceFrom: number;
  /** Token index of the clause's subject, so "it" looks only before itself. */
  clauseAt: number;
}

/** The latest of the `before` earlier attributions (within `reach` of them) whose speaker fits. */
function lastMatching(ctx: ResolveContext, want: (s: Speaker) => boolean, reach = PRONOUN_REACH): Attribution | null {
  const prev = ctx.previous;
  // While the article is read in order, a quote's clause may sit in a sentence not yet read
  // ("…,” she said" closing a quote that opened sentences earlier): only what is known counts.
  const before = Math.min(ctx.before, prev.length);
  for (let i = before - 1; i >= 0 && i >= before - reach; i--) {
    const s = prev[i].speaker;
    if (s !== null && want(s)) return prev[i];
  }
  return null;
}

/** Words that open a relative clause after a name. */
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when']);

/** Words for a person who passes on what others said: "the source", "the official". */
const PERSON_HEADS = new Set(['source', 'sources', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'person', 'people', 'diplomat', 'officer', 'adviser', 'advisor', 'minister', 'envoy', 'aide', 'insider', 'insiders']);

/** How many sentences back "he said" or "the official said" may look for who that is. */
const PRONOUN_REACH = 40;
/** How many sentences back "the report" may find its author. */
const DOCUMENT_REACH = 3;

function isDocument(ref: NonNullable<ReturnType<typeof parseSpeaker>>): boolean {
  if (ref.type === 'anaphor') return DOCUMENTS.has(ref.head);
  if (ref.type !== 'speaker' || ref.speaker.name !== null) return false;
  // "citing intelligence": a lower-case body word on its own is evidence, not a speaker.
  const only = ref.speaker.role === null ? ref.speaker.organisation : ref.speaker.organisation === null ? ref.speaker.role : null;
  return only !== null && only === only.toLowerCase() && DOCUMENTS.has(only.split(' ').pop() ?? '');
}

/** How far back (tokens) a body's full name is looked for when a later sentence calls it "the Council". */
const BODY_NAME_REACH = 600;

/**
 * "The Automobile Association ran the survey. ... the Association said": the last capitalised
 * name ending in the same generic word before token `at` (not only earlier speakers).
 */
function fullNameBefore(t: Token[], at: number, head: string): string | null {
  for (let k = at - 1; k >= Math.max(1, at - BODY_NAME_REACH); k--) {
    if (t[k].lower !== head || !isCapitalised(t[k].raw) || t[k].spaced === false) continue;
    let j = k;
    while (j > 0 && t[j - 1].kind === 'word' && isCapitalised(t[j - 1].raw) && t[j - 1].lower !== 'the' && k - j < 5) j--;
    if (j < k) return text(t.slice(j, k + 1));
  }
  return null;
}

/** Turns a reporting clause into an attribution: resolves pronouns, "the source", short names. */
export function resolveClause(c: Clause, ctx: ResolveContext): Attribution {
  const known = (x: string) => ctx.registry.has(x);
  const stance = c.denial ? 'denies' : 'asserts';
  const cited = c.citing.length > 0 ? parseSpeaker(c.citing, known) : null;
  const citesSpeaker = cited !== null && !isDocument(cited);
  const ref = citesSpeaker ? cited : parseSpeaker(c.subject, known);
  let citedBy: string[] = c.told.length > 0 && c.told.some((t) => isCapitalised(t.raw)) ? [text(c.told).replace(/^the /, '')] : [];
  if (citesSpeaker) citedBy = [text(c.subject).replace(/^(the|The) /, '')];
  let speaker: Speaker | null = null;
  if (ref === null) return NO_ATTRIBUTION;
  // "according to internal documents", "figures showed": evidence no one is named behind is the outlet's own account.
  if (ref.type === 'speaker' && !citesSpeaker && cited === null && isDocument(ref)) return NO_ATTRIBUTION;
  if (ref.type === 'speaker') {
    speaker = ctx.registry.resolve(ref.speaker);
    // An apposition describes a person ("John Kirby, the White House spokesman"); one after a body
    // ("the ISW, a Washington-based think tank") says what the body is, not a role in it.
    // "Renate Oswald, who lives nearby", "Rui Carvalho, surveying his field": a clause, not a role.
    const clausal = c.apposition.length > 0 && (RELATIVES.has(c.apposition[0].lower) || /^\p{Ll}+ing$/u.test(c.apposition[0].raw));
    const app = c.apposition.length > 0 && speaker.name !== null && !clausal ? parseSpeaker(c.apposition, known) : null;
    if (app?.type === 'speaker' && app.speaker.name === null) {
      speaker = { ...speaker, role: speaker.role ?? app.speaker.role, organisation: speaker.organisation ?? app.speaker.organisation };
    } else if (app?.type === 'anaphor') speaker = { ...speaker, role: speaker.role ?? app.phrase };
  }
  else if (ref.type === 'pronoun') {
    if (ref.word === 'it' || ref.word === 'they' || ref.word === 'we') {
      const subj = sentenceSubject(ctx.tokens, ctx.sentenceFrom, ctx.clauseAt);
      const own = subj.length > 0 ? parseSpeaker(subj, known) : null;
      if (own?.type === 'speaker' && own.speaker.name === null) speaker = own.speaker;
    }
    if (speaker === null) {
      const person = ref.word === 'he' || ref.word === 'she';
      const hit = lastMatching(ctx, (s) => (person ? s.name !== null : true));
      if (hit !== null) return { ...hit, stance, citation: citationOf(hit.speaker, [...citedBy, ...hit.citedBy]), citedBy: [...citedBy, ...hit.citedBy] };
    }
  } else {
    // "The source said": the last speaker described the same way, else the last speaker at all.
    // "The army said" names a body: an earlier mention of it, else the body itself.
    const body = ORG_WORDS.has(ref.head);
    const same = (s: Speaker) => (body ? (s.organisation ?? '').toLowerCase().includes(ref.phrase.toLowerCase()) : (s.role ?? '').toLowerCase().includes(ref.head));
    // "The report said", "the statement added": a document speaks for whoever the last few
    // sentences named as its author ("According to a report by the Institute ...").
    const document = !body && DOCUMENTS.has(ref.head);
    const hit =
      lastMatching(ctx, same) ?? (document ? lastMatching(ctx, () => true, DOCUMENT_REACH) : body || !PERSON_HEADS.has(ref.head) ? null : lastMatching(ctx, () => true));
    if (hit !== null) return { ...hit, stance, citation: citationOf(hit.speaker, [...citedBy, ...hit.citedBy]), citedBy: [...citedBy, ...hit.citedBy] };
    const full = body ? fullNameBefore(ctx.tokens, ctx.clauseAt, ref.head) : null;
    speaker = body ? { name: null, role: null, organisation: full ?? ref.phrase } : { name: null, role: ref.phrase, organisation: null };
  }
  return { speaker, citedBy, citation: citationOf(speaker, citedBy), stance };
}
