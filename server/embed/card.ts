import type { EmbedModel } from './model';
import { figureLayout } from './figure';
import { chartBody } from './svg';
import { esc } from './escape';
import { wrapRuns, wrapText, type Run } from './text';
import { flagCount, flagKinds } from './html';
import { orderedFlags } from './layout';
import { paletteFor, type Palette, type Role } from './palette';
import { stampLine, type Stamp } from './stamp';

/**
 * The chart as a standalone picture (chart.svg, chart.png, og.png): a picture travels without
 * the page around it, so it carries its own title, flag key, sources and credit. Laid out on a
 * 680-unit-wide canvas and scaled to the size asked for; when a fixed size leaves less room than
 * the chart needs, the chart alone shrinks, never the sources.
 */
const W = 680;
const PAD = 20;
const INNER = W - 2 * PAD;
export const CARD_FONT = "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

function lines(texts: string[], x: number, y: number, step: number, attrs: string): string {
  return texts.map((t, i) => `<text x="${x}" y="${y + i * step}"${attrs}>${esc(t)}</text>`).join('');
}

export interface CardOptions {
  /** Output width in px. */
  width: number;
  /** Output height in px; the chart's natural height when absent. */
  height?: number;
  /** Where the credit line points: the figure page's absolute URL, or a path. */
  credit: string;
  /** Its colours: the light theme's unless another is asked for (?theme=dark). */
  pal?: Palette;
  /** The version and dates the footer prints under the credit. */
  stamp?: Stamp;
}

export function cardSvg(model: EmbedModel, opts: CardOptions): { svg: string; width: number; height: number } {
  const pal = opts.pal ?? paletteFor('light');
  const title = wrapText(model.title, INNER, 22, true).slice(0, 3);
  const sub = wrapText(model.subtitle, INNER, 13).slice(0, 2);
  const top = PAD + title.length * 27 + sub.length * 17 + 8;
  // The flag line, as the embed page's: the count, then each kind by its numbers in its colour.
  const flags = orderedFlags(model);
  const flagRuns: Run[] = flags.length
    ? [{ text: `${flagCount(flags)}:`, style: 'strong' }, ...flagKinds(flags).map((k): Run => ({ text: ` ${k.refs}\u00a0${k.label}`, style: `flag:${k.kind}` }))]
    : [];
  const flagLines = flagRuns.length ? wrapRuns(flagRuns, INNER, 11.5).slice(0, 2) : [];
  const src = model.sources.map((s) => `${s.outlet}, ${s.dateText}`).join('; ');
  const srcLines = wrapText(`${model.sources.length > 1 ? 'Sources' : 'Source'}: ${src}`, INNER, 11.5).slice(0, 3);
  const stamp = opts.stamp ? wrapText(stampLine(opts.stamp), INNER, 11.5).slice(0, 2) : [];
  const footer = 10 + (flagLines.length + srcLines.length + 1 + stamp.length) * 15 + PAD - 6;
  const h0 = opts.height ? (W * opts.height) / opts.width : undefined;
  const layout = figureLayout(model, INNER, h0 === undefined ? undefined : h0 - top - footer);
  const natural = top + layout.height + footer;
  const h = h0 ?? natural;
  const chartH = Math.max(40, Math.min(layout.height, h - top - footer));
  let y = h - footer + 18;
  const runFill = (r: Run) => (r.style.startsWith('flag:') ? ` fill="${pal[`k${r.style.slice(5)}` as Role]}" font-weight="600"` : ` fill="${pal.ink2}" font-weight="600"`);
  const flagText = flagLines
    .map((l, i) => `<text x="${PAD}" y="${y + i * 15}">${l.map((r) => `<tspan${runFill(r)}>${esc(r.text.replace(/^ | $/g, '\u00a0'))}</tspan>`).join('')}</text>`)
    .join('');
  const foot =
    flagText +
    lines(srcLines, PAD, (y += flagLines.length * 15), 15, ` fill="${pal.muted}"`) +
    `<text x="${PAD}" y="${(y += srcLines.length * 15)}" fill="${pal.muted}"><tspan font-weight="700" fill="${pal.ink}">Tally</tspan> · ${esc(opts.credit)}</text>` +
    lines(stamp, PAD, y + 15, 15, ` fill="${pal.muted}"`);
  const height = Math.round(opts.height ?? (natural * opts.width) / W);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${opts.width}" height="${height}" viewBox="0 0 ${W} ${r(h)}" font-family="${CARD_FONT}">` +
    `<title>${esc(model.title)}</title><desc>${esc(model.series.description)}</desc><rect width="100%" height="100%" fill="${pal.paper}"/>` +
    lines(title, PAD, PAD + 20, 27, ` font-size="22" font-weight="700" fill="${pal.ink}"`) +
    lines(sub, PAD, PAD + title.length * 27 + 12, 17, ` font-size="13" fill="${pal.muted}"`) +
    `<svg x="${PAD}" y="${top}" width="${INNER}" height="${r(chartH)}" viewBox="0 0 ${INNER} ${r(layout.height)}" preserveAspectRatio="xMinYMin meet" overflow="visible">${chartBody(model, layout, 'c-', { pal })}</svg>` +
    `<path d="M${PAD} ${r(h - footer + 2)}H${W - PAD}" stroke="${pal.rule}"/><g font-size="11.5">${foot}</g></svg>`;
  return { svg, width: opts.width, height };
}

const r = (v: number) => Math.round(v * 10) / 10;
