import type { EmbedModel } from './model';
import type { IntervalPoint } from '../domain/series';
import { FONT, LINE, layoutChart, type Layout } from './layout';
import { drawMark, fadeDefs, sourceColours } from './marks';
import { esc } from './escape';
import type { Run } from './text';

/**
 * The chart as SVG text, drawn on the server from the series builder's output. Presentation
 * attributes rather than CSS carry the styling, so the same markup renders inline in the embed,
 * as a downloaded .svg, and through resvg as a PNG.
 */

const INK = '#1d2433';
const MUTED = '#5d6678';
const FLAG = '#b3541e';
const GRID = '#e2e5eb';

const RUN_ATTRS: Record<Run['style'], string> = {
  strong: ' font-weight="600"',
  plain: '',
  muted: ` fill="${MUTED}"`,
  flag: ` fill="${FLAG}" font-weight="600"`,
};

function labelText(lines: Run[][], y: number): string {
  return lines
    .map((line, i) => {
      // A space at a run's edge is a no-break space: resvg drops a plain one between tspans.
      const spans = line
        .map((r) => {
          const t = esc(r.text.replace(/^ | $/g, '\u00a0'));
          return RUN_ATTRS[r.style] ? `<tspan${RUN_ATTRS[r.style]}>${t}</tspan>` : t;
        })
        .join('');
      return `<text x="0" y="${y + i * LINE}">${spans}</text>`;
    })
    .join('');
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Everything inside the chart's <svg>: gradients, grid, axis labels, then each row's label and mark. */
export function chartBody(model: EmbedModel, layout: Layout, prefix: string): string {
  const colours = sourceColours(model.series.points);
  const palette = [...new Set(colours.values())];
  const colourOf = (p: IntervalPoint) => colours.get(p.sourceId) ?? SOURCE_FALLBACK;
  const grid = layout.ticks
    .map((t) => `<path d="M${r1(t.x)} 0V${r1(layout.gridBottom)}" stroke="${t.x === layout.plot[0] ? '#c5cad3' : GRID}"/>`)
    .join('');
  const axis = layout.ticks
    .filter((t) => t.label !== null)
    .map((t) => `<text x="${r1(t.x)}" y="${r1(layout.gridBottom + 15)}"${t.anchor === 'start' ? '' : ` text-anchor="${t.anchor}"`}>${esc(t.label ?? '')}</text>`)
    .join('');
  const rows = layout.rows
    .map((row) => {
      const colour = colourOf(row.point);
      return labelText(row.lines, row.labelY) + drawMark(row, layout.x, colour, palette.indexOf(colour), prefix);
    })
    .join('');
  const empty = layout.rows.length === 0 ? `<text x="0" y="16" fill="${MUTED}">No figures yet.</text>` : '';
  return (
    `<defs>${fadeDefs(model.series.points, palette, colourOf, prefix)}</defs><g fill="none" stroke-width="1">${grid}</g>` +
    `<g font-size="11" fill="${MUTED}">${axis}</g><g font-size="${FONT}" fill="${INK}">${rows}${empty}</g>`
  );
}

const SOURCE_FALLBACK = '#2f6db5';

/**
 * The inline chart for the embed page at one layout width. `role="img"` with <title> and <desc>
 * gives screen readers one accessible name and description; the page's table gives the data.
 */
export function chartSvg(model: EmbedModel, width: number, prefix: string, className?: string): { svg: string; height: number } {
  const layout = layoutChart(model, width);
  const h = Math.ceil(layout.height);
  const cls = className ? ` class="${className}"` : '';
  const svg =
    `<svg${cls} xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${h}" width="${width}" height="${h}" role="img" aria-labelledby="${prefix}t ${prefix}d">` +
    `<title id="${prefix}t">${esc(model.title)}</title><desc id="${prefix}d">${esc(model.series.description)}</desc>` +
    `${chartBody(model, layout, prefix)}</svg>`;
  return { svg, height: h };
}
