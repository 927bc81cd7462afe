/*
 * Label text that wraps instead of being cut: lines measured with the font the chart draws in
 * (a canvas's measureText, in the browser, where charts are drawn), so every label's box is known
 * before it is placed, and a chart can make room for it.
 */

/** How wide a piece of 12px label text is, in CSS pixels. */
export type Measure = (text: string, bold: boolean) => number;

/** Without a canvas (tests, the server): a generous estimate, wider than the system sans. */
export const estimateWidth: Measure = (t, bold) => t.length * (bold ? 7.2 : 6.8);

let canvas: CanvasRenderingContext2D | null | undefined;

/** The browser's measure of the page's sans at 12px, each width worked out once. */
export function textMeasure(): Measure {
  if (typeof document === 'undefined') return estimateWidth;
  if (canvas === undefined) canvas = document.createElement('canvas').getContext('2d');
  const ctx = canvas;
  if (!ctx) return estimateWidth;
  const family = getComputedStyle(document.documentElement).getPropertyValue('--sans').trim() || 'sans-serif';
  const seen = new Map<string, number>();
  return (t, bold) => {
    const key = `${bold ? 1 : 0}${t}`;
    let w = seen.get(key);
    if (w === undefined) {
      ctx.font = `${bold ? 600 : 400} 12px ${family}`;
      // A pixel to spare a word, for the sub-pixel rounding of the text as it is laid out.
      w = ctx.measureText(t).width + 0.5;
      seen.set(key, w);
    }
    return w;
  };
}

export interface Run {
  text: string;
  /** The value's words: bold, in ink. */
  bold?: boolean;
  /** Who and when: muted. */
  muted?: boolean;
  /** A colour of its own (a denial's clause, in the denial's colour). */
  colour?: string;
}
export interface Line {
  runs: Run[];
  width: number;
}

const same = (a: Run, b: Run) => Boolean(a.bold) === Boolean(b.bold) && Boolean(a.muted) === Boolean(b.muted) && a.colour === b.colour;

/**
 * Runs of styled text broken into lines no wider than `width`, between words; a word longer than
 * a line is broken between its letters, so nothing is ever cut. " · " stays at the end of a line,
 * never at the start of the next.
 */
export function wrapRuns(runs: Run[], width: number, measure: Measure): Line[] {
  // Atoms: what may not be broken, a word or pieces of words in two styles with no space between
  // ("400" and "\u00a0·" below); spaces between them are where lines may break.
  const atoms: { pieces: Run[]; space: Run | null }[] = [];
  let space: Run | null = null;
  let joined = false;
  for (const r of runs)
    for (const text of r.text.replace(/ · /g, '\u00a0· ').split(/( +)/)) {
      if (!text) continue;
      if (/^ +$/.test(text)) {
        space = { ...r, text };
        joined = false;
      } else if (joined && atoms.length) atoms[atoms.length - 1].pieces.push({ ...r, text });
      else {
        atoms.push({ pieces: [{ ...r, text }], space: atoms.length ? space : null });
        space = null;
        joined = true;
      }
    }
  const wOf = (pieces: Run[]) => pieces.reduce((n, p) => n + measure(p.text, Boolean(p.bold)), 0);
  const lines: Line[] = [];
  let line: Run[] = [];
  let w = 0;
  const push = () => {
    if (line.length) lines.push({ runs: merge(line), width: w });
    line = [];
    w = 0;
  };
  for (const atom of atoms) {
    let aw = wOf(atom.pieces);
    const sw = atom.space && line.length ? measure(atom.space.text, Boolean(atom.space.bold)) : 0;
    if (line.length && w + sw + aw > width) push();
    else if (line.length && atom.space) {
      line.push(atom.space);
      w += sw;
    }
    if (aw > width) {
      // Wider than a line on its own: its letters, a line at a time.
      for (const piece of atom.pieces) {
        let part = '';
        for (const ch of piece.text) {
          if (part && w + measure(part + ch, Boolean(piece.bold)) > width) {
            line.push({ ...piece, text: part });
            w += measure(part, Boolean(piece.bold));
            push();
            part = '';
          }
          part += ch;
        }
        if (part) {
          line.push({ ...piece, text: part });
          w += measure(part, Boolean(piece.bold));
        }
      }
      aw = 0;
      continue;
    }
    line.push(...atom.pieces);
    w += aw;
  }
  push();
  return lines;
}

function merge(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && same(last, r)) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

export const widest = (lines: Line[]) => lines.reduce((m, l) => Math.max(m, l.width), 0);
