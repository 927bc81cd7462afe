import type { IntervalPoint } from '../domain/series';
import type { RowLayout } from './layout';
import type { Scale } from './scale';
import { esc } from './escape';
import { SERIES, type Palette } from './palette';

/**
 * The marks for one value, drawn the way the dashboard's IntervalMarks draws them so a reader
 * meets one visual language: a bar from low to high, a ring for the best value, a dot for an
 * exact figure, a fading bar and an arrow for an open end ("more than 400" has no upper bound),
 * a cross for a denial.
 */

const THICK = 10;

/**
 * The dashboard's series colours (--series-1…6, app/components/charts/palette.ts), assigned to
 * sources in order of appearance: the index into the palette's series each source takes.
 */
export function sourceColours(points: IntervalPoint[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const p of points) if (!m.has(p.sourceId)) m.set(p.sourceId, m.size % SERIES.length);
  return m;
}

export const seriesColour = (pal: Palette, i: number) => pal[SERIES[i]];

/**
 * Gradients for the open ends the chart actually has: "h" fades out to the right (no upper
 * bound), "l" to the left (no lower bound). Ids carry a prefix, since one page holds three charts.
 */
export function fadeDefs(points: IntervalPoint[], pal: Palette, colourOf: (p: IntervalPoint) => number, prefix: string): string {
  const needed = new Set<string>();
  for (const p of points) {
    if (p.stance === 'denies') continue;
    const i = colourOf(p);
    if (p.highOpen) needed.add(`h${i}`);
    else if (p.lowOpen) needed.add(`l${i}`);
  }
  return [...needed]
    .sort()
    .map((id) => {
      const c = seriesColour(pal, Number(id.slice(1)));
      const [a, b] = id[0] === 'h' ? ['', ' stop-opacity=".08"'] : [' stop-opacity=".08"', ''];
      return `<linearGradient id="${prefix}${id}"><stop offset="0" stop-color="${c}"${a}/><stop offset="1" stop-color="${c}"${b}/></linearGradient>`;
    })
    .join('');
}

const n = (v: number) => String(Math.round(v * 10) / 10);

export function drawMark(row: RowLayout, x: Scale, pal: Palette, colourIndex: number, prefix: string): string {
  const colour = seriesColour(pal, colourIndex);
  const p = row.point;
  const c = row.barY;
  const a = x(p.low);
  const b = x(p.high);
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const parts: string[] = [];
  // A figure nobody has reviewed yet is drawn lighter, and its label says so.
  const faint = p.review === 'reviewed' ? '' : ' opacity=".6"';
  if (p.stance === 'denies') {
    parts.push(`<path d="M${n(a - 6)} ${n(c - 6)}l12 12m0-12l-12 12" stroke="${pal.denial}" stroke-width="3"/>`);
  } else if (p.low === p.high && !p.lowOpen && !p.highOpen) {
    parts.push(`<circle cx="${n(a)}" cy="${n(c)}" r="6.5" fill="${colour}" stroke="${pal.paper}" stroke-width="1.5"${faint}/>`);
  } else {
    const fill = p.highOpen ? `url(#${prefix}h${colourIndex})` : p.lowOpen ? `url(#${prefix}l${colourIndex})` : colour;
    parts.push(`<rect x="${n(lo)}" y="${n(c - THICK / 2)}" width="${n(Math.max(hi - lo, 2))}" height="${THICK}" rx="5" fill="${fill}"${faint}/>`);
    if (p.highOpen) parts.push(`<path d="M${n(hi - 2)} ${n(c - 7)}l10 7-10 7z" fill="${colour}" opacity=".35"/>`);
    if (p.lowOpen) parts.push(`<path d="M${n(lo + 2)} ${n(c - 7)}l-10 7 10 7z" fill="${colour}" opacity=".35"/>`);
    else parts.push(`<rect x="${n(lo - 1.5)}" y="${n(c - 9)}" width="3" height="18" fill="${colour}"/>`);
    if (p.best !== null) parts.push(`<circle cx="${n(x(p.best))}" cy="${n(c)}" r="4" fill="${pal.paper}" stroke="${colour}" stroke-width="2"/>`);
  }
  if (row.calendar !== null) {
    const k = x(row.calendar);
    parts.push(`<path d="M${n(k)} ${n(c - 7)}l6 7-6 7-6-7z" fill="${pal.ink}" stroke="${pal.paper}"/>`);
  }
  // No per-mark <title> tooltip: the direct label above says the same, and it would cost a
  // copy of every label in each of the three layouts.
  return `<g data-claim-id="${esc(p.claimId)}">${parts.join('')}</g>`;
}
