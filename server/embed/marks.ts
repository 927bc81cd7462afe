import type { IntervalPoint } from '../domain/series';
import type { RowLayout } from './layout';
import type { Scale } from './scale';
import { esc } from './escape';

/**
 * The marks for one value, drawn the way the dashboard's IntervalMarks draws them so a reader
 * meets one visual language: a bar from low to high, a ring for the best value, a dot for an
 * exact figure, a fading bar and an arrow for an open end ("more than 400" has no upper bound),
 * a cross for a denial.
 */

/** The dashboard's colours (app/components/charts/palette.ts), assigned to sources in order. */
export const SOURCE_COLOURS = ['#2f6db5', '#c0392b', '#00847e', '#8e44ad', '#b7791f', '#4a5568'];
export const DENIAL_COLOUR = '#7a3ea1';
const THICK = 10;

export function sourceColours(points: IntervalPoint[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const p of points) if (!m.has(p.sourceId)) m.set(p.sourceId, SOURCE_COLOURS[m.size % SOURCE_COLOURS.length]);
  return m;
}

/**
 * Gradients for the open ends the chart actually has: "h" fades out to the right (no upper
 * bound), "l" to the left (no lower bound). Ids carry a prefix, since one page holds three charts.
 */
export function fadeDefs(points: IntervalPoint[], colours: string[], colourOf: (p: IntervalPoint) => string, prefix: string): string {
  const needed = new Set<string>();
  for (const p of points) {
    if (p.stance === 'denies') continue;
    const i = colours.indexOf(colourOf(p));
    if (p.highOpen) needed.add(`h${i}`);
    else if (p.lowOpen) needed.add(`l${i}`);
  }
  return [...needed]
    .sort()
    .map((id) => {
      const c = colours[Number(id.slice(1))];
      const [a, b] = id[0] === 'h' ? ['', ' stop-opacity=".08"'] : [' stop-opacity=".08"', ''];
      return `<linearGradient id="${prefix}${id}"><stop offset="0" stop-color="${c}"${a}/><stop offset="1" stop-color="${c}"${b}/></linearGradient>`;
    })
    .join('');
}

const n = (v: number) => String(Math.round(v * 10) / 10);

export function drawMark(row: RowLayout, x: Scale, colour: string, colourIndex: number, prefix: string): string {
  const p = row.point;
  const c = row.barY;
  const a = x(p.low);
  const b = x(p.high);
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const parts: string[] = [];
  if (p.stance === 'denies') {
    parts.push(`<path d="M${n(a - 6)} ${n(c - 6)}l12 12m0-12l-12 12" stroke="${DENIAL_COLOUR}" stroke-width="3"/>`);
  } else if (p.low === p.high && !p.lowOpen && !p.highOpen) {
    parts.push(`<circle cx="${n(a)}" cy="${n(c)}" r="6.5" fill="${colour}" stroke="#fff" stroke-width="1.5"/>`);
  } else {
    const fill = p.highOpen ? `url(#${prefix}h${colourIndex})` : p.lowOpen ? `url(#${prefix}l${colourIndex})` : colour;
    const op = p.review === 'auto' ? ' opacity=".6"' : '';
    parts.push(`<rect x="${n(lo)}" y="${n(c - THICK / 2)}" width="${n(Math.max(hi - lo, 2))}" height="${THICK}" rx="5" fill="${fill}"${op}/>`);
    if (p.highOpen) parts.push(`<path d="M${n(hi - 2)} ${n(c - 7)}l10 7-10 7z" fill="${colour}" opacity=".35"/>`);
    if (p.lowOpen) parts.push(`<path d="M${n(lo + 2)} ${n(c - 7)}l-10 7 10 7z" fill="${colour}" opacity=".35"/>`);
    else parts.push(`<rect x="${n(lo - 1.5)}" y="${n(c - 9)}" width="3" height="18" fill="${colour}"/>`);
    if (p.best !== null) parts.push(`<circle cx="${n(x(p.best))}" cy="${n(c)}" r="4" fill="#fff" stroke="${colour}" stroke-width="2"/>`);
  }
  if (row.calendar !== null) {
    const k = x(row.calendar);
    parts.push(`<path d="M${n(k)} ${n(c - 7)}l6 7-6 7-6-7z" fill="#1d2433" stroke="#fff"/>`);
  }
  // No per-mark <title> tooltip: the direct label above says the same, and it would cost a
  // copy of every label in each of the three layouts.
  return `<g data-claim-id="${esc(p.claimId)}">${parts.join('')}</g>`;
}
