import type { Figure } from '../types';
import { stem } from './words';
import { ONES, TENS } from '../numbers/lexicon/numbers';
import { countriesOf } from './places';

/*
 * What a sentence says about the figure it holds, read for measure matching: its words as stems
 * with where they sit (inside the figure, in the figure's noun phrase, or elsewhere), and cues
 * that the figure counts something no supply/usage measure holds (interceptions, unit prices).
 */

const WORD = /[\p{L}\p{N}]+/gu;

/** Where a word sits relative to the figure: its own span, its noun phrase, or the rest. */
export type Place = 'figure' | 'phrase' | 'near' | 'clause' | 'outside';
/**
 * How many words around a figure are read as what governs it: before ("has already launched
 * 400") and after its noun phrase ("400 drones were launched", "1,700 delivered so far").
 */
const NEAR = 5;
const NEAR_AFTER = 3;

const PART_OF_LEADS = new Set(['the', 'its', 'their', 'an', 'estimated', 'some', 'about', 'around', 'roughly', 'nearly', 'almost', 'total']);

/** The word index from which a figure's evidence is read: past "X of" when the figure is the whole. */
function wholeOf(w: Words, first: number): number {
  let j = first - 1;
  while (j > 0 && PART_OF_LEADS.has(w.raw[j])) j--;
  if (w.raw[j] !== 'of' || j === 0) return 0;
  return /^\d/.test(w.raw[j - 1]) || w.raw[j - 1] in ONES || w.raw[j - 1] in TENS || w.raw[j - 1] === 'most' || w.raw[j - 1] === 'half' ? j : 0;
}

interface Words {
  sentence: string;
  raw: string[];
  stems: string[];
  starts: number[];
  /** Where each stem occurs, so a keyword is found without scanning the sentence. */
  index: Map<string, number[]>;
  countries: Set<string>;
}

export interface SentenceWords {
  stems: string[];
  raw: string[];
  index: Map<string, number[]>;
  place: (i: number) => Place;
  /** The figure counts interceptions ("shot down 27", "27 were destroyed"), with the word used. */
  intercepted: string | null;
  /** Money stated per item ("$20,000 each"): a price, not a total. */
  perUnit: boolean;
  /** The figure counts an addition ("1,000 additional drones", "another 300"), not a running total. */
  increment: boolean;
  /** Countries the sentence names (through names, capitals and adjectives). */
  countries: Set<string>;
  /** What money is said to be "for" ("$1 million for a Kalibr cruise missile"): its words and stems. */
  paidFor: { text: string; stems: string[] } | null;
}

const INTERCEPT = new Set(['shot', 'downed', 'destroyed', 'intercepted', 'neutralised', 'neutralized', 'repelled', 'eliminated', 'downing', 'intercepting', 'shooting', 'destroying']);
const PER_UNIT = new Set(['each', 'apiece', 'per', 'a piece', 'a unit', 'a drone', 'average', 'the average', 'unit cost', 'unit price']);
const ADDITIONS = new Set(['additional', 'more', 'extra', 'further', 'new', 'fresh']);
const FOR_DETERMINERS = new Set(['a', 'an', 'the', 'each', 'every', 'one', 'its', 'their']);
const SKIP_BEFORE = new Set(['down', 'a', 'the', 'total', 'of', 'all', 'some', 'another', 'further', 'at', 'least', 'over', 'more', 'than', 'about', 'nearly', 'almost', 'around']);

// Every figure of a sentence is matched against the same words: split and stem them once.
let cached: Words | null = null;
function wordsOf(sentence: string): Words {
  if (cached !== null && cached.sentence === sentence) return cached;
  const w: Words = { sentence, raw: [], stems: [], starts: [], index: new Map(), countries: new Set() };
  for (const m of sentence.matchAll(WORD)) {
    const s = stem(m[0]);
    const at = w.index.get(s);
    if (at === undefined) w.index.set(s, [w.stems.length]);
    else at.push(w.stems.length);
    w.raw.push(m[0].toLowerCase());
    w.stems.push(s);
    w.starts.push(m.index);
  }
  w.countries = countriesOf(w.raw);
  cached = w;
  return w;
}

/** First word starting at or after `pos`. */
function wordAt(w: Words, pos: number): number {
  let lo = 0;
  let hi = w.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (w.starts[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Reads the sentence for one figure at offset `at`: word places, and the cues above. */
export function readSentence(sentence: string, at: number, f: Figure): SentenceWords {
  const w = wordsOf(sentence);
  const first = wordAt(w, at);
  const after = wordAt(w, at + f.text.length);
  const last = after - 1;
  // The noun phrase runs from the figure to its counted thing: "1,200 Iranian-made Shahed drones".
  const thing = f.thing?.toLowerCase().split(/[-\s]/).pop();
  let thingAt = -1;
  for (let k = after; thing !== undefined && k < Math.min(w.raw.length, after + 5); k++) {
    if (w.raw[k] === thing) {
      thingAt = k;
      break;
    }
  }
  // "expended about 400 of the estimated 1,700 Shaheds it received": the verb before the part
  // is the part's; the whole is read only from "of" on.
  const floor = wholeOf(w, first);
  const place = (i: number): Place => {
    if (i < floor) return 'outside';
    if (i >= first && i <= last) return 'figure';
    if (i > last && i <= thingAt) return 'phrase';
    const nearAfter = i > Math.max(last, thingAt) && i <= Math.max(last, thingAt) + NEAR_AFTER;
    return (i < first && i >= first - NEAR) || nearAfter ? 'near' : 'clause';
  };
  let intercepted: string | null = null;
  for (let k = first - 1; k >= Math.max(0, first - 4) && intercepted === null; k--) {
    if (INTERCEPT.has(w.raw[k])) intercepted = w.raw[k];
    else if (!SKIP_BEFORE.has(w.raw[k])) break;
  }
  const tail = Math.max(last, thingAt) + 1;
  for (let k = tail; k < Math.min(w.raw.length, tail + 4) && intercepted === null; k++) if (INTERCEPT.has(w.raw[k])) intercepted = w.raw[k];
  // "$20,000 each", "for each Shahed", "Each Shahed costs $20,000": a price per item.
  const around = ` ${w.raw.slice(Math.max(0, first - 6), first).join(' ')} | ${w.raw.slice(after, after + 3).join(' ')} `;
  const perUnit = f.kind === 'money' && [...PER_UNIT].some((p) => around.includes(` ${p} `));
  let paidFor: SentenceWords['paidFor'] = null;
  if (f.kind === 'money' && w.raw[after] === 'for') {
    let k = after + 1;
    while (FOR_DETERMINERS.has(w.raw[k] ?? '')) k++;
    if (k < w.raw.length) paidFor = { text: w.raw.slice(k, k + 4).join(' '), stems: w.stems.slice(k, k + 4) };
  }
  const phraseEnd = thingAt >= 0 ? thingAt : Math.min(w.raw.length, after + 2);
  const increment = w.raw.slice(after, phraseEnd).some((x) => ADDITIONS.has(x)) || w.raw[first - 1] === 'another' || w.raw[first - 1] === 'additional';
  return { stems: w.stems, raw: w.raw, index: w.index, place, intercepted, perUnit, paidFor, increment, countries: w.countries };
}

/** Words before a verb that make it a plan or a promise, not a deed: "agreed to supply", "will send". */
const UNREALISED = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'can', 'be', 'shall', 'plans', 'plan', 'planned', 'intends']);

/** Is word i stated as not (yet) done: "to supply", "will be delivered", "would use"? */
export function unrealised(w: SentenceWords, i: number): boolean {
  return UNREALISED.has(w.raw[i - 1] ?? '') || (w.raw[i - 1] === 'be' && UNREALISED.has(w.raw[i - 2] ?? ''));
}
