import { meaningOf, OPEN_END_ARROW, UNREVIEWED_OPACITY, type MarkMeaning } from '../domain/meaning';
import type { IntervalPoint } from '../domain/series';
import { denialSign, MEANING_ROLE } from './marks';
import { keySvg } from './key';
import { esc } from './escape';
import { quotePath } from './links';
import { NUMBER_COLUMN, type TimeLayout, type TimeRow } from './time-layout';
import type { Palette } from './palette';
import type { Run } from './text';

/**
 * A time-axis chart (./time-layout.ts) as SVG: the same marks as the chart of rows, stood upright
 * (the site's TimeChart draws them so too), with presentation attributes only, so the embed page,
 * the .svg and the PNG share it. On the embed page each figure is one link to its quote holding
 * its mark, its tag and its entry in the list, so it is one stop for the keyboard.
 */

const n = (v: number) => String(Math.round(v * 10) / 10);
const THICK = 10;
/** An end tick's length across the mark. */
const MARK_TICK = 18;

/** Open ends fade away from their bound: "u-…" upwards (more than), "d-…" downwards (up to). */
function fades(points: IntervalPoint[], pal: Palette, prefix: string): string {
  const needed = new Set<string>();
  for (const p of points) {
    if (p.stance === 'denies' || p.lowOpen === p.highOpen) continue;
    needed.add(`${p.highOpen ? 'u' : 'd'}-${meaningOf(p)}`);
  }
  return [...needed]
    .sort()
    .map((id) => {
      const c = pal[MEANING_ROLE[id.slice(2) as MarkMeaning]];
      const [a, b] = id[0] === 'u' ? [' stop-opacity=".1"', ''] : ['', ' stop-opacity=".1"'];
      return `<linearGradient id="${prefix}${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${c}"${a}/><stop offset="1" stop-color="${c}"${b}/></linearGradient>`;
    })
    .join('');
}

function mark(row: TimeRow, layout: TimeLayout, pal: Palette, prefix: string): string {
  const p = row.point;
  const m = row.mark!;
  const meaning = meaningOf(p);
  const colour = pal[MEANING_ROLE[meaning]];
  const c = m.cx;
  const parts: string[] = [];
  if (m.denial) parts.push(denialSign(c, layout.denialY!, colour, pal.paper));
  else {
    const a = layout.y(p.low);
    const b = layout.y(p.high);
    const top = Math.min(a, b);
    const bottom = Math.max(a, b);
    const exact = p.low === p.high && !p.lowOpen && !p.highOpen;
    const vague = p.qualifier === 'vague';
    const dir = p.highOpen && !p.lowOpen ? 1 : p.lowOpen && !p.highOpen ? -1 : 0;
    // An undated page's figure sits at its estimate's midpoint: drawn hollow or fainter, as on the site.
    const est = p.estimated;
    if (exact) parts.push(`<circle cx="${n(c)}" cy="${n(a)}" r="6.5" fill="${est ? pal.paper : colour}" stroke="${colour}" stroke-width="${est ? 2.5 : 1.5}"/>`);
    else if (dir) {
      // Screen direction: higher values are further up.
      const from = dir > 0 ? a : b;
      const tip = from - dir * OPEN_END_ARROW;
      const lo = Math.min(from, tip + dir * 6);
      parts.push(
        `<rect x="${n(c - 3)}" y="${n(lo)}" width="6" height="${OPEN_END_ARROW - 6}" fill="url(#${prefix}${dir > 0 ? 'u' : 'd'}-${meaning})"/>` +
          `<path d="M${n(c - 7)} ${n(tip + dir * 8)}L${n(c)} ${n(tip)}L${n(c + 7)} ${n(tip + dir * 8)}z" fill="${colour}" opacity=".45"/>` +
          `<rect x="${n(c - MARK_TICK / 2)}" y="${n(from - 1.5)}" width="${MARK_TICK}" height="3" fill="${colour}"/>`,
      );
    } else if (vague || (p.lowOpen && p.highOpen)) {
      parts.push(`<rect x="${n(c - THICK / 2)}" y="${n(top)}" width="${THICK}" height="${n(Math.max(bottom - top, 2))}" rx="5" fill="${colour}" fill-opacity=".18" stroke="${colour}" stroke-dasharray="4 3" stroke-width="1.2"/>`);
    } else {
      parts.push(
        `<rect x="${n(c - THICK / 2)}" y="${n(top)}" width="${THICK}" height="${n(Math.max(bottom - top, 2))}" rx="5" fill="${colour}"${est ? ' opacity=".55"' : ''}/>` +
          `<rect x="${n(c - MARK_TICK / 2)}" y="${n(top - 1.5)}" width="${MARK_TICK}" height="3" fill="${colour}"/><rect x="${n(c - MARK_TICK / 2)}" y="${n(bottom - 1.5)}" width="${MARK_TICK}" height="3" fill="${colour}"/>`,
      );
    }
    const bound = dir > 0 ? p.low : dir < 0 ? p.high : null;
    if (p.best !== null && p.best !== bound && !exact && !vague) parts.push(`<circle cx="${n(c)}" cy="${n(layout.y(p.best))}" r="4" fill="${pal.paper}" stroke="${colour}" stroke-width="2"/>`);
  }
  const faint = p.review === 'auto' ? ` opacity="${UNREVIEWED_OPACITY}"` : '';
  return `<g data-claim-id="${esc(p.claimId)}"${faint}>${parts.join('')}</g>`;
}

function tag(row: TimeRow, pal: Palette): string {
  const t = row.mark!.tag;
  const anchor = t.anchor === 'start' ? '' : ` text-anchor="${t.anchor}"`;
  const colour = row.point.stance === 'denies' ? pal.denial : pal.ink;
  const value = t.valueText === null ? '' : `<tspan font-weight="400" fill="${colour}">\u00a0${esc(t.valueText)}</tspan>`;
  return `<text x="${n(t.x)}" y="${n(t.y)}"${anchor} font-size="11.5" font-weight="700" fill="${pal.muted}">${esc(t.text)}${value}</text>`;
}

export function timeBody(layout: TimeLayout, prefix: string, pal: Palette, links: boolean, labelText: (lines: Run[][], x: number, y: number, pal: Palette) => string): string {
  const { plot, width } = layout;
  const grid = layout.yTicks.map((t) => `<path d="M0 ${n(t.y)}H${width}" stroke="${t.zero ? pal.axis : pal.rule}"/>`).join('');
  const yLabels = layout.yTicks.map((t) => `<text x="0" y="${n(t.y - 4)}">${esc(t.label)}</text>`).join('');
  const xMarks = layout.xTicks.map((t) => `M${n(t.x)} ${n(plot.bottom)}v4`).join('');
  const xLabels = layout.xTicks
    .filter((t) => t.label !== null)
    .map((t) => `<text x="${n(t.x)}" y="${n(plot.bottom + 16)}"${t.anchor === 'start' ? '' : ` text-anchor="${t.anchor}"`}>${esc(t.label ?? '')}</text>`)
    .join('');
  const line = layout.line ? `<path d="M${layout.line.map(([x, y]) => `${n(x)} ${n(y)}`).join('L')}" fill="none" stroke="${pal.calendar}" stroke-width="2" stroke-dasharray="5 4"/>` : '';
  const strip = layout.denialY === null ? '' : `<path d="M0 ${n(layout.denialY - 14)}H${width}" stroke="${pal.rule}" stroke-dasharray="2 3"/>`;
  const rows = layout.rows
    .map((row) => {
      const entry = `<text x="0" y="${n(row.labelY)}" font-weight="700" fill="${pal.muted}">${row.n}</text>` + labelText(row.lines, NUMBER_COLUMN, row.labelY, pal);
      const drawn = entry + (row.mark ? tag(row, pal) + mark(row, layout, pal, prefix) : '');
      if (!links) return drawn;
      // One link per figure: its list entry and its mark (with the tag) answer a click or tap alike.
      const hits = [`<rect x="0" y="${n(row.top)}" width="${width}" height="${n(row.bottom - row.top)}" fill="transparent"/>`];
      if (row.mark) hits.push(`<rect x="${n(row.mark.cx - 12)}" y="${n(row.mark.top - 4)}" width="24" height="${n(row.mark.bottom - row.mark.top + 8)}" fill="transparent"/>`);
      return `<a href="${esc(quotePath(row.point))}" target="_blank" class="v">${hits.join('')}${drawn}</a>`;
    })
    .join('');
  return (
    `<defs>${fades(layout.rows.map((r) => r.point), pal, prefix)}</defs><g fill="none" stroke-width="1">${grid}${strip}<path d="${xMarks}" stroke="${pal.axis}"/></g>` +
    `<g font-size="11" fill="${pal.muted}">${yLabels}${xLabels}</g>${line}<g font-size="13" fill="${pal.ink}">${rows}</g>${keySvg(layout.key, layout.keyTop, pal)}`
  );
}
