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

/** Gradients for open ends, one pair per colour; ids carry a prefix since one page holds several charts. */
export function fadeDefs(colours: string[], prefix: string): string {
  return colours
    .map(
      (c, i) =>
        `<linearGradient id="${prefix}h${i}"><stop offset="0" stop-color="${c}"/><stop offset="1" stop-color="${c}" stop-opacity=".08"/></linearGradient>` +
        `<linearGradient id="${prefix}l${i}"><stop offset="0" stop-color="${c}" stop-opacity=".08"/><stop offset="1" stop-color="${c}"/></linearGradient>`,
    )
    .join('');
}

/** A native tooltip for the mark: readable on hover with no script at all. */
export function markTitle(p: IntervalPoint): string {
  const who = [p.speaker, p.outlet, p.dateText].filter(Boolean).join(', ');
  const what = p.stance === 'denies' ? `Denied: “${p.valueText}”` : `${p.valueText} (${p.intervalText} ${p.unit})`;
  return `${what} — ${who}`;
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
  return `<g data-claim-id="${esc(p.claimId)}"><title>${esc(markTitle(p))}</title>${parts.join('')}</g>`;
}
