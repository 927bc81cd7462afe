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
  /** denial: a denial's clause, bold in the denial colour. */
  style: 'strong' | 'plain' | 'muted' | 'flag' | 'denial';
}

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

/** Break styled runs into lines no wider than `width`, at spaces where possible. */
export function wrapRuns(runs: Run[], width: number, fontSize: number): Run[][] {
  const lines: Run[][] = [[]];
  let used = 0;
  for (const run of runs) {
    const bold = run.style === 'strong' || run.style === 'denial';
    const words = run.text.split(/(?<= )/).flatMap((w) => pieces(w, width, fontSize, bold));
    for (const word of words) {
      const w = textWidth(word, fontSize, bold);
      const trimmed = textWidth(word.trimEnd(), fontSize, bold);
      if (used > 0 && used + trimmed > width) {
        lines.push([]);
        used = 0;
      }
      const line = lines[lines.length - 1];
      const last = line[line.length - 1];
      const text = used === 0 ? word.trimStart() : word;
      if (!text) continue;
      if (last && last.style === run.style) last.text += text;
      else line.push({ text, style: run.style });
      used += used === 0 ? textWidth(text, fontSize, bold) : w;
    }
  }
  return lines.map((l) => l.map((r, i) => (i === l.length - 1 ? { ...r, text: r.text.trimEnd() } : r)));
}

/** Plain text wrapped to lines (titles, source lines in the standalone image). */
export function wrapText(s: string, width: number, fontSize: number, bold = false): string[] {
  return wrapRuns([{ text: s, style: bold ? 'strong' : 'plain' }], width, fontSize).map((l) => l.map((r) => r.text).join(''));
}
