import { createHash } from 'node:crypto';

/*
 * A text's identity by what it says, not by its bytes: what copying a page from one program to
 * another changes — line endings, spacing, curly or straight quotes, dashes, invisible characters —
 * does not make it another article. content_hash (./hash) stays the raw text's hash, as source and
 * claim ids are built from it; text_key (migration 009) is this one's.
 */

/** Characters a copy-paste or a typesetter swaps for one another, each mapped to its plain form. */
const SWAPS: [RegExp, string][] = [
  // Zero-width spaces and joiners, word joiner, byte-order mark, soft hyphen: present or not, the same text.
  [/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, ''],
  // No-break, narrow, figure, thin and other fixed-width spaces; line and paragraph separators.
  [/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' '],
  [/[\u2028\u2029\u0085]/g, '\n'],
  [/[\u2018\u2019\u201A\u201B\u2032\u02BC\uFF07]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\uFF02]/g, '"'],
  // Hyphen, non-breaking hyphen, figure dash, en and em dash, horizontal bar, minus sign; "--" for an em dash.
  [/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D-]+/g, '-'],
  [/\u2026/g, '...'],
];

/** The text with swappable characters made plain and line endings LF; lines and spacing otherwise kept. */
export function plainText(text: string): string {
  let s = text.normalize('NFC').replace(/\r\n?/g, '\n');
  for (const [re, to] of SWAPS) s = s.replace(re, to);
  return s;
}

/** The text as compared for identity: plain characters, every run of whitespace one space, trimmed. */
export function normalText(text: string): string {
  return plainText(text).replace(/\s+/g, ' ').trim();
}

/** SHA-256 of the normal text: two texts with one key are one source. */
export function textKey(text: string): string {
  return createHash('sha256').update(normalText(text), 'utf8').digest('hex');
}
