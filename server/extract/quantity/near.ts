import type { Figure } from '../types';
import { isCapitalised, isPluralNoun, STOPWORDS } from '../text/nouns';
import { BY_FIRST_STEM, isPeople, thingName, type Concept } from './concepts';
import { clauseEndsBefore, type Word } from './words';
import { SUBJECT_REACH } from './level';

/*
 * The deeds near a figure: which wordings of concepts stand in its clause, how far from the figure's
 * noun phrase, nearest first; and the words a level's tally is named by (its subject, its noun).
 */

/** How near a deed must stand to say what the figure counts by a single word. */
export const NEAR = 4;
/** Auxiliaries and hedges between a noun and its deed, which put it no further off. */
const FILLERS = new Set(['are', 'is', 'were', 'was', 'have', 'has', 'had', 'been', 'be', 'being', 'still', 'now', 'also', 'already', 'officially', 'listed', 'as', 'reported', 'feared', 'believed', 'presumed', 'thought', 'confirmed', 'said', 'to']);

function fits(c: Concept, f: Figure): boolean {
  if (f.thing && c.goods && isPeople(f.thing)) return false;
  if (f.thing && c.people && !isPeople(f.thing)) return false;
  if (c.things && !(f.thing && c.things.includes(thingName(f.thing)))) return false;
  if (c.of === 'money') return f.kind === 'money';
  if (c.of === 'count') return f.kind !== 'money' && f.kind !== 'percent';
  return true;
}

/**
 * Wordings of concepts within the figure's clause, nearest first. Words of the event's own name
 * ("the Kessel fire") are not deeds, whatever they look like ("fire" is also "fired").
 */
export interface Hit {
  concept: Concept;
  distance: number;
  phrase: boolean;
  /** Word index of the wording. */
  at: number;
  /** Carried over from a clause before "and" (an elliptical second figure). */
  carried?: boolean;
}

/** Nouns a deed's noun may name a place with: "containment zone", "evacuation area". */
const PLACE_HEADS = new Set(['zone', 'zones', 'area', 'areas', 'perimeter', 'cordon', 'boundary', 'line']);

export function conceptsNear(ws: Word[], sentence: string, first: number, last: number, f: Figure, from: number, to: number, event: Set<string>, phraseEnd = last): Hit[] {
  const out: Hit[] = [];
  // A deed after the figure is as near as it is to the figure's noun phrase: in "Nine people have
  // been confirmed dead", "dead" is four words from "people"; inside the phrase ("1,150 dead seabirds") it is next to it.
  // Auxiliaries and hedges between a noun and its deed put it no further off: "two people are still listed as missing".
  const filler = (j: number) => FILLERS.has(ws[j]?.lower ?? '');
  const after = (i: number) => {
    let d = 0;
    for (let j = phraseEnd + 1; j <= i; j++) if (j === i || !filler(j)) d++;
    return d;
  };
  const away = (i: number) => (i < first ? first - i : i > phraseEnd ? after(i) : 1);
  for (let i = from; i < to; i++) {
    // A capital inside the sentence is a name ("Linden Falls", "Fire Service"), not a deed.
    if ((i >= first && i <= last) || event.has(ws[i].lower) || (i > 0 && isCapitalised(ws[i].raw))) continue;
    // A word with a money sense and another ("lost") takes the sense that fits the figure.
    const ways = (BY_FIRST_STEM.get(ws[i].stem) ?? []).filter((x) => x.stems.every((s, j) => ws[i + j]?.stem === s) && fits(x.concept, f));
    // "the quantity of acrylonitrile released at 170 tonnes": a mass, an area or a volume takes the word's physical sense.
    const cw = (f.kind === 'measure' ? ways.find((x) => x.concept.physical) : undefined) ?? ways.find((x) => x.concept.of === (f.kind === 'money' ? 'money' : 'count')) ?? ways[0];
    if (cw === undefined) continue;
    // "About 3,500 crossed on Saturday" are people; "cases crossed 1,000", "the toll reached 40" passed a mark:
    // a deed of people only, before a figure that names no one, is a milestone verb.
    if (cw.concept.people && !f.thing && i + cw.stems.length === first) continue;
    // "two farms outside the containment zone", "140 farms inside the evacuation zone": a deed's noun
    // before "zone" names a place; it is no deed done to things that are not people.
    if (cw.stems.length === 1 && PLACE_HEADS.has(ws[i + 1]?.lower ?? '') && !(f.thing && isPeople(f.thing))) continue;
    out.push({ concept: cw.concept, distance: away(i), phrase: cw.stems.length > 1, at: i });
    // The rest of a phrase ("death toll") is part of it, not a deed of its own.
    i += cw.stems.length - 1;
  }
  // A deed after the figure ("42 sailings cancelled") wins a tie with one before it, and a
  // comma between a deed and the figure puts it further away ("is collapsing, with 42 …").
  // So does a comma after the noun phrase ("killing at least 14 people, flattening homes").
  const end = ws[phraseEnd] ? ws[phraseEnd].start + ws[phraseEnd].raw.length : sentence.length;
  const comma = (h: Hit) =>
    (h.at < first && sentence.slice(ws[h.at].start, ws[first]?.start ?? sentence.length).includes(',')) || (h.at > phraseEnd && sentence.slice(end, ws[h.at].start).includes(',')) ? 1 : 0;
  return out.sort((a, b) => a.distance + comma(a) - (b.distance + comma(b)) || Number(a.at < first) - Number(b.at < first));
}

/** Where the subject of the verb at `verb` may start: the sentence's start or its last clause break, at most SUBJECT_REACH words back. */
export function subjectStart(ws: Word[], sentence: string, verb: number): number {
  for (let i = verb; i > Math.max(0, verb - SUBJECT_REACH); i--) if (clauseEndsBefore(ws, sentence, i)) return i;
  return Math.max(0, verb - SUBJECT_REACH);
}

/** The plural noun nearest word `at` within [from, to): "homes" in "the number of homes destroyed". */
export function pluralNear(ws: Word[], at: number, from: number, to: number): string | null {
  let best: { w: string; d: number } | null = null;
  for (let i = Math.max(0, from); i < Math.min(to, ws.length); i++) {
    if (i === at || isCapitalised(ws[i].raw) || STOPWORDS.has(ws[i].lower) || !isPluralNoun(ws[i].lower)) continue;
    const d = Math.abs(i - at);
    if (d <= 3 && (best === null || d < best.d)) best = { w: ws[i].lower, d };
  }
  return best?.w ?? null;
}
