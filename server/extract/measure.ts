import type { Measure } from '../domain/schemas';
import type { Figure } from './types';

export interface MeasureProposal {
  measureId: string | null;
  /** 0..1; 0.75 and above means the unit fits and the subject words clearly match. */
  confidence: number;
  reason: string;
}

const WORD = /[\p{L}\p{N}]+/gu;
const COUNT_KINDS = new Set(['cumulative-count', 'commitment', 'count']);
const TIME_UNITS = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'fortnights', 'months', 'years', 'decades', 'centuries']);

/** Crude stem: enough to make "drones"/"drone", "supplied"/"supply", "UAVs"/"UAV" meet. */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('es') && /(?:ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 2 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w.endsWith('e') && w.length > 3 ? w.slice(0, -1) : w;
}

function stems(text: string): string[] {
  return (text.match(WORD) ?? []).map(stem);
}

/** Does the measure's unit fit the figure's kind and unit? 1 fits, 0.5 convertible, 0 not. */
function unitFit(f: Figure, m: Measure): { fit: number; why: string } {
  const unit = m.unit.toLowerCase();
  if (m.kind === 'duration' || TIME_UNITS.has(unit)) {
    if (f.kind !== 'duration') return { fit: 0, why: 'the measure is a duration' };
    return f.unit === unit || stem(f.unit ?? '') === stem(unit) ? { fit: 1, why: `duration in ${unit}` } : { fit: 0.5, why: `duration in ${f.unit}, measure in ${unit}` };
  }
  if (m.currency !== null || m.kind === 'amount') {
    if (f.kind !== 'money') return { fit: 0, why: 'the measure is an amount of money' };
    if (m.currency === null || f.currency === m.currency) return { fit: 1, why: `money in ${f.currency}` };
    return { fit: 0.5, why: `money in ${f.currency}, measure in ${m.currency}` };
  }
  if (unit === '%' || unit === 'percent') return f.kind === 'percent' ? { fit: 1, why: 'percentage' } : { fit: 0, why: 'the measure is a percentage' };
  if (f.kind === 'measure') return f.unit === m.unit ? { fit: 1, why: `measured in ${f.unit}` } : { fit: 0, why: `measured in ${f.unit}, measure in ${m.unit}` };
  if (COUNT_KINDS.has(m.kind) && f.kind === 'count') return { fit: 1, why: 'a count' };
  return { fit: 0, why: `a ${f.kind} figure cannot be a ${m.kind} in ${m.unit}` };
}

// Every measure is scored against the same sentence: stem it once.
let lastJoined: { sentence: string; joined: string } | null = null;
function joinedStems(sentence: string): string {
  if (lastJoined === null || lastJoined.sentence !== sentence) lastJoined = { sentence, joined: ` ${stems(sentence).join(' ')} ` };
  return lastJoined.joined;
}

function keyOf(keyword: string): string {
  return stems(keyword).join(' ');
}

/** A keyword that several measures share says less: weight 1 / how many measures list it. */
function weights(measures: Measure[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const m of measures) for (const k of new Set(m.keywords.map(keyOf))) df.set(k, (df.get(k) ?? 0) + 1);
  return new Map([...df].map(([k, n]) => [k, 1 / n]));
}

function score(f: Figure, sentence: string, m: Measure, weight: Map<string, number>): { confidence: number; reason: string } {
  const { fit, why } = unitFit(f, m);
  if (fit === 0) return { confidence: 0, reason: why };
  const joined = joinedStems(sentence);
  const hits = m.keywords.filter((k) => {
    const key = keyOf(k);
    return key.length > 0 && joined.includes(` ${key} `);
  });
  // Two distinctive subject words are a clear match; one, or two shared ones, a hint.
  const needed = Math.max(1, Math.min(m.keywords.length, 2));
  const kw = Math.min(1, hits.reduce((sum, k) => sum + (weight.get(keyOf(k)) ?? 1), 0) / needed);
  // The counted thing should be the measure's unit or one of its subject words.
  const thing = f.thing === null ? null : stem(f.thing);
  const subjects = new Set([stem(m.unit), ...m.keywords.flatMap(stems)]);
  const counted = f.kind === 'count' || f.kind === 'duration';
  const thingScore = thing === null || !counted ? 0.5 : subjects.has(thing) ? 1 : f.kind === 'duration' ? 0.5 : 0;
  let confidence = fit * (0.3 + 0.45 * kw + 0.25 * thingScore);
  if (thing !== null && f.kind === 'count' && thingScore === 0) confidence *= 0.6;
  const parts = [why, hits.length > 0 ? `matched ${hits.join(', ')}` : 'no subject words matched'];
  if (thing !== null && f.kind === 'count') parts.push(thingScore === 1 ? `counts ${f.thing}` : `counts ${f.thing}, not ${m.unit}`);
  return { confidence: Math.round(confidence * 100) / 100, reason: parts.join('; ') };
}

/**
 * Which measure a figure most likely speaks of, from the measure's kind, unit, currency and
 * keywords against the figure and its sentence. Two measures that score alike make the
 * proposal unsure: it is then capped below the confident threshold, for a person to decide.
 */
export function proposeMeasure(figure: Figure, sentence: string, measures: Measure[]): MeasureProposal {
  const weight = weights(measures);
  const ranked = measures
    .map((m) => ({ m, ...score(figure, sentence, m, weight) }))
    .sort((a, b) => b.confidence - a.confidence);
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
