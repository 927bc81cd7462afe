import { createHash } from 'node:crypto';

/**
 * The embed page's only stylesheet, inlined (one request, no flash). Three chart layouts are
 * shipped and media queries pick one before first paint, so the text stays readable from a
 * 280 px phone to a wide column and nothing moves once drawn: each SVG has a fixed aspect ratio.
 * Breakpoints sit where the next layout's text would scale below ~0.85×.
 */
export const LAYOUTS = [
  { width: 360, cls: 'n', minViewport: 0 },
  { width: 480, cls: 'm', minViewport: 440 },
  { width: 640, cls: 'w', minViewport: 600 },
] as const;

/** The layout a frame of this width shows (what the media queries below pick). */
export function layoutFor(frameWidth: number) {
  return [...LAYOUTS].reverse().find((l) => frameWidth >= l.minViewport) ?? LAYOUTS[0];
}

export const EMBED_CSS = [
  '*{box-sizing:border-box}',
  'html{-webkit-text-size-adjust:100%;text-size-adjust:100%}',
  'body{margin:0;padding:12px 12px 10px;background:#fff;color:#1d2433;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}',
  'figure{margin:0}',
  'h1{margin:0 0 2px;font-size:19px;line-height:1.25;font-weight:700;letter-spacing:-.01em}',
  '.s{margin:0 0 12px;color:#5d6678}',
  '.c svg{display:none;width:100%;height:auto;overflow:visible}',
  '.c .n{display:block}',
  ...LAYOUTS.slice(1).map((l, i) => `@media(min-width:${l.minViewport}px){.c .${LAYOUTS[i].cls}{display:none}.c .${l.cls}{display:block}}`),
  '.f{list-style:none;margin:10px 0 0;padding:0;font-size:12.5px;color:#3b4354}',
  '.f li{margin:3px 0}',
  '.f b{color:#b3541e;font-weight:600}',
  'footer{margin-top:10px;padding-top:6px;border-top:1px solid #e2e5eb;font-size:12px;color:#6b7385}',
  'footer p{margin:2px 0}',
  '.k{font-variant-caps:all-small-caps;letter-spacing:.06em;font-weight:600}',
  'a{color:inherit;text-underline-offset:2px}',
  'a:hover{color:#2f6db5}',
  '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}',
].join('');

/** The Content-Security-Policy hash of the inline stylesheet, so style-src needs no 'unsafe-inline'. */
export const EMBED_CSS_HASH = `'sha256-${createHash('sha256').update(EMBED_CSS, 'utf8').digest('base64')}'`;
