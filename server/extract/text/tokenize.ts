import type { Token, TokenKind } from '../types';
import { CODE_ALIASES, ISO_CODES } from './codes';

/*
 * One pass, one sticky regex: whitespace, a word run, a bare decimal (".08"), or any other
 * single code point. Word runs keep "1,500", "1.7" and "Iran’s" whole, because the separator is
 * only taken between two digits (or before letters for apostrophes); every alternative consumes
 * at least one character and never overlaps another, so the scan is linear.
 */
const TOKEN =
  /(\s+)|([\p{L}\p{M}\p{N}]+(?:(?:(?<=\p{N})[.,](?=\p{N})|['’](?=\p{L}))[\p{L}\p{M}\p{N}]+)*)|((?<![\p{L}\p{N}])\.\p{N}+)|([\s\S])/uy;
const CODE_GLUED = /^([A-Z]{3}|Rs|RM|Rp|Tk|Dhs|Dh|KSh|Ksh)(?=\d)/;
/** "R500", "R18.50", "R2.5bn": a rand sign glued to an amount (the whole word is the amount). */
const RAND_GLUED = /^(R)(?=[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?(?:bn|m|k|tn)?$|[1-9]\d*(?:\.\d+)?(?:bn|m|k|tn)?$)/;
/** "$US4.5 million", "$A12": the country letters written after the dollar sign, glued to the amount. */
const DOLLAR_GLUED = /^(US|A|NZ|C|HK|S|NT)(?=\d)/;
const HAS_DIGIT = /\p{N}/u;
const VALID_COMMAS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\p{L}*)$/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

function kindOf(raw: string): TokenKind {
  const c0 = raw.charCodeAt(0);
  if ((c0 >= 48 && c0 <= 57) || c0 === 46) return 'num';
  // ASCII words are the most common token: look for a digit without the Unicode regex.
  let ascii = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) return 'alnum';
    if (c > 127) ascii = false;
  }
  return ascii || !HAS_DIGIT.test(raw) ? 'word' : 'alnum';
}

function push(out: Token[], raw: string, start: number, kind: TokenKind, spaced: boolean, broken: boolean) {
  out.push({ raw, lower: raw.toLowerCase(), start, end: start + raw.length, kind, spaced, broken });
}

/**
 * "1,2,3" is a list, not one number: a run whose commas do not group thousands is cut at its
 * commas so each part can be judged on its own.
 */
function pushNumberRun(out: Token[], raw: string, start: number, spaced: boolean, broken: boolean) {
  if (!raw.includes(',') || VALID_COMMAS.test(raw)) {
    push(out, raw, start, 'num', spaced, broken);
    return;
  }
  let offset = 0;
  raw.split(',').forEach((part, i) => {
    if (i > 0) {
      push(out, ',', start + offset, 'punct', false, false);
      offset += 1;
    }
    if (part.length > 0) push(out, part, start + offset, kindOf(part), i === 0 && spaced, i === 0 && broken);
    offset += part.length;
  });
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let pos = 0;
  let spaced = true;
  let broken = true;
  while (pos < text.length) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m) break;
    const raw = m[0];
    if (m[1] !== undefined) {
      spaced = true;
      if (LINE_BREAK.test(raw)) broken = true;
    } else {
      const code = m[2] === undefined ? null : (text.charCodeAt(pos - 1) === 36 ? DOLLAR_GLUED.exec(raw) : null) ?? CODE_GLUED.exec(raw) ?? RAND_GLUED.exec(raw);
      // "COP28", "ARM64": three capitals glued to a one- or two-digit integer name a thing, not an amount.
      const named = code !== null && code[1].length === 3 && /^\d{1,2}$/.test(raw.slice(3));
      if (code !== null && !named && (ISO_CODES.has(code[1]) || code[1] in CODE_ALIASES || code[1] === 'R' || text.charCodeAt(pos - 1) === 36)) {
        // "USD1.7bn", "EUR140m": a currency code glued to its amount is two tokens.
        push(out, code[1], pos, 'word', spaced, broken);
        pushNumberRun(out, raw.slice(code[1].length), pos + code[1].length, false, false);
      } else if (m[2] !== undefined) {
        const kind = kindOf(raw);
        if (kind === 'num') pushNumberRun(out, raw, pos, spaced, broken);
        else push(out, raw, pos, kind, spaced, broken);
      } else if (m[3] !== undefined) {
        push(out, raw, pos, 'num', spaced, broken);
      } else {
        push(out, raw, pos, 'punct', spaced, broken);
      }
      spaced = false;
      broken = false;
    }
    pos += raw.length;
  }
  return out;
}

/** Is token i directly attached (no whitespace) to token i-1? */
export function glued(tokens: Token[], i: number): boolean {
  return i > 0 && i < tokens.length && !tokens[i].spaced;
}

/** First token (or word) whose start is at or after offset `pos` (binary search; they are in order). */
export function tokenAt(tokens: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
