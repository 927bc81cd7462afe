import type { EmbedModel } from './model';
import { figureLayout } from './figure';
import { wrapText } from './text';
import { esc } from './escape';
import { flagLineText } from './html';
import { orderedFlags } from './layout';
import { layoutFor } from './css';
import { assetPath, embedPath, embedQuery, pagePath, PNG_SIZE } from './links';
import type { Theme } from './palette';
import { day, type Stamp } from './stamp';

/**
 * The code a reader copies from the Embed dialog, and the HTML oEmbed returns: built on the server
 * from the same model and URLs as the embed itself, so what is copied is what is served.
 */

/**
 * The embed page's height at a frame width, estimated from the same layout the page uses, so a
 * host without /embed.js still gets a frame that fits (with it, the frame takes the exact height).
 */
export function estimateHeight(model: EmbedModel, frameWidth: number): number {
  const content = frameWidth - 24;
  const layout = layoutFor(frameWidth);
  const chart = (figureLayout(model, layout.width).height * content) / layout.width;
  // Wrapped a little short of the column: a reader's font may set a line wider than the estimate,
  // a bold one (DejaVu Sans Bold, the title) wider still.
  const text = (s: string, size: number, lh: number, bold = false) => wrapText(s, content * (bold ? 0.86 : 0.94), size, bold).length * size * lh;
  const line = flagLineText(orderedFlags(model));
  // Set bold, as most of it is.
  const flags = line ? 4 + text(line, 12.5, 1.4, true) : 0;
  // The Table control: a pill of one line.
  const table = model.series.points.length ? 10 + 12.5 * 1.4 + 8 : 0;
  const sources = text(`Sources: ${model.sources.map((s) => `${s.outlet}, ${s.dateText}`).join('; ')}`, 12, 1.4);
  // The links under it; a pinned page adds a note (two lines at most at any width it is drawn).
  const links = text('Get the data · All figures and quotes on Tally', 12, 1.4);
  const footer = 17 + sources + 4 + links + 4;
  return Math.ceil(22 + text(model.title, 19, 1.25, true) + 2 + text(model.subtitle, 14, 1.4) + 12 + chart + (flags ? 10 + flags : 0) + table + footer + 8);
}

/**
 * Link text for Markdown: its punctuation backslashed so it stays text, and < > & written as
 * entities, since Markdown passes raw HTML through to the page it is pasted into.
 */
export function markdownText(s: string): string {
  return s
    .replace(/[\\`*_[\]]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\r\n]+/g, ' ');
}

export interface Snippets {
  url: string;
  iframe: string;
  iframeScript: string;
  image: string;
  citation: string;
  markdown: string;
}

export interface SnippetOptions {
  theme?: Theme;
  /** The latest chart with unreviewed figures (a pinned one carries its own in its snapshot). */
  unreviewed?: boolean;
  /** When the data last changed and the day these codes were retrieved, for the citation. */
  stamp?: Pick<Stamp, 'updated' | 'retrieved'>;
}

/**
 * The frame widths a fixed-height frame must hold whole: a 320 and a 390 px phone, edge to edge
 * or inside a page's 16 px margins, report columns of 680 and 760 px, and a 1,200 px page's.
 */
export const SNIPPET_WIDTHS = [288, 320, 358, 390, 680, 760, 1168] as const;

/**
 * The height the copied iframe gets, for a host that runs no script: the tallest the embed is at
 * SNIPPET_WIDTHS, so on a phone and in any usual column it shows everything, its flag line,
 * Table control and Sources line included, with some paper to spare at the others (a phone
 * gets a time axis's extra height at 1,200 px, a wide column a list's extra lines on a phone).
 */
export function snippetHeight(model: EmbedModel): number {
  // A line to spare: a reader's fonts and a browser's rounding are not the estimate's.
  return Math.max(...SNIPPET_WIDTHS.map((w) => estimateHeight(model, w))) + SNIPPET_SPARE;
}
const SNIPPET_SPARE = 18;

/**
 * The iframe takes the whole width of the column it is put in. Its height (for the snippet
 * without the script) is snippetHeight; in a column wider still, where the chart is drawn
 * larger, or with the flags or the table opened, the frame scrolls and the embed keeps its
 * Sources line in view (position: sticky, ./css.ts), so no width ever hides it. With the
 * script, the frame takes the page's exact height.
 */
export function snippets(model: EmbedModel, origin: string, version: string | null, pinVersion: string, height: number, opts: SnippetOptions = {}): Snippets {
  const url = origin + embedPath(model.kind, model.id, version) + embedQuery({ theme: opts.theme, unreviewed: !version && opts.unreviewed });
  const page = origin + pagePath(model.kind, model.id);
  const png = origin + assetPath(model.kind, model.id, version, 'chart.png') + embedQuery({ theme: opts.theme === 'dark' ? 'dark' : undefined, unreviewed: !version && opts.unreviewed });
  const png2x = `${png}${png.includes('?') ? '&' : '?'}scale=2`;
  const title = `${model.title} (Tally)`;
  const iframe = `<iframe src="${esc(url)}" title="${esc(title)}" width="100%" height="${height}" style="border:0;width:100%;display:block" loading="lazy" data-tally-embed></iframe>`;
  const alt = `${model.title}. ${model.series.description}`;
  const sources = model.sources.map((s) => `${s.outlet} (${s.dateText})`).join('; ');
  const shown = version ? `version ${version}` : `latest data; this version: ${pinVersion}`;
  return {
    url,
    iframe,
    iframeScript: `${iframe}\n<script async src="${esc(origin)}/embed.js"></script>`,
    image: `<a href="${esc(page)}"><img src="${esc(png)}" width="${PNG_SIZE.width}" height="${PNG_SIZE.height}" srcset="${esc(png2x)} 2x" alt="${esc(alt)}" style="max-width:100%;height:auto"></a>`,
    // Which version, how fresh its data is and when it was looked up: what a footnote needs to be checked later.
    citation: `Tally, “${model.title}” (${shown}${opts.stamp ? `; last updated ${day(opts.stamp.updated)}` : ''}). Sources: ${sources}. ${version ? url : page}${opts.stamp ? `, retrieved ${day(opts.stamp.retrieved)}` : ''}`,
    markdown: `[${markdownText(model.title)} (Tally)](${version ? url : page})`,
  };
}

/** What /embed/…/info.json answers: everything the Embed dialog offers, built on the server. */
export interface EmbedInfo {
  kind: EmbedModel['kind'];
  id: string;
  title: string;
  version: string;
  height: number;
  /** The theme these snippets ask for. */
  theme: Theme;
  /** Whether unreviewed figures are included, and how many the default chart leaves out. */
  unreviewed: { included: boolean; count: number };
  latest: Snippets;
  pinned: Snippets;
  /** When this version of the data was first kept (ISO), and the day these codes were made (YYYY-MM-DD). */
  updated: string;
  retrieved: string;
  /** png at 1×, png2x the same picture at twice the pixels, print a 300 dpi PNG a page wide; all in the theme asked for. */
  files: {
    png: { url: string; width: number; height: number };
    png2x: { url: string; width: number; height: number };
    print: { url: string; width: number; dpi: number };
    svg: string;
    csv: string;
    json: string;
  };
  page: string;
}
