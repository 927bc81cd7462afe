import type { Token } from '../types';
import { isCapitalised } from '../text/nouns';
import { ONES, TENS } from '../numbers/lexicon/numbers';
import { ORG_WORDS, ROLE_HEADS } from './lexicon';
import { DEMONYMS, isPlace } from './places';

/** Articles and possessive determiners: "Its spokesman" is a spokesman, not a body called "Its". */
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);
/** Words that may sit inside one capitalised name ("Institute for the Study of War"). */
export const CONNECTORS = new Set(['of', 'for', 'and', 'the', '&', 'on']);
/** Words capitalised only because they open the sentence ("Two senior officials said"). */
const LEAD_WORDS = new Set(['senior', 'unnamed', 'anonymous', 'several', 'some', 'many', 'other', 'former', 'top', 'local', 'regional', 'military', 'intelligence', 'security', 'defence', 'defense', 'government', 'people', 'residents', 'witnesses']);
/**
 * Lower-case words that end the name of a body: "Ukraine's air force", "the Russian military".
 * Narrower than the capitalised list: "chief of staff" is a role, "General Staff" a body.
 */
const LOWER_ORG_HEADS = new Set([
  'military', 'regime', 'newspaper', 'broadcaster', 'outlet', 'site', 'website', 'channel', 'ministry', 'army', 'navy',
  'force', 'forces', 'government', 'administration', 'office', 'agency', 'council', 'department', 'police', 'guard',
  'service', 'services', 'command', 'intelligence', 'committee', 'commission', 'parliament', 'court', 'embassy',
  'mission', 'authority', 'presidency', 'cabinet', 'directorate', 'bureau', 'institute', 'company', 'group', 'party',
  'firm', 'consultancy', 'regulator', 'charity', 'operator', 'lender', 'insurer', 'airline', 'union', 'association', 'observatory', 'hospital', 'inspectorate',
  'confederation', 'federation', 'alliance', 'chamber', 'hospitals', 'departments', 'clinics',
]);

export function words(ts: Token[]): string {
  let out = '';
  ts.forEach((t, i) => {
    out += (i > 0 && t.spaced ? ' ' : '') + t.raw;
  });
  return out;
}

/** Like `words`, but a first word capitalised only because it opens the sentence is lower-cased. */
export function plainWords(ts: Token[], firstIsName: boolean): string {
  const text = words(ts);
  return firstIsName || ts.length === 0 ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

export function possessiveStem(raw: string): string | null {
  const m = /^(.*)['’]s$/.exec(raw);
  return m ? m[1] : null;
}

/** Per token: is it capitalised as a name is, rather than because it opens the sentence? */
export function capsOf(ts: Token[]): boolean[] {
  return ts.map((t, i) => {
    if (t.kind === 'punct' || !isCapitalised(t.raw)) return false;
    if (i > 0) return true;
    const w = t.lower;
    // "Aid workers in ...", "Emergency crews": a field of work opening the phrase, before a lower-case word.
    if (isField(t) && ts[1] !== undefined && ts[1].kind === 'word' && !isCapitalised(ts[1].raw)) return false;
    return !(DETERMINERS.has(w) || ROLE_HEADS.has(w) || LEAD_WORDS.has(w) || w in ONES || w in TENS);
  });
}

/** Fields of work that open a role ("Health officials"); adjectives in -al/-ic too ("Medical staff"). */
const FIELDS = new Set([
  'health', 'fire', 'police', 'rescue', 'aid', 'emergency', 'hospital', 'school', 'border', 'safety', 'transport', 'energy',
  'water', 'weather', 'election', 'finance', 'trade', 'education', 'prison', 'port', 'airport', 'union', 'industry', 'hospitality',
  'farm', 'shipping', 'insurance', 'tourism', 'housing', 'welfare', 'customs', 'immigration', 'wildlife', 'forestry', 'coastguard',
]);
function isField(t: Token): boolean {
  const w = t.lower;
  if (t.kind !== 'word' || t.raw === t.raw.toUpperCase() || isPlace(w) || w in DEMONYMS) return false;
  return FIELDS.has(w) || /(?:al|ic)$/.test(w);
}

/** Does this word end the name of a body ("ministry", "air force", "Pentagon", "Kyiv")? */
export function isOrgWord(t: Token): boolean {
  const w = (possessiveStem(t.lower) ?? t.lower).replace(/\.$/, '');
  if (!isCapitalised(t.raw)) return LOWER_ORG_HEADS.has(w);
  return ORG_WORDS.has(w) || LOWER_ORG_HEADS.has(w) || isPlace(w) || w in DEMONYMS;
}

/** An organisation as written, without its article; a lone demonym or possessive becomes the country. */
export function orgText(ts: Token[]): string | null {
  let s = 0;
  while (s < ts.length && DETERMINERS.has(ts[s].lower)) s++;
  const body = ts.slice(s);
  if (body.length === 0) return null;
  if (body.length === 1) {
    const stem = possessiveStem(body[0].raw) ?? body[0].raw;
    return DEMONYMS[stem.toLowerCase()] ?? stem;
  }
  const last = possessiveStem(body[body.length - 1].raw);
  if (last !== null) return `${words(body.slice(0, -1))} ${last}`;
  return words(body);
}

/**
 * Splits a description into organisation and role at its last organisation word: "Iran’s foreign
 * ministry | spokesman", "White House National Security Council | spokesman", "Kyiv | Mayor",
 * "Russia’s | defence minister". Without one, it is all role ("Defence Minister").
 */
export function splitDescription(ts: Token[]): { organisation: string | null; role: string | null } {
  let p = -1;
  ts.forEach((t, i) => {
    if (isOrgWord(t) || (possessiveStem(t.raw) !== null && isCapitalised(t.raw))) p = i;
  });
  const roleToks = ts.slice(p + 1).filter((t) => t.kind === 'word' && !DETERMINERS.has(t.lower) && !/^(mr|mrs|ms|dr|miss|sir|dame)$/i.test(t.raw));
  return { organisation: p >= 0 ? orgText(ts.slice(0, p + 1)) : null, role: roleToks.length > 0 ? words(roleToks) : null };
}

/**
 * A capitalised body followed by lower-case words: "US officials" (org + role), "Ukraine's air
 * force" (one organisation), "a senior Ukrainian defence official" (org Ukraine, role "senior
 * defence official"). `end` is just past the last capitalised token.
 */
export function orgAndRole(ts: Token[], cap: boolean[], end: number): { organisation: string | null; role: string | null } {
  // "Health authorities", "Fire officials", "Environmental campaigners": a field of work,
  // capitalised only because it opens the phrase, is part of the role, not a body's name.
  if (end === 1 && ts.length > 1 && isField(ts[0])) {
    const role = ts.filter((t) => t.kind === 'word');
    return { organisation: null, role: plainWords(role, false) };
  }
  let b = end;
  while (b > 0 && (cap[b - 1] || (CONNECTORS.has(ts[b - 1].lower) && b - 1 > 0 && cap[b - 2]))) b--;
  const lead = ts.slice(0, b).filter((t, i) => !cap[i] && t.kind === 'word' && !DETERMINERS.has(t.lower));
  const trailing = ts.slice(end).filter((t) => t.kind === 'word' && !DETERMINERS.has(t.lower));
  let p = -1;
  trailing.forEach((t, i) => {
    if (isOrgWord(t)) p = i;
  });
  const role = [...lead, ...trailing.slice(p + 1)];
  const organisation = p >= 0 ? words([...ts.slice(b, end), ...trailing.slice(0, p + 1)]).replace(/^(the|a|an) /i, '') : orgText(ts.slice(b, end));
  return { organisation, role: role.length > 0 ? plainWords(role, role[0] !== ts[0] || cap[0]) : null };
}
