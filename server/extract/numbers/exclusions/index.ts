import type { Token } from '../../types';
import { furnitureRanges, inRanges } from '../../text/furniture';
import { parseLiteral } from '../literal';
import { isFractionPair } from '../atoms/digits';

const CHAIN_SEPARATORS = new Set(['-', '–', '/', ':', '⁄']);
const LABEL_MARKS = new Set(['#', '№']);

function isYearLike(raw: string): boolean {
  const lit = parseLiteral(raw);
  return lit !== null && !lit.suffix && !lit.hasComma && !lit.hasDecimal && lit.intDigits === 4 && lit.value >= 1000 && lit.value < 2200;
}

function smallInt(raw: string): number | null {
  const lit = parseLiteral(raw);
  return lit !== null && !lit.suffix && !lit.hasComma && !lit.hasDecimal ? lit.value : null;
}

/**
 * Numbers glued by separators: "2023-05-15", "14:30", "24/7", "2022-23", "3-1". Three or more
 * parts are dates, times or codes; two parts are kept only when they can be a range or fraction
 * (the atom reader decides those).
 */
function blockChain(t: Token[], i: number, block: Uint8Array): number {
  let j = i;
  while (CHAIN_SEPARATORS.has(t[j + 1]?.raw ?? '') && !t[j + 1].spaced && t[j + 2]?.kind === 'num' && !t[j + 2].spaced) j += 2;
  if (j === i) return i;
  const parts = (j - i) / 2 + 1;
  const sep = t[i + 1].raw;
  let bad = parts >= 3 || sep === ':';
  if (!bad && (sep === '-' || sep === '–')) {
    const a = smallInt(t[i].raw);
    const b = smallInt(t[j].raw);
    const yearRange = isYearLike(t[i].raw) && (t[j].raw.length === 2 || isYearLike(t[j].raw));
    const score = a !== null && b !== null && b <= a && a < 100;
    bad = yearRange || score;
  }
  if (!bad && (sep === '/' || sep === '⁄')) {
    const a = smallInt(t[i].raw);
    const b = smallInt(t[j].raw);
    bad = a === null || b === null || !isFractionPair(a, b);
  }
  if (bad) for (let k = i; k <= j; k++) block[k] = 1;
  return j;
}

/** A phone number: "+44 20 7946 0958", "(020) 7946 0958". Blocks the run of digit groups. */
function blockPhone(t: Token[], i: number, block: Uint8Array): void {
  const p = t[i - 1];
  // "+44 20 7946 0958" is a phone number; "+5%" and "+5 points" are signed figures.
  const groups = t[i + 1]?.kind === 'num' || t[i].raw.replace(/\D/g, '').length >= 8;
  const intl = p !== undefined && p.raw === '+' && !t[i].spaced && groups && (i === 1 || t[i - 1].spaced || t[i - 2].kind === 'punct');
  const local = p !== undefined && p.raw === '(' && !t[i].spaced && t[i].raw.startsWith('0');
  // "0800 123 4567", "020 7946 0958": a trunk prefix with a leading zero, then spaced groups.
  const trunk = /^0\d{2,4}$/.test(t[i].raw) && t[i + 1]?.kind === 'num' && t[i + 1].spaced && /^\d{3,8}$/.test(t[i + 1].raw);
  if (!intl && !local && !trunk) return;
  for (let k = i; k < t.length && !t[k].broken; k++) {
    if (t[k].kind === 'word' || t[k].kind === 'alnum') break;
    block[k] = 1;
  }
}

/**
 * Tokens that can never be part of a figure: page furniture, URLs, dates and times written with
 * separators, phone numbers, labels ("#3"), codes with a leading zero, and designations such as
 * "Shahed-136", "Su-35", "Covid-19", "mid-2022" (a word glued to a number by a hyphen).
 */
export function blockTokens(t: Token[], text: string): Uint8Array {
  const block = new Uint8Array(t.length);
  const ranges = furnitureRanges(text);
  for (let i = 0; i < t.length; i++) {
    if (ranges.length > 0 && inRanges(ranges, t[i].start)) {
      block[i] = 1;
      continue;
    }
    if (t[i].kind !== 'num' || block[i]) continue;
    const prev = t[i - 1];
    const glued = prev !== undefined && !t[i].spaced;
    if (glued && (prev.raw === '-' || prev.raw === '‐') && t[i - 2] !== undefined && !prev.spaced && t[i - 2].kind !== 'num' && t[i - 2].kind !== 'punct') block[i] = 1;
    if (glued && LABEL_MARKS.has(prev.raw)) block[i] = 1;
    if (glued && prev.raw === '[' && t[i + 1]?.raw === ']') block[i] = 1;
    const thousandsGroup = prev?.kind === 'num' && t[i].start === prev.end + 1 && /^\d{3}$/.test(t[i].raw);
    if (parseLiteral(t[i].raw)?.leadingZero && !thousandsGroup) block[i] = 1;
    blockPhone(t, i, block);
    i = blockChain(t, i, block);
  }
  return block;
}
