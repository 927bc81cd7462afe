import type { Speaker } from '../../domain/schemas';
import type { Token } from '../types';
import { isCapitalised } from '../nouns';
import { AUXILIARIES, NAME_PARTICLES, OPENERS, ORG_WORDS, PRONOUNS, TITLES } from './lexicon';

/** What a subject phrase refers to: a speaker, or a pronoun / "the source" to resolve later. */
export type SpeakerRef =
  | { type: 'speaker'; speaker: Speaker }
  | { type: 'pronoun'; word: string }
  | { type: 'anaphor'; head: string };

const DETERMINERS = new Set(['the', 'a', 'an']);
const CONNECTORS = new Set(['of', 'for', 'and', 'the', '&', 'on']);

function isCap(tok: Token): boolean {
  return tok.kind !== 'punct' && isCapitalised(tok.raw);
}

function words(ts: Token[]): string {
  let out = '';
  ts.forEach((t, i) => {
    out += (i > 0 && t.spaced ? ' ' : '') + t.raw;
  });
  return out;
}

function possessiveStem(raw: string): string | null {
  const m = /^(.*)['’]s$/.exec(raw);
  return m ? m[1] : null;
}

/** Trims openers ("Now"), determiners and trailing auxiliaries ("has", "on Tuesday") from a subject. */
function trim(ts: Token[]): Token[] {
  let s = 0;
  let e = ts.length;
  while (s < e && (OPENERS.has(ts[s].lower) && s + 1 < e || ts[s].kind === 'punct')) s++;
  while (e > s && (AUXILIARIES.has(ts[e - 1].lower) || ts[e - 1].lower.endsWith('ly') || ts[e - 1].kind === 'punct')) e--;
  return ts.slice(s, e);
}

/** Splits "White House National Security Council spokesman John Kirby" into org, role and name. */
function fromCapitalised(ts: Token[], knownPerson: (surname: string) => boolean): Speaker {
  // The last run of capitalised words, with "of"/"and"/particles inside it.
  let r = ts.length;
  while (r > 0 && (isCap(ts[r - 1]) || (CONNECTORS.has(ts[r - 1].lower) || NAME_PARTICLES.has(ts[r - 1].lower) || ts[r - 1].raw === '-') && r - 1 > 0 && isCap(ts[r - 2]))) r--;
  let end = ts.length;
  while (end > 0 && !isCap(ts[end - 1])) end--;
  const trailingLower = ts.slice(end).filter((t) => t.kind === 'word' && !DETERMINERS.has(t.lower));
  if (end < ts.length) {
    // "US officials", "Western intelligence sources": organisation, then a lower-case role.
    let b = end;
    while (b > 0 && (isCap(ts[b - 1]) || CONNECTORS.has(ts[b - 1].lower) && b - 1 > 0 && isCap(ts[b - 2]))) b--;
    const org = words(ts.slice(b, end)).replace(/^(the|a|an) /i, '');
    // "the Biden administration", "the Russian military": the lower-case word is part of the body's name.
    if (trailingLower.length > 0 && trailingLower.every((t) => ORG_WORDS.has(t.lower) || t.lower === 'military' || t.lower === 'regime')) {
      return { name: null, role: null, organisation: `${org} ${words(trailingLower)}` };
    }
    return { name: null, role: words(trailingLower) || null, organisation: org || null };
  }
  const run = ts.slice(r);
  const prefix = ts.slice(0, r);
  let titleAt = -1;
  run.forEach((t, i) => {
    if (TITLES.has(t.lower.replace(/\.$/, '')) && i < run.length - 1) titleAt = i;
  });
  const nameToks = titleAt >= 0 ? run.slice(titleAt + 1) : run;
  const titleToks = titleAt >= 0 ? run.slice(0, titleAt + 1) : [];
  const capWords = nameToks.filter((t) => t.kind === 'word');
  const orgLike = capWords.some((t) => ORG_WORDS.has(t.lower)) || capWords.every((t) => t.raw === t.raw.toUpperCase());
  const person = !orgLike && (capWords.length >= 2 || titleAt >= 0 || knownPerson(capWords[capWords.length - 1]?.raw ?? ''));
  if (!person) {
    const role = prefix.filter((t) => t.kind === 'word' && !DETERMINERS.has(t.lower) && !CONNECTORS.has(t.lower) && !isCap(t));
    return { name: null, role: role.length > 0 ? words(role) : null, organisation: words(run).replace(/^the /i, '') || null };
  }
  // Before the name: [organisation][role words]; a possessive is an organisation ("Russia’s defence minister").
  let p = prefix.length;
  while (p > 0 && !isCap(prefix[p - 1]) && prefix[p - 1].kind === 'word' && !DETERMINERS.has(prefix[p - 1].lower)) p--;
  const roleToks = [...prefix.slice(p), ...titleToks.filter((t) => !/^(mr|mrs|ms|dr|miss|sir|dame)\.?$/i.test(t.raw))];
  const orgToks = prefix.slice(0, p).filter((t, i, all) => !(i === 0 && DETERMINERS.has(t.lower)) || all.length === 1);
  // "Col. Ivan Petrenko", "Defence Secretary Ben Wallace": capitalised titles before the name are the role.
  while (orgToks.length > 0 && TITLES.has(orgToks[orgToks.length - 1].lower)) roleToks.unshift(orgToks.pop()!);
  const poss = orgToks.length > 0 ? possessiveStem(orgToks[orgToks.length - 1].raw) : null;
  const org = poss !== null ? words([...orgToks.slice(0, -1)]) + (orgToks.length > 1 ? ' ' : '') + poss : words(orgToks);
  return {
    name: words(nameToks),
    role: roleToks.length > 0 ? words(roleToks) : null,
    organisation: org.trim().replace(/^(the|a|an) /i, '') || null,
  };
}

/**
 * Reads a subject or agent phrase ("an unnamed security official", "The British Ministry of
 * Defence", "Mr Kirby", "it", "The source") into a speaker reference.
 */
export function parseSpeaker(raw: Token[], knownPerson: (surname: string) => boolean): SpeakerRef | null {
  const ts = trim(raw.filter((t) => t.raw !== '.'));
  if (ts.length === 0) return null;
  if (ts.length === 1 && PRONOUNS.has(ts[0].lower)) return { type: 'pronoun', word: ts[0].lower };
  if (ts.length > 8) return null;
  const hasCap = ts.some((t, i) => isCap(t) && !(i === 0 && DETERMINERS.has(t.lower)));
  if (!hasCap) {
    const content = ts.filter((t) => t.kind === 'word' && !DETERMINERS.has(t.lower));
    if (content.length === 0) return null;
    if (ts[0].lower === 'the' && content.length <= 2) return { type: 'anaphor', head: content[content.length - 1].lower };
    return { type: 'speaker', speaker: { name: null, role: words(content), organisation: null } };
  }
  const of = personOfOrg(ts, knownPerson);
  if (of !== null) return { type: 'speaker', speaker: of };
  return { type: 'speaker', speaker: fromCapitalised(ts, knownPerson) };
}

/** "John Kirby of the US national security council": a named person, then "of" and the body. */
function personOfOrg(ts: Token[], knownPerson: (surname: string) => boolean): Speaker | null {
  const at = ts.findIndex((t) => t.lower === 'of');
  if (at < 2 || at === ts.length - 1 || !ts.slice(0, at).every((t) => isCap(t))) return null;
  const left = fromCapitalised(ts.slice(0, at), knownPerson);
  if (left.name === null) return null;
  const org = words(ts.slice(at + 1)).replace(/^(the|a|an) /i, '');
  return { ...left, organisation: org || left.organisation };
}
