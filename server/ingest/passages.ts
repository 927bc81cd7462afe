import { createHash } from 'node:crypto';
import { isAgencyWord, splitSentences } from '../extract';
import { plainText } from '../domain/text-key';

/*
 * A near-copy — the same article under another headline, first paragraph or wire credit — is
 * found by its sentences: each is hashed as words only (quotes, dashes and spacing aside), the
 * hashes of every original source are kept in an index (source_passages), and an article whose
 * body is mostly one earlier source's sentences is a reprint of it (server/db/reprints.ts).
 */

export interface Passage {
  /** The first 64 bits of the SHA-256 of the sentence's words, as a decimal string (a bigint in SQL). */
  hash: string;
  /** Characters of words, what the share of a body is counted in. */
  length: number;
  /** False for the first paragraph and credit lines, which a reprint is free to change. */
  body: boolean;
}

/** Shorter sentences ("He said.", "- AP") say nothing about where a text came from. */
const MIN_PASSAGE = 24;
/** A reprint's body is at least this share of one earlier source's sentences. */
export const REPRINT_SHARE = 0.8;
/** Below this many characters of body there is too little to tell a reprint from a coincidence. */
export const MIN_BODY = 200;

/** "BRACKWATER, Halvern, Aug 3 (Reuters) - ": which agency filed it, and where. */
const WIRE_DATELINE = /^[^\n]{0,80}?\(([^()\n]{2,30})\)\s*-\s*/;
/** "ORRIN CREEK - ": where it was filed. */
const PLACE_DATELINE = /^\p{Lu}[\p{Lu}'. ]{2,40}(?:,[^\n-]{0,40})?\s+-\s+/u;
/** Bylines, reporting and copyright credits, whole lines. */
const CREDIT = /^\(?(?:by\s+\p{Lu}[^.!?]{0,100}|(?:additional\s+|with\s+)?(?:reporting|writing|editing|compiled|contributing|produced)(?:\s+(?:by|from)\b|:).{0,200}|(?:copyright|©|\(c\))\s.{0,150}|.{0,80}\ball rights reserved\b.{0,40})$/iu;

/** A line that only credits who wrote or sent the copy: a byline, "Reporting by …", "— AP", "(Reuters)". */
export function isCreditLine(line: string): boolean {
  if (CREDIT.test(line)) return true;
  const bare = line.toLowerCase().replace(/[^\p{L}\s]+/gu, ' ').trim().replace(/\s+/g, ' ');
  return bare.length > 0 && bare.length <= 40 && isAgencyWord(bare);
}

/** A paragraph's first sentence without the dateline a reprint adds, changes or drops. */
function withoutDateline(s: string): string {
  const wire = WIRE_DATELINE.exec(s);
  if (wire && isAgencyWord(wire[1].trim().toLowerCase())) return s.slice(wire[0].length);
  return s.replace(PLACE_DATELINE, '');
}

const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const hash64 = (s: string) => createHash('sha256').update(s, 'utf8').digest().readBigInt64BE(0).toString();

/** The sentences of a text worth comparing, each once, marked body or not. */
export function passagesOf(text: string): Passage[] {
  const byHash = new Map<string, Passage>();
  let first = true;
  for (const raw of plainText(text).split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const credit = isCreditLine(line);
    const body = !credit && !first;
    if (!credit) first = false;
    if (credit) continue;
    splitSentences(line).forEach((s, i) => {
      const w = words(i === 0 ? withoutDateline(s.text) : s.text);
      if (w.length < MIN_PASSAGE) return;
      const hash = hash64(w);
      const seen = byHash.get(hash);
      if (seen) seen.body ||= body;
      else byHash.set(hash, { hash, length: w.length, body });
    });
  }
  return [...byHash.values()];
}

/** Characters of body, and whether `matched` (hashes found in one earlier source) makes it a reprint of that source. */
export function bodyLength(passages: Passage[]): number {
  return passages.reduce((n, p) => n + (p.body ? p.length : 0), 0);
}
export function isReprint(passages: Passage[], matched: ReadonlySet<string>): boolean {
  const total = bodyLength(passages);
  if (total < MIN_BODY) return false;
  const hit = passages.reduce((n, p) => n + (p.body && matched.has(p.hash) ? p.length : 0), 0);
  return hit >= REPRINT_SHARE * total;
}
