import type { EmbedModel } from './model';
import { FONT, LINE, gridSpans, type Layout } from './layout';
import { figureLayout, type FigureLayout } from './figure';
import { timeBody } from './time-svg';
import { drawMark, fadeDefs } from './marks';
import { keySvg } from './key';
import { esc } from './escape';
import { quotePath } from './links';
import type { Run } from './text';
import type { Palette } from './palette';
import { FlagKind } from '../domain/schemas';

/**
 * The chart as SVG text, drawn on the server from the series builder's output. Presentation
 * attributes rather than CSS carry the styling, so the same markup renders inline in the embed,
 * as a downloaded .svg, and through resvg as a PNG.
 */

const runAttrs = (pal: Palette): Record<Run['style'], string> => ({
  strong: ' font-weight="600"',
  plain: '',
  muted: ` fill="${pal.muted}"`,
  flag: ` fill="${pal.flag}" font-weight="600"`,
  denial: ` fill="${pal.denial}" font-weight="600"`,
  ...(Object.fromEntries(FlagKind.options.map((k) => [`flag:${k}`, ` fill="${pal[`k${k}`]}" font-weight="600"`])) as Record<`flag:${FlagKind}`, string>),
});

function labelText(lines: Run[][], x: number, y: number, pal: Palette): string {
  const RUN_ATTRS = runAttrs(pal);
  return lines
    .map((line, i) => {
      // A space at a run's edge is a no-break space: resvg drops a plain one between tspans.
      const spans = line
        .map((r) => {
          const t = esc(r.text.replace(/^ | $/g, '\u00a0'));
          return RUN_ATTRS[r.style] ? `<tspan${RUN_ATTRS[r.style]}>${t}</tspan>` : t;
        })
        .join('');
      return `<text x="${x}" y="${y + i * LINE}">${spans}</text>`;
    })
    .join('');
}

const r1 = (v: number) => Math.round(v * 10) / 10;

export interface BodyOptions {
  pal: Palette;
  /**
   * Each value (its label and its mark) as a link to its quote, opening in a new tab: on the
   * embed page. A picture (SVG file, PNG) has nowhere to click.
   */
  links?: boolean;
}

/** Everything inside the chart's <svg>: gradients, grid, axis labels, each value's label and mark, then the key. */
export function chartBody(model: EmbedModel, layout: FigureLayout, prefix: string, { pal, links = false }: BodyOptions): string {
  if (layout.axis === 'time') return timeBody(layout, prefix, pal, links, labelText);
  return rowsBody(model, layout, prefix, { pal, links });
}

function rowsBody(model: EmbedModel, layout: Layout, prefix: string, { pal, links = false }: BodyOptions): string {
  const spans = gridSpans(layout);
  const grid = (spans.length ? layout.ticks : [])
    .map((t) => `<path d="${spans.map(([a, b]) => `M${r1(t.x)} ${r1(a)}V${r1(b)}`).join('')}" stroke="${t.x === layout.plot[0] ? pal.axis : pal.rule}"/>`)
    .join('');
  const axis = layout.ticks
    .filter((t) => t.label !== null)
    .map((t) => `<text x="${r1(t.x)}" y="${r1(layout.gridBottom + 15)}"${t.anchor === 'start' ? '' : ` text-anchor="${t.anchor}"`}>${esc(t.label ?? '')}</text>`)
    .join('');
  const rows = layout.rows
    .map((row) => {
      const p = row.point;
      const drawn = labelText(row.lines, row.indent, row.labelY, pal) + drawMark(row, layout.x, pal, prefix);
      if (!links) return drawn;
      // The whole row answers a click or tap, gaps between words and mark included: a clear
      // rectangle under the label and mark. target on the link itself: an HTML <base target>
      // does not reach SVG links in every browser.
      const hit = `<rect x="0" y="${r1(row.top)}" width="${layout.width}" height="${r1(row.bottom - row.top)}" fill="transparent"/>`;
      return `<a href="${esc(quotePath(p))}" target="_blank" class="v">${hit}${drawn}</a>`;
    })
    .join('');
  const empty = layout.rows.length === 0 ? `<text x="0" y="16" fill="${pal.muted}">No figures yet.</text>` : '';
  return (
    `<defs>${fadeDefs(model.series.points, pal, prefix)}</defs><g fill="none" stroke-width="1">${grid}</g>` +
    `<g font-size="11" fill="${pal.muted}">${axis}</g><g font-size="${FONT}" fill="${pal.ink}">${rows}${empty}</g>${keySvg(layout.key, layout.keyTop, pal)}`
  );
}

/**
 * The inline chart for the embed page at one layout width, in the page's CSS palette (so its
 * color-scheme picks light or dark). A group, not an image: each value in it is a link a reader
 * can reach by keyboard, named by its label; <title> and <desc> name and describe the whole.
 */
export function chartSvg(model: EmbedModel, width: number, prefix: string, pal: Palette, className?: string): { svg: string; height: number } {
  const layout = figureLayout(model, width);
  const h = Math.ceil(layout.height);
  const cls = className ? ` class="${className}"` : '';
  const svg =
    `<svg${cls} xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${h}" width="${width}" height="${h}" role="group" aria-labelledby="${prefix}t" aria-describedby="${prefix}d">` +
    `<title id="${prefix}t">${esc(model.title)}</title><desc id="${prefix}d">${esc(model.series.description)}</desc>` +
    `${chartBody(model, layout, prefix, { pal, links: true })}</svg>`;
  return { svg, height: h };
}
