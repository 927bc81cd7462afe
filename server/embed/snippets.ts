import type { EmbedModel } from './model';
import { figureLayout } from './figure';
import { wrapText } from './text';
import { esc } from './escape';
import { FLAG_LABEL } from './html';
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
  const text = (s: string, size: number, lh: number, bold = false) => wrapText(s, content, size, bold).length * size * lh;
  const flags = model.series.flags.reduce((h, f, i) => h + 6 + text(`[${i + 1}] ${FLAG_LABEL[f.kind]}: ${f.reason}`, 12.5, 1.4), 0);
  const sources = text(`Sources: ${model.sources.map((s) => `${s.outlet}, ${s.dateText}`).join('; ')}`, 12, 1.4);
  const footer = 17 + sources + 4 + 17 + 4;
  return Math.ceil(22 + text(model.title, 19, 1.25, true) + 2 + text(model.subtitle, 14, 1.4) + 12 + chart + (flags ? 10 + flags : 0) + footer + 8);
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
 * The iframe takes the whole width of the column it is put in. Its height (for the snippet
 * without the script) is the chart's at 680 px; in a narrower column, where the text wraps
 * onto more lines, the frame scrolls and the embed keeps its Sources line in view
 * (position: sticky, ./css.ts), so no width ever hides it.
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
