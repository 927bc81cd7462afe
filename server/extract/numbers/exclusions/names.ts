import type { Token } from '../../types';
import type { Atom } from '../atoms';
import { isCapitalised, isPluralNoun } from '../../text/nouns';
import { currencyAfter, currencyBefore } from '../currency';

/*
 * Numbers inside names that the designator list (lexicon-dates DESIGNATORS) cannot see because
 * the name comes after the number or is spelt like no word: street addresses ("12 Harbour Road",
 * "221B Baker Street"), shirt numbers ("wears number 23", "the No 9 shirt") and model names
 * written in camel case ("iPhone 15", "PlayStation 5").
 */

/** The last word of a street's name. */
const STREET_TYPES = new Set([
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'av', 'lane', 'ln', 'drive', 'dr', 'boulevard', 'blvd', 'place', 'pl',
  'way', 'terrace', 'tce', 'crescent', 'cres', 'court', 'ct', 'close', 'square', 'sq', 'parade', 'pde', 'highway', 'hwy',
  'row', 'mews', 'gardens', 'grove', 'quay', 'wharf', 'esplanade', 'embankment', 'walk', 'strasse', 'straße', 'broadway',
]);
/** A house number may carry one letter: "221B", "12a". */
const HOUSE_NUMBER = /^\d{1,5}[a-h]?$/i;

/** Words that introduce a place: an address follows them ("at 12 Harbour Road", "outside 10 Downing Street"). */
const LOCATIVES = new Set(['at', 'on', 'in', 'from', 'to', 'near', 'outside', 'opposite', 'behind', 'inside', 'into', 'beside', 'address', 'of']);

/** "at 12 Harbour Road", "at 48 Queen St", "at 221B Baker Street", "outside 10 Downing Street". */
export function isStreetAddress(t: Token[], a: Atom): boolean {
  const p = t[a.first - 1];
  // "Flat 4, 12 Harbour Road", "(12 Harbour Road)": an address also follows a comma or a bracket.
  const lead = p !== undefined && (LOCATIVES.has(p.lower) || p.raw === ',' || p.raw === '(');
  if (a.first !== a.last || !HOUSE_NUMBER.test(t[a.first].raw) || !lead) return false;
  for (let j = a.last + 1; j <= a.last + 4 && j < t.length; j++) {
    const w = t[j];
    if (w.kind !== 'word' || !isCapitalised(w.raw) || (j > a.last + 1 && !w.spaced)) return false;
    // The street word ends the name and is not the first word ("12 Street" is not an address).
    // "500 Wall Street bankers" counts bankers: a plural noun after the name makes it a modifier.
    if (j > a.last + 1 && STREET_TYPES.has(w.lower)) return t[j + 1]?.raw !== '-' && !(t[j + 1]?.kind === 'word' && t[j + 1].spaced && isPluralNoun(t[j + 1].raw) && !isCapitalised(t[j + 1].raw));
  }
  return false;
}

const WEAR = new Set(['wears', 'wear', 'wore', 'wearing', 'worn', 'donned', 'dons', 'handed', 'given', 'inherited', 'retired']);
const SHIRTS = new Set(['shirt', 'shirts', 'jersey', 'jerseys', 'kit', 'strip', 'top']);

/** "He wears number 23", "the No 9 shirt", "the 23 jersey": a player's number. */
export function isShirtNumber(t: Token[], a: Atom): boolean {
  if (a.first !== a.last || a.literal === null || a.value > 99 || !Number.isInteger(a.value)) return false;
  if (SHIRTS.has(t[a.last + 1]?.lower ?? '')) return true;
  let k = a.first - 1;
  if (t[k]?.raw === '.' && !t[k].spaced) k--;
  const p = t[k]?.lower ?? '';
  return (p === 'number' || p === 'no') && WEAR.has(t[k - 1]?.lower ?? '');
}

const DIAL = new Set(['call', 'calls', 'called', 'calling', 'dial', 'dials', 'dialled', 'dialed', 'dialling', 'dialing', 'ring', 'rang', 'phone', 'phoned', 'text', 'texted', 'hotline', 'helpline']);

/** "Call 911 or 999", "dial 112", "text 85258": a number to call is a name, not a figure. */
export function isDialledNumber(t: Token[], a: Atom): boolean {
  if (a.first !== a.last || a.literal === null || a.literal.suffix || a.literal.hasComma || a.literal.hasDecimal || a.multiplier !== null) return false;
  let k = a.first - 1;
  // "call 911 or 999", "dial 111, 999 or 112": back over the numbers listed before this one.
  while (k >= 1 && (t[k].lower === 'or' || t[k].raw === ',') && t[k - 1].kind === 'num') k -= 2;
  if (k < 0 || !DIAL.has(t[k].lower)) return false;
  // "call 50 people", "rang 3 times": a counted thing after the number makes it a count.
  const n = t[a.last + 1];
  return !(n !== undefined && n.kind === 'word' && n.spaced && isPluralNoun(n.raw));
}

/** "iPhone 15", "PlayStation 5", "eVTOL 2": a camel-case name followed by a bare integer. */
export function isModelName(t: Token[], a: Atom): boolean {
  const p = t[a.first - 1];
  if (p === undefined || p.kind !== 'word' || a.first !== a.last || a.literal === null || a.literal.suffix || a.literal.hasComma || a.multiplier !== null) return false;
  return /^[a-z]+[A-Z]|^[A-Z][a-z]+[A-Z][a-z]/.test(p.raw);
}

const noMoney = (t: Token[], a: Atom) => currencyBefore(t, a.first) === null && currencyAfter(t, a.last, false) === null;

/**
 * "221B", "flat 12B", "seat 4B": a number with one capital letter glued on is a label, not
 * billions, unless money ("$221B", "221B dollars") or a counted thing ("5B users") says so.
 */
export function isLetteredLabel(t: Token[], a: Atom): boolean {
  const tok = t[a.first];
  if (a.first !== a.last || a.literal === null || a.literal.suffix !== 'b' || !tok.raw.endsWith('B') || a.literal.hasDecimal) return false;
  const n = t[a.last + 1];
  if (n !== undefined && n.kind === 'word' && n.spaced && isPluralNoun(n.raw) && !isCapitalised(n.raw)) return false;
  return noMoney(t, a);
}

/** The "K" screen sizes: 2K, 4K, 5K, 8K... */
const K_RESOLUTIONS = new Set([1, 2, 3, 4, 5, 6, 8, 10, 12, 16]);
const SCREENS = new Set([
  'tv', 'tvs', 'television', 'televisions', 'video', 'videos', 'resolution', 'screen', 'screens', 'display', 'displays', 'monitor',
  'monitors', 'footage', 'camera', 'cameras', 'streaming', 'stream', 'streams', 'uhd', 'hdr', 'content', 'quality', 'projector',
  'projectors', 'blu-ray', 'film', 'films', 'movie', 'movies', 'broadcast', 'broadcasts', 'panel', 'panels', 'oled', 'lcd', 'gaming', 'playback', 'format',
]);
/** Words before a bare "4K" that speak of picture, not money: "in 4K", "shot at 8K", "native 4K". */
const SCREEN_LEADS = new Set(['in', 'at', 'native', 'true', 'full', 'shot', 'filmed', 'recorded', 'streamed', 'supports', 'support', 'upscaled', 'upscale', 'and', 'or', 'to']);

/**
 * "a 4K television", "shot in 8K": a screen resolution is a name, not 4,000. "$4K" and "4K
 * dollars" stay money, "4K subscribers" a count; a "10K race" is a distance (context.ts).
 */
export function isScreenResolution(t: Token[], a: Atom): boolean {
  const tok = t[a.first];
  if (a.first !== a.last || a.literal === null || a.literal.suffix !== 'k' || a.literal.hasDecimal || a.literal.hasComma || !K_RESOLUTIONS.has(a.literal.value)) return false;
  if (tok.raw.length !== a.literal.numLength + 1 || !noMoney(t, a)) return false;
  const n = t[a.last + 1];
  if (n !== undefined && n.kind === 'word' && SCREENS.has(n.lower)) return true;
  const p = t[a.first - 1];
  const ends = n === undefined || (n.kind === 'punct' && n.raw !== '-' && n.raw !== '%') || n.lower === 'and' || n.lower === 'or';
  return ends && p !== undefined && SCREEN_LEADS.has(p.lower);
}
