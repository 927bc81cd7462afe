import { isCapitalised, isPluralNoun, STOPWORDS } from '../text/nouns';
import { CONCEPTS, type Concept } from './concepts';
import type { Hit } from './near';
import { clauseEndsBefore, JOINS, type Word } from './words';

/*
 * A camp's or a site's population: "the Hollin camp now holds 14,200 people", "some 3,100
 * registered at the Varna reception centre", "Kessin, a camp that did not exist in May, is now
 * home to 8,000". The site is the figure's scope, as a town is ("61 homes in Linden Falls"), and
 * people counted at it as being there (living, staying, registered) are the people it shelters:
 * two counts of one camp are one quantity, apart from every other camp's and from all camps'.
 */

/** Nouns of one site ("camps" are several, no one site's share). */
const SITE_NOUNS = new Set(['camp', 'centre', 'center', 'shelter', 'site', 'settlement', 'compound']);
/** Words between a site's name and its noun: "the Varna reception centre", "the Kell transit centre". */
const SITE_MODIFIERS = new Set(['reception', 'transit', 'refugee', 'refugees', 'tented', 'tent', 'displacement', 'main', 'new', 'makeshift', 'temporary', 'emergency', 'border', 'relief', 'evacuation', 'holding', 'processing']);
/** Verbs of being at a site rather than of anything happening there: "now live", "were registered at". */
const STAYS = new Set(['live', 'lives', 'living', 'lived', 'stay', 'stays', 'staying', 'stayed', 'registered', 'sleep', 'sleeping', 'slept', 'accommodated', 'hosted', 'crammed', 'packed', 'squeezed']);
/** Words that may stand between a site's subject and its verb: "Brenna now holds", "Ostra is now home to". */
const SUBJECT_FILLERS = new Set(['now', 'still', 'already', 'also', 'is', 'was', 'has', 'had', 'currently']);
/** Words that say a sentence is about people sheltering: a name one registers at is a site only then. */
const SHELTER_WORDS = new Set(['camp', 'camps', 'shelter', 'shelters', 'centre', 'center', 'refugees', 'refugee', 'displaced', 'evacuees', 'fled', 'fleeing', 'asylum', 'arrivals', 'reception']);
/** Words after "registered at X" that make it a sign-up for something, not a stay. */
const SIGN_UP = new Set(['for', 'to', 'with', 'as']);
/** Words after a site noun before its name: "the camp at Ostra", "the shelter in Ostra". */
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'near', 'of']);
/** Words that open a sentence with the place all of it happens at: "At the Ostra camp, …". */
const OPENINGS = new Set(['at', 'in', 'inside']);

export const SHELTERED: Concept = CONCEPTS.find((c) => c.id === 'sheltered')!;

const isName = (w: Word | undefined, event: Set<string>) => !!w && isCapitalised(w.raw) && !STOPWORDS.has(w.lower) && !event.has(w.lower);
const bare = (w: Word) => w.raw.replace(/['’]s$/, '');
/** "camp", "centre", and "city" in "tent city". */
const isSiteNoun = (ws: Word[], i: number) => SITE_NOUNS.has(ws[i].lower) || (ws[i].lower === 'city' && ws[i - 1]?.lower === 'tent');

/** The name a site noun at word `i` carries: "the Ostra camp", "the Varna reception centre", "the camp at Ostra". */
function nameOfSite(ws: Word[], i: number, event: Set<string>): string | null {
  let j = i - 1;
  while (j >= 0 && SITE_MODIFIERS.has(ws[j].lower)) j--;
  const names: string[] = [];
  // A sentence's first word is capitalised whatever it is: a name only if it is no plural ("Ostra camp", not "Officials' camp").
  for (; j >= 0 && names.length < 3 && isName(ws[j], event) && (j > 0 || !isPluralNoun(ws[j].lower)); j--) names.unshift(bare(ws[j]));
  if (names.length > 0) return names.join(' ');
  if (PLACE_PREPOSITIONS.has(ws[i + 1]?.lower ?? '') && isName(ws[i + 2], event)) return bare(ws[i + 2]);
  return null;
}

/** The nearest named site among words [from, to), nearest to `near` first. */
function siteWithin(ws: Word[], from: number, to: number, near: number, event: Set<string>): string | null {
  const order = Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k).sort((a, b) => Math.abs(a - near) - Math.abs(b - near));
  for (const i of order) {
    const name = isSiteNoun(ws, i) ? nameOfSite(ws, i, event) : null;
    if (name !== null) return name;
  }
  return null;
}

/** "Ostra, a camp that …, is now home to", "Brenna, to the east, holds": a name opening the sentence, its aside, then the verb at `verb`. */
function subjectSite(ws: Word[], sentence: string, verb: number, event: Set<string>): string | null {
  let k = 0;
  while (k < verb && k < 3 && isName(ws[k], event)) k++;
  if (k === 0 || (k === 1 && isPluralNoun(ws[0].lower))) return null;
  const name = ws.slice(0, k).map(bare).join(' ');
  const gap = (i: number) => sentence.slice(ws[i - 1].start + ws[i - 1].raw.length, ws[i].start);
  // The aside runs from the comma after the name to the next comma; it joins no second clause.
  if (k < verb && gap(k).includes(',')) {
    for (k++; k < verb && !gap(k).includes(','); k++) if (JOINS.has(ws[k].lower)) return null;
  }
  while (k < verb && SUBJECT_FILLERS.has(ws[k].lower)) k++;
  return k === verb ? name : null;
}

/**
 * The named site a count of people at words [first, last] is counted at, when its words name one:
 * in the figure's clause [from, to), in a phrase opening the sentence ("At the Ostra camp, …"),
 * as the subject of a verb of sheltering ("Brenna holds another 6,000"), or as "there" after it.
 */
export function namedSite(ws: Word[], sentence: string, from: number, first: number, last: number, to: number, hit: Hit | null, event: Set<string>): string | null {
  const own = siteWithin(ws, from, to, first, event);
  if (own !== null) return own;
  // "At the Ostra camp, an hour from the border, some 9,000 people now live …".
  if (OPENINGS.has(ws[0]?.lower ?? '')) {
    let end = 1;
    while (end < first && !sentence.slice(ws[end - 1].start, ws[end].start).includes(',')) end++;
    const opening = siteWithin(ws, 1, end, 1, event);
    if (opening !== null) return opening;
  }
  // "4,000 people were registered at Ostra": a place one registers at is a site.
  // Not a sign-up: "4,000 people registered at Eventbrite for the conference" is no camp, unless the sentence speaks of shelter.
  if (hit !== null && STAYS.has(ws[hit.at]?.lower ?? '') && ws[hit.at + 1]?.lower === 'at' && isName(ws[hit.at + 2], event) && (ws.some((w) => SHELTER_WORDS.has(w.lower)) || !SIGN_UP.has(ws[hit.at + 3]?.lower ?? ''))) return bare(ws[hit.at + 2]);
  if (hit?.concept.id === SHELTERED.id && hit.at < first) {
    const subject = subjectSite(ws, sentence, hit.at, event);
    if (subject !== null) return subject;
  }
  // "opened a tented camp at Ostra …, and about 1,500 people spent the first night there".
  const there = ws.slice(last + 1, to).some((w) => w.lower === 'there');
  if (there && hit?.concept.id === SHELTERED.id) return siteWithin(ws, 0, first, first, event);
  return null;
}

/** Does the deed say only that the people are at the site ("now live", "registered at"), so that they are its population? */
export function staysAt(ws: Word[], sentence: string, first: number, to: number, hit: Hit | null): boolean {
  if (hit === null) {
    for (let i = first + 1; i < to && !clauseEndsBefore(ws, sentence, i); i++) if (STAYS.has(ws[i].lower)) return true;
    return false;
  }
  return hit.concept.id === SHELTERED.id || STAYS.has(ws[hit.at]?.lower ?? '');
}
