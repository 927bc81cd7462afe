import { isCapitalised, STOPWORDS } from '../text/nouns';
import { REACH_AFTER, type Word } from './words';

/*
 * What a length or a temperature is of, read from the words around it. A length is a different
 * quantity for every thing it measures — a quake's depth, an evacuation zone's radius, the
 * coastline the oil reached, the beach a fresh slick hit, the distance of an epicentre from a
 * town — so its noun names it; an area or a mass is named by its deed (burned, spilled) instead.
 * A temperature is a reading at one place.
 */

/** The dimensions a physical reading is named by (its concept). */
export const DIMENSIONS = new Set(['length', 'area', 'mass', 'volume', 'speed', 'temperature']);

const DIRECTIONS = new Set(
  'north south east west northeast northwest southeast southwest north-east north-west south-east south-west northeast inland offshore away upstream downstream'.split(' '),
);
/** Words that end a noun run: a direction, a preposition after the noun ("of coastline between …"). */
const RUN_ENDS = new Set(['between', 'from', 'along', 'around', 'near', 'north', 'south', 'east', 'west', 'and', 'or', 'in', 'at', 'on', 'of', 'to', 'by', 'with', 'for']);
const PLACE_AT = new Set(['at', 'in']);
/** Words between a noun and "to" that keep it the length's noun: "the zone was widened to", "has been extended to". */
const VERB_LINKS = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'be', 'being', 'now', 'since', 'later', 'then']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Nouns that make a capitalised name a site: "Ilmarez airport", "Brannoc station". */
const SITES = new Set(['airport', 'station', 'observatory', 'harbour', 'harbor', 'port', 'base', 'valley', 'island']);

export interface LengthOf {
  /** What the length measures ("depth", "radius", "coastline"), or "distance" from a place. */
  thing: string;
  /** For a distance: the place it is measured from ("Tobrek"). */
  from: string | null;
}

const noun = (w: Word | undefined) => !!w && !isCapitalised(w.raw) && !STOPWORDS.has(w.lower) && !RUN_ENDS.has(w.lower) && /^\p{L}[\p{L}-]*$/u.test(w.raw);

/** The head of a run of up to three nouns from word i on: "exclusion zone" → "zone". */
function headFrom(ws: Word[], i: number): string | null {
  let head: string | null = null;
  for (let j = i; j < i + 3 && noun(ws[j]); j++) head = ws[j].lower;
  return head;
}

/** The run of up to three nouns from word i on, whole: "containment zone". */
function nounRun(ws: Word[], i: number): string | null {
  const run: string[] = [];
  for (let j = i; j < i + 3 && noun(ws[j]); j++) run.push(ws[j].lower);
  return run.length ? run.join(' ') : null;
}

function nameAt(ws: Word[], i: number): string | null {
  const names: string[] = [];
  for (let j = i; j < ws.length && names.length < 3 && isCapitalised(ws[j].raw); j++) names.push(ws[j].raw.replace(/['’]s$/, ''));
  return names.length ? names.join(' ') : null;
}

/** The name at word i, past "the": "of Tobrek", "of the provincial capital, Tobrek" (a name in apposition). */
function nameAfter(ws: Word[], i: number, sentence = ''): string | null {
  const k = ws[i]?.lower === 'the' ? i + 1 : i;
  const direct = nameAt(ws, k);
  if (direct || !sentence) return direct;
  for (let j = k; j < k + 3 && noun(ws[j]); j++) {
    const gap = ws[j + 1] ? sentence.slice(ws[j].start + ws[j].raw.length, ws[j + 1].start) : '';
    if (gap.trim() === ',') return nameAt(ws, j + 1);
  }
  return null;
}

/** "the border", "the crossing point": up to two common nouns after "the", within the clause, as the place a distance is from (not "her hospital"). */
function placeNoun(ws: Word[], i: number, sentence: string): string | null {
  if (ws[i]?.lower !== 'the') return null;
  const words: string[] = [];
  for (let j = i + 1; j < i + 3 && noun(ws[j]); j++) {
    if (/[,;:()—–]/.test(sentence.slice(ws[j - 1].start + ws[j - 1].raw.length, ws[j].start))) break;
    words.push(ws[j].lower);
  }
  return words.length ? `the ${words.join(' ')}` : null;
}

/**
 * "a shallow depth of 10 km", "a 5-kilometre radius", "within 5 km of the plant", "15 km of
 * coastline", "the perimeter at 210 km", "35 km north of Tobrek". Null when nothing says.
 */
export function lengthOf(ws: Word[], sentence: string, first: number, last: number, figureText: string): LengthOf | null {
  const of = lengthThing(ws, sentence, first, last, figureText);
  // "a 3-km zone", "the zone was widened to 3 km", "within 3 km of the crossing": a zone's size in
  // kilometres is its radius. A zone named by its kind ("a 10 km containment zone") stays that zone.
  return of !== null && ZONES.has(of.thing) ? { thing: 'radius', from: null } : of;
}
const ZONES = new Set(['zone', 'cordon', 'perimeter zone']);

/** The last word of a bracketed aside right after word `last` ("14km (8.7-mile) section"), or `last` itself. */
function pastBrackets(ws: Word[], sentence: string, last: number): number {
  const end = ws[last] ? ws[last].start + ws[last].raw.length : -1;
  const m = end >= 0 ? /^\s*\([^()]{1,30}\)/.exec(sentence.slice(end)) : null;
  if (m === null) return last;
  const close = end + m[0].length;
  let k = last;
  while (ws[k + 1] && ws[k + 1].start < close) k++;
  return k;
}

function lengthThing(ws: Word[], sentence: string, first: number, figureLast: number, figureText: string): LengthOf | null {
  // "the 14km (8.7-mile) section": a restatement in brackets stands between the figure and its noun.
  const last = pastBrackets(ws, sentence, figureLast);
  const after = ws[last + 1];
  if (after && DIRECTIONS.has(after.lower)) {
    const k = ws[last + 2]?.lower === 'of' || ws[last + 2]?.lower === 'from' ? last + 3 : -1;
    return { thing: 'distance', from: k > 0 ? nameAfter(ws, k, sentence) : null };
  }
  if (ws[first - 1]?.lower === 'within' || /^within\b/i.test(figureText)) return { thing: 'radius', from: null };
  // "22 km from the border", "40 kilometres (away) from Lomira": a distance from the place named.
  const from = after?.lower === 'from' ? last + 2 : after?.lower === 'away' && ws[last + 2]?.lower === 'from' ? last + 3 : -1;
  if (from > 0) {
    const place = nameAfter(ws, from, sentence) ?? placeNoun(ws, from, sentence);
    if (place !== null) return { thing: 'distance', from: place };
  }
  // "a 5-kilometre radius", "a 400-km border", "a 3-km exclusion zone": the nouns the compound describes.
  if (figureText.includes('-')) {
    // "the 96-km Brastow–Kellin line": past the name to the noun.
    let k = last + 1;
    while (k < last + 3 && ws[k] && isCapitalised(ws[k].raw)) k++;
    const run = nounRun(ws, k);
    if (run) return { thing: run, from: null };
  }
  // Written apart after an article, with the nouns that tell one from another: "a 3 km
  // protection zone" and "a 10 km containment zone" are two quantities; "the 14 km section".
  if (ARTICLES.has(ws[first - 1]?.lower ?? '')) {
    const run = nounRun(ws, last + 1);
    if (run) return { thing: run, from: null };
  }
  // "15 km of coastline", "nearly 9 miles of a key freight line".
  if (after?.lower === 'of') {
    const head = headFrom(ws, ARTICLES.has(ws[last + 2]?.lower ?? '') ? last + 3 : last + 2);
    if (head) return { thing: head, from: null };
  }
  // "a shallow depth of 10 km", "the active fire perimeter at 210 km", "widened the evacuation zone to 3 km".
  // "the evacuation zone was widened to 3 km", "Evacuation zone widened to 3 km": past the verb to its noun.
  if (['of', 'at', 'to'].includes(ws[first - 1]?.lower ?? '')) {
    let k = first - 2;
    while (k > first - 5 && k >= 0 && (VERB_LINKS.has(ws[k].lower) || /ed$/.test(ws[k].lower))) k--;
    if (k >= 0 && noun(ws[k]) && !/ed$/.test(ws[k].lower)) return { thing: ws[k].lower, from: null };
  }
  return null;
}

/** Where a temperature was read: "at Ilmarez airport", "in Portavera", before or after the figure. */
export function siteOf(ws: Word[], first: number, last: number, from: number, to: number): string | null {
  const at = (i: number) => {
    const name = nameAfter(ws, i + 1);
    if (!name) return null;
    const k = i + 1 + (ws[i + 1]?.lower === 'the' ? 1 : 0) + name.split(' ').length;
    return SITES.has(ws[k]?.lower ?? '') ? `${name} ${ws[k].lower}` : name;
  };
  for (let i = last + 1; i < Math.min(to, last + 1 + REACH_AFTER); i++) if (PLACE_AT.has(ws[i].lower) && at(i)) return at(i);
  for (let i = first - 1; i >= from; i--) if (PLACE_AT.has(ws[i].lower) && at(i)) return at(i);
  return null;
}
