import type { IntervalPoint } from '../domain/series';
import { KEY_WORDS as SHARED_WORDS, keyKinds, UNREVIEWED_OPACITY, type KeyKind as SharedKind } from '../domain/meaning';
import { denialSign, MEANING_ROLE } from './marks';
import { esc } from './escape';
import { textWidth } from './text';
import type { Palette } from './palette';

/**
 * The key under the chart, as the site's ChartKey prints it: what colours and shapes mean, for
 * the marks this chart draws and no others. Drawn in the chart's own SVG, so the embed page, the
 * SVG download and the PNG all carry it and its height is counted wherever the chart's is.
 */

export type KeyKind = SharedKind | 'calendar' | 'calendar-line';

export interface KeyItem {
  kind: KeyKind;
  text: string;
}

/** The site's words (server/domain/meaning.ts), and the embed's own for what only it draws. */
export const KEY_WORDS: Record<KeyKind, string> = {
  ...SHARED_WORDS,
  calendar: 'by the calendar, from the reference date',
  'calendar-line': 'by the calendar, from the reference date',
};

export interface KeyFacts {
  points: IntervalPoint[];
  /** A duration's calendar is drawn: as a diamond on each row, or as a line on a time axis. */
  calendar: boolean | 'line';
  /** Some label carries a flag reference, [1]. */
  flagged: boolean;
}

/** The shared key's entries, with the calendar line (durations only) before the review and flag notes. */
export function keyItems({ points, calendar, flagged }: KeyFacts): KeyItem[] {
  const kinds: KeyKind[] = keyKinds(points, flagged);
  if (calendar) {
    const at = kinds.findIndex((k) => k === 'auto' || k === 'flag');
    kinds.splice(at === -1 ? kinds.length : at, 0, calendar === 'line' ? 'calendar-line' : 'calendar');
  }
  return kinds.map((kind) => ({ kind, text: KEY_WORDS[kind] }));
}

/** A 26 × 14 swatch, as the site's, at (0, 0). */
function swatch(kind: KeyKind, pal: Palette): string {
  const v = pal.value;
  switch (kind) {
    case 'exact':
      return `<circle cx="13" cy="7" r="5" fill="${v}"/>`;
    case 'range':
      return `<rect x="2" y="3" width="22" height="8" rx="4" fill="${v}"/>`;
    case 'open':
      return `<rect x="3" y="1" width="2.5" height="12" fill="${v}"/><rect x="4" y="5" width="14" height="4" fill="${v}" opacity=".45"/><path d="M17 2L24 7L17 12z" fill="${v}" opacity=".45"/>`;
    case 'vague':
      return `<rect x="2" y="3" width="22" height="8" rx="4" fill="${v}" fill-opacity=".18" stroke="${v}" stroke-dasharray="4 3"/>`;
    case 'denial':
      return denialSign(13, 7, pal.kdenial, pal.paper);
    case 'auto':
      return `<circle cx="13" cy="7" r="5" fill="${v}" opacity="${UNREVIEWED_OPACITY}"/>`;
    case 'calendar':
      return `<path d="M13 0l6 7-6 7-6-7z" fill="${pal.ink}"/>`;
    case 'calendar-line':
      return `<path d="M1 11L25 3" stroke="${pal.calendar}" stroke-width="2" stroke-dasharray="5 4"/>`;
    case 'flag':
      // Neutral: each reference on the chart takes its own flag kind's colour.
      return `<text x="4" y="11" fill="${pal.ink2}" font-weight="600">[1]</text>`;
    default:
      return `<circle cx="13" cy="7" r="5" fill="${pal[MEANING_ROLE[kind]]}"/>`;
  }
}

const KEY_FONT = 11.5;
const KEY_LINE = 18;
const SWATCH = 26 + 5;
const GAP = 16;

export interface KeyLayout {
  items: { item: KeyItem; x: number; y: number }[];
  height: number;
}

/** Items side by side, wrapping at the chart's width; each item's top-left corner. */
export function layoutKey(items: KeyItem[], width: number): KeyLayout {
  const out: KeyLayout['items'] = [];
  let x = 0;
  let y = 0;
  for (const item of items) {
    const w = SWATCH + textWidth(item.text, KEY_FONT);
    if (x > 0 && x + w > width) {
      x = 0;
      y += KEY_LINE;
    }
    out.push({ item, x, y });
    x += Math.ceil(w + GAP);
  }
  return { items: out, height: items.length ? y + KEY_LINE : 0 };
}

export function keySvg(key: KeyLayout, top: number, pal: Palette): string {
  if (key.items.length === 0) return '';
  const items = key.items
    .map(({ item, x, y }) => `<g data-key="${item.kind}"><g transform="translate(${x} ${top + y})">${swatch(item.kind, pal)}</g><text x="${x + SWATCH}" y="${top + y + 11}">${esc(item.text)}</text></g>`)
    .join('');
  return `<g aria-label="Key to the chart" font-size="${KEY_FONT}" fill="${pal.muted}">${items}</g>`;
}
