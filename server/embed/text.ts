import type { FlagKind } from '../domain/schemas';

/**
 * Text measurement without a browser. The SVG is laid out on the server, where no font metrics
 * exist, so widths are estimated per character class. The estimates are set for the widest
 * common system sans (DejaVu Sans, Linux's default) so a label never runs past its line in any
 * reader's font; narrower fonts just leave a little air.
 */

const NARROW = new Set("il.,:;!|'`’‘ ()[]ftrj·");
const WIDE = new Set('mwMW@%—');

/** Width in em of one character, bold a little wider. */
function charEm(ch: string, bold: boolean): number {
  let w: number;
  if (ch === ' ') w = 0.32;
  else if (NARROW.has(ch)) w = 0.36;
  else if (WIDE.has(ch)) w = 0.92;
  else if (/[A-Z]/.test(ch)) w = 0.7;
  else if (/[0-9]/.test(ch)) w = 0.64;
  else w = 0.6;
  return bold ? w * 1.08 : w;
}

export function textWidth(s: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of s) em += charEm(ch, bold);
  return em * fontSize;
}

/** A run of text in one style; a line of a label is a list of runs. */
export interface Run {
  text: string;
  /**
   * denial: a denial's clause, bold in the denial colour. flag:<kind>: a flag reference ("[1]"),
   * bold in that kind's colour, as the site's flag badges are.
   */
  style: 'strong' | 'plain' | 'muted' | 'flag' | 'denial' | `flag:${FlagKind}`;
}

const isBold = (style: Run['style']) => style === 'strong' || style === 'denial' || style.startsWith('flag');

/** A word wider than a whole line (a URL, pasted markup) is cut where it must be, not left to overflow. */
function pieces(word: string, width: number, fontSize: number, bold: boolean): string[] {
  if (textWidth(word.trimEnd(), fontSize, bold) <= width) return [word];
  const out: string[] = [];
  let cur = '';
  for (const ch of word) {
    if (cur && textWidth(cur + ch, fontSize, bold) > width) {
      out.push(cur);
      cur = '';
    }
    cur += ch;
  }
  return cur ? [...out, cur] : out;
}

/**
 * Break styled runs into lines no wider than `width`, at spaces where possible. A word is broken
 * only at a plain space, even where its style changes inside it: "[1]" and " [2]" (a no-break
 * space between) in two colours stay on one line.
 */
export function wrapRuns(runs: Run[], width: number, fontSize: number): Run[][] {
  // The words, each a list of styled pieces; a word ends after a plain space.
  const words: Run[][] = [];
  let open = false;
  for (const run of runs) {
    const bold = isBold(run.style);
    for (const part of run.text.split(/(?<= )/)) {
      const cut = pieces(part, width, fontSize, bold);
      cut.forEach((text, i) => {
        if (open && i === 0) words[words.length - 1].push({ text, style: run.style });
        else words.push([{ text, style: run.style }]);
      });
      open = !part.endsWith(' ');
    }
  }
  const w = (r: Run) => textWidth(r.text, fontSize, isBold(r.style));
  const lines: Run[][] = [[]];
  let used = 0;
  for (const word of words) {
    const last = word[word.length - 1];
    const full = word.reduce((n, r) => n + w(r), 0);
    const trimmed = full - w(last) + textWidth(last.text.trimEnd(), fontSize, isBold(last.style));
    if (used > 0 && used + trimmed > width) {
      lines.push([]);
      used = 0;
    }
    const line = lines[lines.length - 1];
    for (const [i, r] of word.entries()) {
      const text = used === 0 && i === 0 ? r.text.trimStart() : r.text;
      if (!text) continue;
      const prev = line[line.length - 1];
      if (prev && prev.style === r.style) prev.text += text;
      else line.push({ text, style: r.style });
      used += textWidth(text, fontSize, isBold(r.style));
    }
  }
  return lines.map((l) => l.map((r, i) => (i === l.length - 1 ? { ...r, text: r.text.trimEnd() } : r)));
}

/** Plain text wrapped to lines (titles, source lines in the standalone image). */
export function wrapText(s: string, width: number, fontSize: number, bold = false): string[] {
  return wrapRuns([{ text: s, style: bold ? 'strong' : 'plain' }], width, fontSize).map((l) => l.map((r) => r.text).join(''));
}
