import type { IntervalPoint } from '../domain/series';
import { meaningOf, OPEN_END_ARROW, UNREVIEWED_OPACITY, type MarkMeaning } from '../domain/meaning';
import type { RowLayout } from './layout';
import type { Scale } from './scale';
import { esc } from './escape';
import type { Palette, Role } from './palette';

/**
 * The marks for one value, drawn as the site's IntervalMarks draws them so the site, the embed
 * and the PNG speak one visual language: a dot for an exact figure, a bar with end ticks from low
 * to high, a light dashed range for vague wording ("hundreds"), a short arrow from its bound for
 * an open end ("more than 400": its length says nothing), and for a denial no mark on the value
 * scale at all, only the ⊘ at its row's start. Colour says what the value is, never who gave it.
 */

const THICK = 10;
const ARROW = OPEN_END_ARROW;
/** Where a denial's ⊘ sits: its row's start, whatever the axis. */
export const DENIAL_SIGN_X = 7;

/** The palette role each meaning paints with (server/domain/meaning.ts, as the site's MEANING_COLOUR). */
export const MEANING_ROLE: Record<MarkMeaning, Role> = {
  value: 'value',
  denial: 'kdenial',
  conflict: 'kconflict',
  'within-source': 'kwithin-source',
  'off-calendar': 'koff-calendar',
};

export const markColour = (pal: Palette, p: Pick<IntervalPoint, 'stance' | 'flagKinds'>) => pal[MEANING_ROLE[meaningOf(p)]];

/** An open end towards higher values ("more than 400") or towards lower ones ("up to 6,000"). */
const openDir = (p: IntervalPoint): 1 | -1 | 0 => (p.stance === 'denies' ? 0 : p.highOpen && !p.lowOpen ? 1 : p.lowOpen && !p.highOpen ? -1 : 0);

/**
 * Gradients for the open ends the chart has, per meaning: "h-…" fades out to the right, "l-…" to
 * the left. Ids carry a prefix, since one page holds several layouts of the chart.
 */
export function fadeDefs(points: IntervalPoint[], pal: Palette, prefix: string): string {
  const needed = new Set<string>();
  for (const p of points) {
    const d = openDir(p);
    if (d) needed.add(`${d > 0 ? 'h' : 'l'}-${meaningOf(p)}`);
  }
  return [...needed]
    .sort()
    .map((id) => {
      const c = pal[MEANING_ROLE[id.slice(2) as MarkMeaning]];
      const [a, b] = id[0] === 'h' ? ['', ' stop-opacity=".1"'] : [' stop-opacity=".1"', ''];
      return `<linearGradient id="${prefix}${id}"><stop offset="0" stop-color="${c}"${a}/><stop offset="1" stop-color="${c}"${b}/></linearGradient>`;
    })
    .join('');
}

const n = (v: number) => String(Math.round(v * 10) / 10);

/** ⊘, the denial's sign (the key draws it too). */
export function denialSign(x: number, y: number, colour: string, paper: string): string {
  return `<circle cx="${n(x)}" cy="${n(y)}" r="6" fill="${paper}" stroke="${colour}" stroke-width="2"/><path d="M${n(x - 4)} ${n(y + 4)}l8-8" stroke="${colour}" stroke-width="2"/>`;
}

/** A tick at the bound, a shaft fading away from it and an arrowhead: OPEN_END_ARROW px long on any axis. */
function openEnd(from: number, c: number, dir: 1 | -1, colour: string, fade: string): string {
  const tip = from + dir * ARROW;
  const shaft = Math.min(from, tip - dir * 6);
  return (
    `<rect x="${n(shaft)}" y="${n(c - 3)}" width="${ARROW - 6}" height="6" fill="${fade}"/>` +
    `<path d="M${n(tip - dir * 8)} ${n(c - 7)}L${n(tip)} ${n(c)}L${n(tip - dir * 8)} ${n(c + 7)}z" fill="${colour}" opacity=".45"/>` +
    `<rect x="${n(from - 1.5)}" y="${n(c - 9)}" width="3" height="18" fill="${colour}"/>`
  );
}

export function drawMark(row: RowLayout, x: Scale, pal: Palette, prefix: string): string {
  const p = row.point;
  const meaning = meaningOf(p);
  const colour = pal[MEANING_ROLE[meaning]];
  const c = row.barY;
  const a = x(p.low);
  const b = x(p.high);
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const exact = p.low === p.high && !p.lowOpen && !p.highOpen;
  const vague = p.qualifier === 'vague';
  const dir = openDir(p);
  const parts: string[] = [];
  if (p.stance === 'denies') {
    // No figure, so no place on the value scale: the sign at the row's start, the clause beside it.
    parts.push(denialSign(DENIAL_SIGN_X, c, colour, pal.paper));
  } else if (exact) {
    parts.push(`<circle cx="${n(a)}" cy="${n(c)}" r="6.5" fill="${colour}" stroke="${pal.paper}" stroke-width="1.5"/>`);
  } else if (dir) {
    parts.push(openEnd(dir > 0 ? lo : hi, c, dir, colour, `url(#${prefix}${dir > 0 ? 'h' : 'l'}-${meaning})`));
  } else if (vague || (p.lowOpen && p.highOpen)) {
    // Wording, not a measurement: a light range, never a solid bar that reads as measured.
    parts.push(`<rect x="${n(lo)}" y="${n(c - THICK / 2)}" width="${n(Math.max(hi - lo, 2))}" height="${THICK}" rx="5" fill="${colour}" fill-opacity=".18" stroke="${colour}" stroke-dasharray="4 3" stroke-width="1.2"/>`);
  } else {
    parts.push(
      `<rect x="${n(lo)}" y="${n(c - THICK / 2)}" width="${n(Math.max(hi - lo, 2))}" height="${THICK}" rx="5" fill="${colour}"/>` +
        `<rect x="${n(lo - 1.5)}" y="${n(c - 9)}" width="3" height="18" fill="${colour}"/><rect x="${n(hi - 1.5)}" y="${n(c - 9)}" width="3" height="18" fill="${colour}"/>`,
    );
  }
  // The best value as a ring, unless it is an open end's bound, where the tick already stands.
  const bound = dir > 0 ? p.low : dir < 0 ? p.high : null;
  if (p.stance !== 'denies' && p.best !== null && p.best !== bound && !exact && !vague) parts.push(`<circle cx="${n(x(p.best))}" cy="${n(c)}" r="4" fill="${pal.paper}" stroke="${colour}" stroke-width="2"/>`);
  if (row.calendar !== null) {
    const k = x(row.calendar);
    parts.push(`<path d="M${n(k)} ${n(c - 7)}l6 7-6 7-6-7z" fill="${pal.ink}" stroke="${pal.paper}"/>`);
  }
  // A figure nobody has reviewed yet is drawn fainter, and its label says so. No per-mark <title>:
  // the direct label says the same, and it would cost a copy of every label in each layout.
  const faint = p.review === 'auto' ? ` opacity="${UNREVIEWED_OPACITY}"` : '';
  return `<g data-claim-id="${esc(p.claimId)}"${faint}>${parts.join('')}</g>`;
}
