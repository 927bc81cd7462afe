import type { Measure } from '../../domain/schemas';
import type { Figure } from '../types';
import { stem, stems, titleStems, unitFit } from './words';

/*
 * What each measure's keywords say, prepared for scoring: the keys that are evidence, the words
 * for what each unit counts, and how many competing measures share each key.
 */

export interface Key {
  stems: string[];
  text: string;
  /** Title words count half: a title says what a measure is, keywords how copy words it. */
  factor: number;
}

/**
 * A measure's keywords, less the nouns for what it counts: a word listed in both singular and
 * plural ("shahed", "shaheds") names the thing, which `thing` checks; it says nothing about
 * whether the drones were delivered, promised or used.
 */
export function keysOf(m: Measure): Key[] {
  // Every figure of an article is scored against the same measures: prepare each once.
  // Keyed by the object but checked against its words, so an edited measure is read afresh.
  const sig = `${m.title}\u0000${m.keywords.join('\u0000')}`;
  const known = prepared.get(m);
  if (known !== undefined && known.sig === sig) return known.keys;
  const listed = new Set(m.keywords.map((k) => k.toLowerCase()));
  const keys = new Map<string, Key>();
  for (const k of m.keywords) {
    const w = k.toLowerCase();
    if (listed.has(`${w}s`) || (w.endsWith('s') && listed.has(w.slice(0, -1)))) continue;
    const s = stems(k);
    if (s.length > 0 && !keys.has(s.join(' '))) keys.set(s.join(' '), { stems: s, text: k, factor: 1 });
  }
  for (const s of titleStems(m)) if (!keys.has(s)) keys.set(s, { stems: [s], text: s, factor: 0.5 });
  const out = [...keys.values()];
  prepared.set(m, { sig, keys: out });
  return out;
}

const prepared = new WeakMap<Measure, { sig: string; keys: Key[] }>();

/**
 * The words for what each unit counts, pooled over the measures that share it: "Shaheds" listed
 * by one drones measure are drones for all of them.
 */
export function thingWords(measures: Measure[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of measures) {
    const key = m.unit.toLowerCase();
    const set = out.get(key) ?? new Set<string>([stem(m.unit)]);
    for (const k of m.keywords) for (const s of stems(k)) set.add(s);
    out.set(key, set);
  }
  return out;
}

/** How many of the measures a figure could belong to list each key: a shared word says less. */
export function documentFrequency(f: Figure, measures: Measure[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const m of measures) {
    if (unitFit(f, m).fit === 0) continue;
    for (const k of keysOf(m)) df.set(k.stems.join(' '), (df.get(k.stems.join(' ')) ?? 0) + 1);
  }
  return df;
}
