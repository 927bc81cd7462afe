import type { Measure } from '../../domain/schemas';
import { measureCountries } from './places';
import type { Figure } from '../types';
import { readSentence, unrealised, type Place, type SentenceWords } from './evidence';
import { stem, unitFit } from './words';
import { documentFrequency, keysOf, thingWords } from './keys';

export { stem } from './words';

export interface MeasureProposal {
  measureId: string | null;
  /** 0..1; 0.75 and above means the unit fits and the subject words clearly match. */
  confidence: number;
  reason: string;
}

/**
 * How much an occurrence of the key says about this figure, by where it sits. For a count, the
 * words just before the figure govern it ("after using up most of the 400 drones it had
 * purchased": using up, not purchased); words elsewhere count less, and a word inside the
 * figure's noun phrase ("Shahed drones") describes the thing rather than what happened to it.
 * A duration's or an amount's subject may sit anywhere. 0 when absent or only in the figure.
 * A count of what has happened is not evidenced by a plan ("agreed to supply").
 */
function weightOf(w: SentenceWords, key: string[], f: Figure, done: boolean): number {
  const count = f.kind === 'count';
  const weights: Record<Place, number> = { near: 1, clause: count ? 0.6 : 1, phrase: f.kind === 'duration' ? 1 : 0.5, figure: 0, outside: 0 };
  let best = 0;
  for (const i of w.index.get(key[0]) ?? []) {
    if (!key.every((s, j) => w.stems[i + j] === s) || (done && unrealised(w, i))) continue;
    best = Math.max(best, Math.min(...key.map((_, j) => weights[w.place(i + j)])));
  }
  return best;
}

interface Scored {
  m: Measure;
  confidence: number;
  reason: string;
}

/** Below the confident threshold: what a doubt caps a proposal at, so a person decides. */
export const UNSURE = 0.5;

/**
 * Words that say the figure is not what this measure tallies, whatever else matches: each one
 * caps the proposal at UNSURE and says why.
 */
function doubtsAbout(f: Figure, w: SentenceWords, m: Measure, subjects: Set<string>): string[] {
  const out: string[] = [];
  // Nothing in the catalogue of supply and use counts interceptions or prices per item.
  if (w.intercepted !== null && f.kind === 'count' && !subjects.has(stem(w.intercepted))) out.push(`counts ${f.thing ?? 'items'} ${w.intercepted}, which this measure does not`);
  // "more than $1 million for a Kalibr cruise missile": the price of something this measure is not about.
  const paidFor = w.paidFor;
  if (paidFor !== null && !keysOf(m).some((k) => k.stems.every((s) => paidFor.stems.includes(s)))) out.push(`the price of “${paidFor.text}”, which this measure is not about`);
  if (w.increment && m.kind === 'cumulative-count') out.push('an addition, not a running total');
  // "North Korea has supplied 100 ballistic missiles" for "Iranian ballistic missiles Russia seeks".
  // Not for a duration: the war's length is the same whoever the sentence is about.
  const parties = m.kind === 'duration' ? new Set<string>() : measureCountries(m);
  if (parties.size > 0 && w.countries.size > 0 && ![...w.countries].some((c) => parties.has(c))) {
    out.push(`the sentence speaks of ${[...w.countries].join(', ')}, not ${[...parties].join(', ')}`);
  }
  if (w.perUnit) out.push('a price per item, not a total');
  return out;
}

/**
 * Scores one measure. Words naming the counted thing itself ("drones" for a drones measure) are
 * its object, checked through `thing`; the evidence that picks one of several look-alike
 * measures is the other words, each weighted by how few of the competing measures list it.
 */
function score(f: Figure, w: SentenceWords, m: Measure, df: Map<string, number>, things: Map<string, Set<string>>): Scored {
  const { fit, why } = unitFit(f, m);
  if (fit === 0) return { m, confidence: 0, reason: why };
  const thing = f.thing === null ? null : stem(f.thing);
  // A duration's thing ("war") is what it is of, and evidence; a count's thing is its object.
  const object = new Set([stem(m.unit), ...(thing === null || f.kind === 'duration' ? [] : [thing])]);
  const hits: string[] = [];
  let evidence = 0;
  for (const k of keysOf(m)) {
    if (k.stems.length === 1 && object.has(k.stems[0])) continue;
    const weight = weightOf(w, k.stems, f, m.kind === 'cumulative-count');
    if (weight === 0) continue;
    const n = df.get(k.stems.join(' ')) ?? 1;
    if (k.factor < 1 && n > 1) continue;
    hits.push(k.text);
    evidence += (k.factor / n) * weight;
  }
  const subjects = things.get(m.unit.toLowerCase()) ?? new Set<string>();
  const counted = f.kind === 'count' || f.kind === 'duration';
  const thingScore = thing === null || !counted ? 0.5 : subjects.has(thing) ? 1 : f.kind === 'duration' ? 0.5 : 0;
  let confidence = fit * (0.3 + 0.45 * Math.min(1, evidence) + 0.25 * thingScore);
  // Only the kind of figure links it to the measure: propose nothing rather than a guess.
  if (evidence === 0 && thingScore < 1) confidence = Math.min(confidence, 0.35);
  const parts = [why, hits.length > 0 ? `matched ${hits.join(', ')}` : 'no subject words matched'];
  if (thing !== null && f.kind === 'count') parts.push(thingScore === 1 ? `counts ${f.thing}` : `counts ${f.thing}, not ${m.unit}`);
  if (thing !== null && f.kind === 'count' && thingScore === 0) confidence *= 0.6;
  const doubts = doubtsAbout(f, w, m, subjects);
  // One shared word ("paid", "sent") is never enough: a flood article's "$3.5 billion … paid"
  // is not the drone payment. The counted thing matching is a second piece of evidence.
  // Money counts no thing, so a party the measure names ("Russia would pay Iran") is the second.
  const parties = measureCountries(m);
  const partyNamed = [...w.countries].some((c) => parties.has(c));
  if (f.kind === 'money' && hits.length === 1 && !partyNamed) doubts.push(`only one word (“${hits[0]}”) links it to this measure`);
  if (doubts.length > 0) {
    confidence = Math.min(confidence, UNSURE);
    parts.push(...doubts);
  }
  return { m, confidence: Math.round(confidence * 100) / 100, reason: parts.join('; ') };
}

/**
 * Which measure a figure most likely speaks of, from the measure's kind, unit, currency and
 * keywords against the figure and its sentence. Two measures that score alike make the
 * proposal unsure: it is then capped below the confident threshold, for a person to decide.
 * `at` is the figure's offset in `sentence`; without it the figure's text is looked up.
 */
export function proposeMeasure(figure: Figure, sentence: string, measures: Measure[], at?: number): MeasureProposal {
  if (measures.length === 0) return { measureId: null, confidence: 0, reason: 'no measures' };
  const offset = at ?? Math.max(0, sentence.indexOf(figure.text));
  const words = readSentence(sentence, offset, figure);
  const df = documentFrequency(figure, measures);
  const things = thingWords(measures);
  const ranked = measures.map((m) => score(figure, words, m, df, things)).sort((a, b) => b.confidence - a.confidence);
  const top = ranked[0];
  if (top === undefined || top.confidence < 0.4) {
    return { measureId: null, confidence: 0, reason: top === undefined ? 'no measures' : `no measure fits: ${top.reason}` };
  }
  const second = ranked[1];
  if (second !== undefined && top.confidence - second.confidence < 0.15) {
    return {
      measureId: top.m.id,
      confidence: Math.min(top.confidence, 0.6),
      reason: `${top.reason}; close to ${second.m.id} (${second.confidence})`,
    };
  }
  return { measureId: top.m.id, confidence: top.confidence, reason: top.reason };
}
