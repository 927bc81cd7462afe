import { z } from 'zod';
import { THEMES } from './palette';
import { PNG_LIMITS } from './png';

/**
 * The query parameters of every embed URL, read with one schema so that a value the embed does
 * not know is a 400 that says what it takes, never a guess and never a 500. Parameters it does
 * not use (utm_source, a CMS's cache-buster) are ignored: hosts add them.
 *
 *   theme=light|dark|auto   colours; auto (the default) follows the reader's prefers-color-scheme.
 *                           A picture (chart.svg, chart.png, og.png) has no reader: auto is light.
 *   unreviewed=1|0          1 includes figures nobody has reviewed yet, marked as not reviewed;
 *                           by default a chart shows reviewed and curated figures only.
 *   width, height           chart.svg / chart.png size in px, clamped to 200–2400.
 *   scale=1|2               chart.png pixel density: 2 draws the same picture with twice the
 *                           pixels each way, for high-density screens and slides.
 *   size=screen|print       chart.png for print: PRINT_PNG.width px wide (7 in at 300 dpi) at
 *                           the chart's natural height, nothing squeezed; width, height and
 *                           scale do not apply to it.
 */
const flag = z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true');
const px = z
  .string()
  .regex(/^\d{1,5}$/, 'a whole number of pixels')
  .transform((v) => Math.min(PNG_LIMITS.max, Math.max(PNG_LIMITS.min, Number(v))));

export const EmbedQuery = z.object({
  theme: z.enum(THEMES, { error: `theme must be one of ${THEMES.join(', ')}` }).default('auto'),
  unreviewed: flag.default(false),
  width: px.optional(),
  height: px.optional(),
  scale: z.enum(['1', '2'], { error: 'scale must be 1 or 2' }).transform(Number).default(1),
  size: z.enum(['screen', 'print'], { error: 'size must be screen or print' }).default('screen'),
});
export type EmbedQuery = z.infer<typeof EmbedQuery>;

/** A print PNG: 7 inches (a page's text width) at 300 dpi, as tall as the chart needs. */
export const PRINT_PNG = { width: 2100, dpi: 300 } as const;

/** The query read, or the reason it cannot be, in a sentence a person pasting a URL can act on. */
export function parseEmbedQuery(params: URLSearchParams): { ok: true; query: EmbedQuery } | { ok: false; error: string } {
  const raw: Record<string, string> = {};
  // The first of a repeated parameter, as URLSearchParams.get reads it.
  for (const [k, v] of params) if (k in EmbedQuery.shape && !(k in raw)) raw[k] = v;
  const r = EmbedQuery.safeParse(raw);
  if (r.success) return { ok: true, query: r.data };
  const issue = r.error.issues[0];
  const name = String(issue.path[0] ?? 'query');
  const got = raw[name];
  const what =
    name === 'unreviewed' ? 'unreviewed must be 1 or 0' : name === 'theme' || name === 'scale' || name === 'size' ? issue.message : `${name} must be ${issue.message.startsWith('a ') ? issue.message : 'a whole number of pixels'}`;
  return { ok: false, error: `${what}; got “${got === undefined ? '' : got.slice(0, 40)}”.` };
}
