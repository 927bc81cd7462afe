import type { Measure } from '../../domain/schemas';
import { DEMONYMS } from '../../domain/nations';
import { PLACES } from '../attribution/places';
import { dict } from '../text/util';

/*
 * Which countries a measure is about, and which a sentence speaks of. "Iranian ballistic missiles
 * Russia seeks" is not the measure for "North Korea has supplied 100 ballistic missiles": the
 * words match, the parties do not.
 */

/** Capitals and seats of power that stand for their country in wire copy. */
const SEATS: Record<string, string> = dict({
  tehran: 'iran', moscow: 'russia', kremlin: 'russia', kyiv: 'ukraine', kiev: 'ukraine', washington: 'us', pentagon: 'us',
  pyongyang: 'korea', beijing: 'china', minsk: 'belarus', london: 'britain', whitehall: 'britain', usa: 'us', uk: 'britain',
});
/** Words in PLACES that name no country of their own; "us" is read lower-cased, so it is the pronoun. */
const NOT_COUNTRIES = new Set(['west', 'europe', 'nato', 'un', 'eu', 'england', 'scotland', 'wales', 'us']);

function countryOf(word: string): string | null {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (w in SEATS) return SEATS[w];
  if (w in DEMONYMS) return DEMONYMS[w].toLowerCase() === 'eu' ? null : DEMONYMS[w].toLowerCase();
  return PLACES.has(w) && !NOT_COUNTRIES.has(w) ? w : null;
}

const WORD = /[\p{L}’']+/gu;

/** The countries named by these words (lower case), through names, capitals and adjectives. */
export function countriesOf(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const c = countryOf(w);
    if (c !== null) out.add(c);
  }
  return out;
}

const byMeasure = new Map<string, Set<string>>();

/** The countries a measure is about, from its title and description. */
export function measureCountries(m: Measure): Set<string> {
  const key = `${m.id}|${m.title}|${m.description}`;
  let found = byMeasure.get(key);
  if (found === undefined) byMeasure.set(key, (found = countriesOf(`${m.title} ${m.description}`.match(WORD) ?? [])));
  return found;
}
