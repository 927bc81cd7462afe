import type { Figure, Token } from '../types';
import { parseLiteral } from './literal';
import { isPluralNoun } from '../text/nouns';
import { furnitureRanges, inRanges } from '../text/furniture';
import { dict } from '../text/util';
import { CURRENCY_SIGNS, MEASURE_UNITS, PERCENT_WORDS, TIME_UNITS } from './lexicon/units';
import { DIGIT_MULTIPLIERS } from './lexicon/numbers';

/*
 * A tally of votes states two figures: how many were for and how many against. "The bill passed
 * 62-35", "the court ruled 5-4", "carried by 310 votes to 250", "7 in favour and 2 against". It
 * is neither a range (35 to 62) nor a difference (minus 18), and it is no score ("won 3-1"): it
 * is read only with a word of voting within a few words of it. Each figure keeps `vote`.
 */

/** Words of voting that may stand a few words before the tally ("passed the bill 62-35"). */
const VOTE_LEADS = new Set([
  'vote', 'votes', 'voted', 'voting', 'ballot', 'ballots', 'balloted', 'margin', 'tally', 'passed', 'pass', 'passes',
  'approved', 'approve', 'approves', 'failed', 'fails', 'rejected', 'reject', 'rejects', 'adopted', 'adopt', 'confirmed', 'confirm',
  'ratified', 'ratify', 'carried', 'endorsed', 'ruled', 'rules', 'upheld', 'uphold', 'overturned', 'elected',
  're-elected', 'split', 'vetoed', 'backed', 'struck', 'acquitted', 'convicted',
]);
/** Words right after the tally that make it one ("a 62-35 vote", "a 5-4 ruling"). */
const VOTE_TAILS = new Set(['vote', 'votes', 'margin', 'tally', 'majority', 'decision', 'ruling', 'verdict', 'split', 'ballot', 'count']);
/** The tally is of those against: "rejected 62-35", "voted 7-2 against". */
const REJECTING = new Set(['failed', 'fails', 'rejected', 'reject', 'rejects', 'overturned', 'vetoed', 'struck', 'blocked', 'block', 'defeat', 'down']);
/** What the figures count when the text names no voters. */
const VOTERS = new Set(['votes', 'vote', 'ayes', 'noes', 'yeas', 'nays']);
const FOR_WORDS: Record<string, number> = dict({ for: 1, yes: 1, aye: 1, ayes: 1, yea: 1, yeas: 1, favour: 2, favor: 2 });
const AGAINST_WORDS = new Set(['against', 'no', 'noes', 'nay', 'nays']);
const DASHES = new Set(['-', '–', '—']);
const CLAUSE_PUNCT = new Set(['.', ';', '!', '?', ':']);

type Side = 'for' | 'against';

/** Words that may follow a tally's first count: "to", a side, or what is counted. */
const NEXT_WORDS: Record<string, true> = dict({ to: true, votes: true, vote: true, ayes: true, yeas: true, in: true, for: true, yes: true, aye: true, yea: true });

/** A plain count of votes at token k: an integer, no letters, no decimals, no leading zero. */
function countAt(t: Token[], k: number): number | null {
  const tok = t[k];
  if (tok === undefined || tok.kind !== 'num') return null;
  const lit = parseLiteral(tok.raw);
  if (lit === null || lit.suffix || lit.hasDecimal || lit.leadingZero || !Number.isInteger(lit.value)) return null;
  return lit.value;
}

const yearLike = (t: Token, v: number) => /^\d{4}$/.test(t.raw) && v >= 1000 && v < 2200;

/** A word of voting within five words before token k, in the same clause. */
function voteBefore(t: Token[], k: number): number {
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    if (CLAUSE_PUNCT.has(t[j].raw) || t[j].broken && j < k - 1) return -1;
    if (VOTE_LEADS.has(t[j].lower)) return j;
  }
  return -1;
}

/** Does something other than votes follow the tally ("5-10% of staff", "20-30 new homes")? */
function countsSomethingElse(t: Token[], k: number): boolean {
  const n = t[k];
  if (n === undefined) return false;
  if (n.raw === '%' || n.raw in CURRENCY_SIGNS) return true;
  if (n.kind !== 'word') return false;
  const w = n.lower;
  if (VOTERS.has(w) || VOTE_TAILS.has(w)) return false;
  if (w in MEASURE_UNITS || w in TIME_UNITS || PERCENT_WORDS.has(w) || w in DIGIT_MULTIPLIERS || w === 'per') return true;
  const m = t[k + 1];
  return isPluralNoun(n.raw) || (m !== undefined && m.kind === 'word' && isPluralNoun(m.raw) && !VOTERS.has(m.lower) && !/^(?:in|on|at|to|for|with|against|after|and)$/.test(w));
}

interface Tally {
  a: number;
  b: number;
  /** Token indices of the two numbers. */
  ia: number;
  ib: number;
  /** Last token of the wording. */
  last: number;
  sides: [Side, Side];
}

/** "7 in favour and 2 against", "310 for, 250 against", "62 yeas and 35 nays": sides named. */
function namedSides(t: Token[], i: number): Tally | null {
  const a = countAt(t, i);
  if (a === null) return null;
  let k = i + 1;
  if (VOTERS.has(t[k]?.lower ?? '') && !FOR_WORDS[t[k].lower] && !AGAINST_WORDS.has(t[k].lower)) k++;
  if (t[k]?.lower === 'in' && FOR_WORDS[t[k + 1]?.lower ?? ''] === 2) k += 2;
  else if (FOR_WORDS[t[k]?.lower ?? ''] === 1) k++;
  else return null;
  if (t[k]?.raw === ',') k++;
  if (t[k]?.lower === 'and' || t[k]?.lower === 'to' || t[k]?.lower === 'with') k++;
  const ib = k;
  const b = countAt(t, ib);
  if (b === null) return null;
  k = ib + 1;
  if (VOTERS.has(t[k]?.lower ?? '') && !AGAINST_WORDS.has(t[k].lower)) k++;
  if (!AGAINST_WORDS.has(t[k]?.lower ?? '')) return null;
  return { a, b, ia: i, ib, last: k, sides: ['for', 'against'] };
}

/** "62-35", "9 to 2", "310 votes to 250": two counts, one each side, with a word of voting near. */
function pairedCounts(t: Token[], i: number, previous: number): Tally | null {
  const a = countAt(t, i);
  if (a === null || yearLike(t[i], a)) return null;
  let k = i + 1;
  let voters = false;
  let dashed = false;
  if (DASHES.has(t[k]?.raw ?? '') && !t[k].spaced && t[k + 1] !== undefined && !t[k + 1].spaced) {
    dashed = true;
    k++;
  } else {
    if (VOTERS.has(t[k]?.lower ?? '')) {
      voters = true;
      k++;
    }
    if (t[k]?.lower !== 'to') return null;
    k++;
  }
  const ib = k;
  const b = countAt(t, ib);
  if (b === null) return null;
  // "2023-05-15", "1-2-3": a chain of three is a date or a code.
  if (dashed && DASHES.has(t[ib + 1]?.raw ?? '') && !t[ib + 1].spaced && t[ib + 2]?.kind === 'num') return null;
  if (dashed && (yearLike(t[ib], b) || (/^\d{4}$/.test(t[i].raw) && t[ib].raw.length === 2))) return null;
  let last = ib;
  if (VOTERS.has(t[ib + 1]?.lower ?? '')) {
    voters = true;
    last = ib + 1;
  }
  if (countsSomethingElse(t, last + 1)) return null;
  const lead = voteBefore(t, i);
  const tail = t[last + 1]?.kind === 'word' && VOTE_TAILS.has(t[last + 1].lower) ? last + 1 : -1;
  // "The Senate voted 51 to 49 and the House 218-214": the verb of the tally just before is this one's too.
  const elided = previous >= 0 && i - previous <= 5 && t.slice(previous + 1, i).every((x) => !CLAUSE_PUNCT.has(x.raw) && x.kind !== 'num');
  if (!voters && lead < 0 && tail < 0 && !elided) return null;
  if (t[i - 1] !== undefined && (t[i - 1].raw in CURRENCY_SIGNS || t[i - 1].lower === 'from' || t[i - 1].lower === 'between')) return null;
  // Winners are written first: "rejected 62-35" counts those rejecting first; "failed 45-55" is for-against.
  const rejecting = (lead >= 0 && REJECTING.has(t[lead].lower)) || t[last + 1]?.lower === 'against' || (lead >= 0 && t[lead + 1]?.lower === 'down');
  const sides: [Side, Side] = rejecting && a > b ? ['against', 'for'] : ['for', 'against'];
  return { a, b, ia: i, ib, last: t[last + 1]?.lower === 'against' ? last + 1 : last, sides };
}

function figureOf(text: string, t: Token[], k: number, value: number, vote: Side): Figure {
  const { start, end } = t[k];
  return {
    text: text.slice(start, end), start, end, value, low: value, high: value, lowInclusive: true, highInclusive: true,
    qualifier: 'exact', unit: 'votes', currency: null, kind: 'count', thing: 'votes', multiplier: null, sumOf: null, vague: null, vote,
  };
}

/**
 * Every tally of votes in the text as two figures, for and against, in reading order. Their
 * number tokens are marked in `block`, so the numbers are read no other way (range, score, count).
 */
export function voteTallies(text: string, t: Token[], block: Uint8Array): Figure[] {
  const out: Figure[] = [];
  let furniture: Array<[number, number]> | null = null;
  let previous = -1;
  for (let i = 0; i < t.length; i++) {
    if (t[i].kind !== 'num') continue;
    // Cheap test first: a tally's first count is followed by a dash, "to", a side or "votes".
    const n = t[i + 1];
    if (n === undefined || !(DASHES.has(n.raw) || n.lower in NEXT_WORDS)) continue;
    const tally = namedSides(t, i) ?? pairedCounts(t, i, previous);
    if (tally === null) continue;
    furniture ??= furnitureRanges(text);
    if (furniture.length > 0 && inRanges(furniture, t[i].start)) continue;
    out.push(figureOf(text, t, tally.ia, tally.a, tally.sides[0]), figureOf(text, t, tally.ib, tally.b, tally.sides[1]));
    block[tally.ia] = 1;
    block[tally.ib] = 1;
    i = tally.last;
    previous = tally.last;
  }
  return out;
}

/**
 * "Voters backed the plan 62% to 38%", "approved 52%-48%": shares of a vote, the first for the
 * motion (or, when it was rejected and the larger comes first, against it). Marks the two
 * percentages found in `figures` in place.
 */
export function markVoteShares(text: string, t: Token[], figures: Figure[]): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i];
    const b = figures[i + 1];
    if (a.kind !== 'percent' || b.kind !== 'percent' || a.value === null || b.value === null || a.change || b.change) continue;
    if (!/^\s*(?:to|-|–)\s*$/.test(text.slice(a.end, b.start)) || a.value + b.value > 100.5) continue;
    let k = 0;
    while (k < t.length && t[k].start < a.start) k++;
    const lead = voteBefore(t, k);
    if (lead < 0) continue;
    const rejecting = REJECTING.has(t[lead].lower) || t[lead + 1]?.lower === 'down';
    const [x, y]: [Side, Side] = rejecting && a.value > b.value ? ['against', 'for'] : ['for', 'against'];
    a.vote = x;
    b.vote = y;
    i++;
  }
}
