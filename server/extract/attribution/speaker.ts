import type { Speaker } from '../../domain/schemas';
import type { Token } from '../types';
import { AUXILIARIES, DOCUMENTS, NAME_PARTICLES, OPENERS, ORG_WORDS, PRONOUNS, ROLE_HEADS, TITLES } from './lexicon';
import { CONNECTORS, DETERMINERS, capsOf, isOrgWord, orgAndRole, orgText, plainWords, possessiveStem, splitDescription, words } from './org';
import { looksLikeSurname } from './places';
import { isCapitalised } from '../text/nouns';

/** What a subject phrase refers to: a speaker, or a pronoun / "the source" to resolve later. */
export type SpeakerRef =
  | { type: 'speaker'; speaker: Speaker }
  | { type: 'pronoun'; word: string }
  | { type: 'anaphor'; head: string; phrase: string };

type Known = (surname: string) => boolean;

/** Words that name a kind of body, written capitalised for one already named ("the Association"). */
const GENERIC_BODIES = new Set([
  'association', 'council', 'ministry', 'department', 'agency', 'committee', 'commission', 'institute', 'union', 'company',
  'government', 'authority', 'board', 'court', 'office', 'service', 'society', 'federation', 'league', 'foundation',
  'trust', 'centre', 'center', 'corporation', 'bureau', 'tribunal', 'parliament', 'assembly', 'senate', 'secretariat', 'coalition',
]);

/** Participles that say who made a piece of evidence ("analysed by"); "seen by" says who saw it. */
const MAKING = new Set(['analysed', 'analyzed', 'compiled', 'published', 'released', 'prepared', 'conducted', 'commissioned', 'collected', 'gathered', 'produced']);
/** Participles left at the end of a subject cut before its "by": "documents seen (by this newspaper)". */
const TRAILING_PARTICIPLES = new Set(['seen', 'obtained', 'reviewed', 'viewed', 'shared', 'leaked', 'examined']);

/** Heads of a phrase that counts rather than speaks. */
const AMOUNT_HEADS = new Set(['number', 'numbers', 'figure', 'figures', 'total', 'totals', 'amount', 'tally', 'toll', 'count', 'share', 'level', 'rate']);
/** Words after which "the" opens a new noun phrase inside the one before it ("head of the agency"). */
const PHRASE_JOINS = new Set(['of', 'for', 'in', 'at', 'with', 'to', 'by', 'from', 'on', 'and', 'or', 'as', 'than', 'all', 'both', 'half']);

/**
 * "a move the company (said)", "the plan the ministry (announced)": a relative clause with its
 * "that" left out; the speaker is the noun phrase that opens at its last article.
 */
function lastNounPhrase(ts: Token[]): Token[] {
  for (let i = ts.length - 2; i > 0; i--) {
    const w = ts[i].lower;
    if ((w === 'the' || w === 'a' || w === 'an') && ts[i - 1].kind === 'word' && !PHRASE_JOINS.has(ts[i - 1].lower) && !isCapitalised(ts[i - 1].raw) && !DETERMINERS.has(ts[i - 1].lower)) return ts.slice(i);
  }
  return ts;
}

const PARTICIPLE_LINKS = new Set(['in', 'at', 'on', 'for', 'with', 'to', 'of', 'from', 'under', 'near', 'inside', 'outside', 'across', 'about', 'alongside']);

/** "A medical charity working in Lusenda", "officials speaking on condition of anonymity": the phrase before the participle. */
function withoutParticiple(ts: Token[]): Token[] {
  for (let i = 1; i + 1 < ts.length; i++) {
    if (/^\p{Ll}+ing$/u.test(ts[i].raw) && PARTICIPLE_LINKS.has(ts[i + 1].lower) && ts[i].lower !== 'during') return ts.slice(0, i);
  }
  return ts;
}

/** The tokens naming whoever owns a document at the phrase's head ("the ministry's weekly bulletin" -> "the ministry"). */
function documentOwner(ts: Token[]): Token[] | null {
  const head = ts[ts.length - 1];
  if (ts.length < 2 || !DOCUMENTS.has(head.lower) || isCapitalised(head.raw) || isOrgWord(head)) return null;
  for (let i = ts.length - 2; i >= 0; i--) {
    const stem = possessiveStem(ts[i].raw);
    if (stem !== null) return [...ts.slice(0, i), { ...ts[i], raw: stem, lower: stem.toLowerCase(), end: ts[i].start + stem.length }];
  }
  return null;
}

/** Trims openers ("Now"), bracketed asides ("(HUR)") and trailing auxiliaries ("has", "on Tuesday"). */
function trim(raw: Token[]): Token[] {
  const ts: Token[] = [];
  let depth = 0;
  for (const t of raw) {
    if (t.raw === '(') depth++;
    else if (t.raw === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && t.raw !== '.') ts.push(t);
  }
  // "a 44-year-old nurse": the age describes the person, it is no part of the role.
  for (let i = ts.length - 5; i >= 0; i--) {
    if (ts[i].kind === 'num' && ts[i + 1].raw === '-' && /^years?$/.test(ts[i + 2].lower) && ts[i + 3].raw === '-' && ts[i + 4].lower === 'old') ts.splice(i, 5);
  }
  let s = 0;
  let e = ts.length;
  while (s < e && ((OPENERS.has(ts[s].lower) && s + 1 < e) || ts[s].kind === 'punct')) s++;
  // A trailing "-ly" word is an adverb ("officials earlier/previously said") unless capitalised: "Tom Reilly", "Kelly".
  while (e > s && (AUXILIARIES.has(ts[e - 1].lower) || (TRAILING_PARTICIPLES.has(ts[e - 1].lower) && e - s > 1) || (ts[e - 1].lower.endsWith('ly') && !/^\p{Lu}/u.test(ts[e - 1].raw)) || ts[e - 1].kind === 'punct')) e--;
  return ts.slice(s, e);
}

const ROLE_PREPOSITIONS = new Set(['for', 'of', 'in', 'at', 'with', 'to']);

/** "a spokesman for Ukraine's air force", "officials in Kyiv", "people familiar with the matter". */
function rolePhrase(ts: Token[], cap: boolean[]): Speaker | null {
  const at = ts.findIndex((t) => ROLE_PREPOSITIONS.has(t.lower));
  if (at < 1 || at === ts.length - 1 || cap.slice(0, at).some(Boolean)) return null;
  const before = ts.slice(0, at).filter((t) => t.kind === 'word' && !DETERMINERS.has(t.lower));
  if (!before.some((t) => ROLE_HEADS.has(t.lower) || TITLES.has(t.lower))) return null;
  const after = ts.slice(at + 1);
  const orgLike = after.some((_, i) => cap[at + 1 + i]) || isOrgWord(after[after.length - 1]);
  const lead = ts.indexOf(before[0]);
  // "the ministry of health", "the agency for disasters": a body written in lower case.
  if (isOrgWord(before[before.length - 1]) && ts[at].lower !== 'with') return { name: null, role: null, organisation: plainWords(ts.slice(lead), lead > 0) };
  if (!orgLike || ts[at].lower === 'to' || ts[at].lower === 'with') return { name: null, role: plainWords(ts.slice(lead), lead > 0), organisation: null };
  return { name: null, role: plainWords(before, lead > 0), organisation: orgText(after) };
}

/** "John Kirby of the US national security council": a named person, then "of" and the body. */
function personOfOrg(ts: Token[], cap: boolean[], known: Known): Speaker | null {
  const at = ts.findIndex((t) => t.lower === 'of');
  if (at < 2 || at === ts.length - 1 || !cap.slice(0, at).every(Boolean)) return null;
  const left = fromCapitalised(ts.slice(0, at), cap.slice(0, at), known);
  if (left.name === null) return null;
  return { ...left, organisation: orgText(ts.slice(at + 1)) ?? left.organisation };
}

/** The apostrophe of "Passengers' Association", "Farmers’ Confederation": glued to a plural, inside one name. */
function pluralPossessive(ts: Token[], j: number): boolean {
  const a = ts[j];
  return (a.raw === "'" || a.raw === '’') && !a.spaced && j > 0 && /s$/i.test(ts[j - 1].raw) && ts[j + 1]?.spaced === true;
}

/** The start of the last run of capitalised words, with connectors and name particles inside it. */
function runStart(ts: Token[], cap: boolean[]): number {
  let r = ts.length;
  while (r > 0) {
    if (cap[r - 1]) {
      r--;
      continue;
    }
    // At most two joining words between capitals: "Institute for the Study", "Ali al-Sistani".
    let j = r - 1;
    while (j > 0 && r - j <= 2 && (CONNECTORS.has(ts[j].lower) || NAME_PARTICLES.has(ts[j].lower) || ts[j].raw === '-' || pluralPossessive(ts, j))) j--;
    if (j < r - 1 && cap[j] && r < ts.length) r = j + 1;
    else break;
  }
  return r;
}

/** Splits "White House National Security Council spokesman John Kirby" into org, role and name. */
function fromCapitalised(ts: Token[], cap: boolean[], known: Known): Speaker {
  let end = ts.length;
  while (end > 0 && !cap[end - 1]) end--;
  if (end < ts.length) return { name: null, ...orgAndRole(ts, cap, end) };
  const r = runStart(ts, cap);
  const run = ts.slice(r);
  // "Ukraine's Zelenskiy": a possessive inside the run owns what follows, unless that is a body.
  let q = -1;
  run.forEach((t, i) => {
    if (i < run.length - 1 && possessiveStem(t.raw) !== null) q = i;
  });
  const tail = run.slice(q + 1);
  let titleAt = -1;
  tail.forEach((t, i) => {
    if (TITLES.has(t.lower.replace(/\.$/, '')) && i < tail.length - 1) titleAt = i;
  });
  // "Secretary of State Antony Blinken": the title runs through "of".
  if (titleAt >= 0 && tail[titleAt + 1]?.lower === 'of' && titleAt + 3 < tail.length) titleAt += 2;
  const nameToks = tail.slice(titleAt + 1).filter((t) => t.kind === 'word');
  const orgLike = nameToks.some((t) => ORG_WORDS.has(t.lower) || CONNECTORS.has(t.lower)) || nameToks.every((t) => t.raw === t.raw.toUpperCase());
  const single = nameToks.length === 1 ? nameToks[0].raw : null;
  const person = !orgLike && nameToks.length > 0 && (nameToks.length >= 2 || titleAt >= 0 || (single !== null && (known(single) || looksLikeSurname(single))));
  if (!person) {
    const role = ts.slice(0, r).filter((t, i) => t.kind === 'word' && !DETERMINERS.has(t.lower) && !CONNECTORS.has(t.lower) && !cap[i]);
    const org = q >= 0 && !tail.some((t) => ORG_WORDS.has(t.lower)) ? orgText(run.slice(0, q + 1)) : orgText(run);
    return { name: null, role: role.length > 0 ? words(role) : null, organisation: org };
  }
  const described = splitDescription([...ts.slice(0, r), ...run.slice(0, q + 1), ...tail.slice(0, titleAt + 1)]);
  return { name: words(nameToks), ...described };
}

/** A phrase with no capitalised name: "an unnamed security official", "the army", "the source". */
function lowerCase(ts: Token[]): SpeakerRef | null {
  let s = 0;
  while (s < ts.length && (DETERMINERS.has(ts[s].lower) || ts[s].kind !== 'word')) s++;
  const content = ts.slice(s);
  if (content.length === 0) return null;
  const phrase = plainWords(content, s > 0);
  if (ts[0].lower === 'the' && content.length <= 3) return { type: 'anaphor', head: content[content.length - 1].lower, phrase };
  if (isOrgWord(content[content.length - 1])) return { type: 'speaker', speaker: { name: null, role: null, organisation: phrase } };
  return { type: 'speaker', speaker: { name: null, role: phrase, organisation: null } };
}

/**
 * Reads a subject or agent phrase ("an unnamed security official", "The British Ministry of
 * Defence", "Mr Kirby", "it", "The source") into a speaker reference.
 */
export function parseSpeaker(raw: Token[], known: Known): SpeakerRef | null {
  const ts = withoutParticiple(lastNounPhrase(trim(raw)));
  if (ts.length === 0) return null;
  // "the ministry's latest bulletin", "the Institute's situation report": the owner of the document speaks.
  const owner = documentOwner(ts);
  if (owner !== null) return parseSpeaker(owner, known);
  // "nearly three times the number (reported)", "the figure (recorded)": an amount says nothing.
  if (AMOUNT_HEADS.has(ts[ts.length - 1].lower) || ts.some((t) => t.lower === 'times' && t.kind === 'word' && !isCapitalised(t.raw))) return null;
  if (ts.length === 1 && PRONOUNS.has(ts[0].lower)) return { type: 'pronoun', word: ts[0].lower };
  if (ts.length > 10) return null;
  // "imagery analysed by a private firm", "figures compiled by the UN": whoever made the evidence speaks.
  const made = ts.findIndex((t, i) => i > 0 && t.lower === 'by' && MAKING.has(ts[i - 1].lower));
  if (made > 0 && made + 1 < ts.length) return parseSpeaker(ts.slice(made + 1), known);
  // "data from the UN", "a report by the Institute for ...": the body behind the document speaks.
  const d = ts.findIndex((t) => !DETERMINERS.has(t.lower));
  if (d < 0) return null;
  const by = ts[d + 1]?.lower;
  if (DOCUMENTS.has(ts[d].lower) && (by === 'by' || by === 'from' || by === 'of') && d + 2 < ts.length) return parseSpeaker(ts.slice(d + 2), known);
  // "the Association said", "the Council said": a body's generic word alone refers back to its full name.
  if (ts.length === 2 && ts[0].lower === 'the' && GENERIC_BODIES.has(ts[1].lower) && /^\p{Lu}\p{Ll}/u.test(ts[1].raw)) return { type: 'anaphor', head: ts[1].lower, phrase: ts[1].lower };
  const cap = capsOf(ts);
  const role = rolePhrase(ts, cap);
  if (role !== null) return { type: 'speaker', speaker: role };
  if (!cap.some(Boolean)) return lowerCase(ts);
  const speaker = personOfOrg(ts, cap, known) ?? fromCapitalised(ts, cap, known);
  return { type: 'speaker', speaker };
}
