import { extractFigures } from '../numbers';
import type { Figure } from '../types';
import type { Word } from './words';

/*
 * A share of the figure before it: "the number who have died has risen to 136, 58 of them in
 * Portavera", "5,100 suspected cases, of which 1,150 have been confirmed". The part counts what the
 * whole counts, of one place or in one status; its own words say which.
 */

const PART_PRONOUNS = new Set(['them', 'whom', 'which', 'these', 'those']);
const BEING = new Set(['were', 'was', 'are', 'is', 'came', 'come']);

/** Is the count at words [first, last] a part of an earlier figure: "58 of them", "of which 1,150"? */
export function isShare(ws: Word[], first: number, last: number): boolean {
  const after = ws[last + 1]?.lower === 'of' && PART_PRONOUNS.has(ws[last + 2]?.lower ?? '');
  const before = ws[first - 2]?.lower === 'of' && (ws[first - 1]?.lower === 'which' || ws[first - 1]?.lower === 'whom');
  return after || before;
}

/**
 * "58 of them in Portavera", "22 of them were from Ostley": the place a share names right after its
 * pronoun or its verb of being, even a place the story's event is named after (the heatwave of
 * Portavera still has Portavera's share of it).
 */
export function sharePlace(ws: Word[], last: number): string | null {
  const k = ws[last + 1]?.lower === 'of' ? last + 3 : last + 1;
  const i = BEING.has(ws[k]?.lower ?? '') ? k + 1 : k;
  if (ws[i]?.lower !== 'in' && ws[i]?.lower !== 'from') return null;
  // "29 of them in the town of Brask": the kind of place before its name is no part of it.
  // "15,000 of them in the Capital Region": a name after "the" is a name all the same.
  const kind = ws[i + 1]?.lower === 'the' && ['town', 'city', 'village', 'district', 'province', 'region', 'county', 'state', 'port'].includes(ws[i + 2]?.lower ?? '') && ws[i + 3]?.lower === 'of' ? 3 : ws[i + 1]?.lower === 'the' && /^\p{Lu}/u.test(ws[i + 2]?.raw ?? '') ? 1 : 0;
  const names: string[] = [];
  for (let j = i + 1 + kind; j < ws.length && names.length < 3 && /^\p{Lu}/u.test(ws[j].raw); j++) names.push(ws[j].raw.replace(/['’]s$/, ''));
  return names.length > 0 ? names.join(' ') : null;
}

/**
 * "42,000 people are sheltering in three camps: Lomira (24,500), Harvo (11,200)": a bare count in
 * brackets right after a name is that place's share of the figure before it. The name, or null.
 */
export function bracketedPlace(sentence: string, ws: Word[], first: number, at: number, length: number): string | null {
  if (!/\(\s*$/.test(sentence.slice(Math.max(0, at - 3), at)) || !/^\s*\)/.test(sentence.slice(at + length, at + length + 3))) return null;
  const names: string[] = [];
  for (let j = first - 1; j >= 0 && names.length < 3 && /^\p{Lu}/u.test(ws[j].raw); j--) {
    names.unshift(ws[j].raw);
    // A name ends at the comma or colon before it ("camps: Lomira", ", Harvo").
    if (j > 0 && /[,:;]/.test(sentence.slice(ws[j - 1].start + ws[j - 1].raw.length, ws[j].start))) break;
  }
  return names.length > 0 ? names.join(' ') : null;
}

/**
 * "In total 3,300 jobs will go: all 2,400 at Ostrel and 900 at Brenholt": a bare count in the list
 * after a colon, followed by "at" or "in" and a name, is that place's share of the count before the
 * colon. The place's name, or null.
 */
export function listedPlace(sentence: string, ws: Word[], last: number, at: number): string | null {
  const colon = sentence.lastIndexOf(':', at);
  if (colon < 0 || /[.;!?]/.test(sentence.slice(colon + 1, at))) return null;
  // Only words of a list between the colon and the figure: "all", "some", "and", another part.
  if (!/^[\s\d,.]*(?:(?:all|some|about|around|nearly|almost|roughly|and|another|with)\s+)*$/i.test(sentence.slice(colon + 1, at).replace(/\d[\d,.]*\s+(?:at|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*,?/gu, ''))) return null;
  const prep = ws[last + 1]?.lower;
  if (prep !== 'at' && prep !== 'in') return null;
  const start = ws[last + 2]?.lower === 'the' ? last + 3 : last + 2;
  const names: string[] = [];
  for (let j = start; j < ws.length && names.length < 3 && /^\p{Lu}/u.test(ws[j].raw); j++) names.push(ws[j].raw.replace(/['’]s$/, ''));
  return names.length > 0 ? names.join(' ') : null;
}

/** The count before the colon that a listed part is of: at least as large as the part. */
export function wholeBeforeColon(sentence: string, at: number, value: number | null): { figure: Figure; at: number } | null {
  const colon = sentence.lastIndexOf(':', at);
  return nearestBefore(sentence, colon, (f) => f.kind === 'count' && (value === null || (f.high ?? f.value ?? 0) >= value));
}

let last: { sentence: string; figures: Figure[] } | null = null;

/**
 * The nearest figure before `at` in the sentence that `wanted` accepts, with its offset. One
 * sentence's figures are asked for once per bare count in it: read them once, not per count
 * ("one hundred and " 5,000 times was minutes, not milliseconds).
 */
function nearestBefore(sentence: string, at: number, wanted: (f: Figure) => boolean): { figure: Figure; at: number } | null {
  if (last === null || last.sentence !== sentence) last = { sentence, figures: extractFigures(sentence) };
  const found = last.figures.filter((f) => f.end <= at && wanted(f)).at(-1);
  return found ? { figure: found, at: found.start } : null;
}

/** The figure the share is of: the nearest count before `at` in the sentence, with its offset. */
export function wholeBefore(sentence: string, at: number): { figure: Figure; at: number } | null {
  return figureBefore(sentence, at, 'count');
}

/** The count a bracketed part is of: the nearest count before it, not bracketed itself, at least as large. */
export function wholeOfPart(sentence: string, at: number, value: number | null): { figure: Figure; at: number } | null {
  return nearestBefore(sentence, at, (f) => f.kind === 'count' && !/\(\s*$/.test(sentence.slice(Math.max(0, f.start - 3), f.start)) && (value === null || (f.high ?? f.value ?? 0) >= value));
}

/** The nearest figure of that kind before `at` in the sentence, with its offset. */
export function figureBefore(sentence: string, at: number, kind: Figure['kind']): { figure: Figure; at: number } | null {
  return nearestBefore(sentence, at, (f) => f.kind === kind);
}
