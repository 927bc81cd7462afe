import { createHash } from 'node:crypto';
import { cssVariables } from './palette';

/**
 * The embed page's only stylesheet, inlined (one request, no flash). Chart layouts are shipped
 * side by side and media queries pick one before first paint, so the text stays readable from a
 * 280 px phone to a wide column and nothing moves once drawn: each SVG has a fixed aspect ratio.
 * Breakpoints sit where the next layout's text would scale below ~0.85×; the widest keeps a
 * column of 1,200 px at about 1.35×.
 *
 * Colours are the site's custom properties, light-dark(light, dark) pairs read from
 * app/styles/base.css (./palette.ts); the page's color-scheme picks: the reader's
 * prefers-color-scheme, unless ?theme= put data-theme on <html>.
 */
export const LAYOUTS = [
  { width: 360, cls: 'n', minViewport: 0 },
  { width: 480, cls: 'm', minViewport: 440 },
  { width: 640, cls: 'w', minViewport: 600 },
  { width: 880, cls: 'x', minViewport: 840 },
] as const;

/** The layout a frame of this width shows (what the media queries below pick). */
export function layoutFor(frameWidth: number) {
  return [...LAYOUTS].reverse().find((l) => frameWidth >= l.minViewport) ?? LAYOUTS[0];
}

export const EMBED_CSS = [
  cssVariables(),
  ':root{color-scheme:light dark}[data-theme=light]{color-scheme:light}[data-theme=dark]{color-scheme:dark}',
  '*{box-sizing:border-box}',
  'html{-webkit-text-size-adjust:100%;text-size-adjust:100%}',
  'body{margin:0;padding:12px 12px 0;background:var(--paper);color:var(--ink);font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}',
  'figure{margin:0;position:relative}',
  'h1{margin:0 0 2px;font-size:19px;line-height:1.25;font-weight:700;letter-spacing:-.01em}',
  '.s{margin:0 0 12px;color:var(--muted)}',
  '.c svg{display:none;width:100%;height:auto;overflow:visible}',
  '.c .n{display:block}',
  ...LAYOUTS.slice(1).map((l, i) => `@media(min-width:${l.minViewport}px){.c .${LAYOUTS[i].cls}{display:none}.c .${l.cls}{display:block}}`),
  // Every value is a link to its quote: say so on hover and focus, without moving anything.
  '.v{cursor:pointer}.v:hover text,.v.on text{text-decoration:underline}.v:focus-visible g,.v.on g{filter:drop-shadow(0 0 2px var(--accent))}',
  ':focus-visible{outline:3px solid var(--focus);outline-offset:2px}',
  // The flags, compact: one line (count, then each flag's number and kind in its colour) that opens onto their sentences.
  '.f{margin:10px 0 0;font-size:12.5px;color:var(--ink-2)}',
  '.f summary{cursor:pointer;list-style:none;padding:2px 0}',
  '.f summary::-webkit-details-marker{display:none}.f summary::before{content:"▸ ";color:var(--muted)}.f[open] summary::before{content:"▾ "}',
  '.f summary:hover .fn{text-decoration:underline}',
  '.fn{font-weight:600;color:var(--ink);margin-right:.3em}',
  '.fk{color:var(--k);font-weight:600;white-space:nowrap;margin-right:.3em}',
  '.f ol{list-style:none;margin:4px 0 0;padding:0 0 0 1em}',
  '.f li{margin:3px 0}',
  '.f li b{color:var(--k,var(--flag-off-calendar));font-weight:600}',
  // A flag pointed at lights the values it names and dims the rest, as on the site.
  'figure.lit .v:not(.lit){opacity:.35}.v.lit text{text-decoration:underline}',
  ...['conflict', 'denial', 'off-calendar', 'within-source', 'different-measures', 'single-source'].map((k) => `[data-flag-kind=${k}]{--k:var(--flag-${k})}`),
  // The data table, behind a native disclosure: keyboard, screen readers and no-JS readers get it as it is.
  '.t{margin-top:10px;font-size:12.5px}',
  '.t summary{display:inline-block;cursor:pointer;padding:3px 10px;border:1px solid var(--rule-strong);border-radius:999px;font-weight:600;color:var(--ink-2);list-style:none}',
  '.t summary::-webkit-details-marker{display:none}.t summary::before{content:"▸ "}.t[open] summary::before{content:"▾ "}',
  '.t summary:hover{background:var(--wash)}',
  '.tw{overflow-x:auto;margin-top:6px}',
  'table{border-collapse:collapse;width:100%;min-width:520px}',
  'th,td{text-align:left;vertical-align:top;padding:5px 6px;border-bottom:1px solid var(--rule)}',
  'thead th{color:var(--muted);font-weight:600;background:var(--wash)}',
  'tbody th{font-weight:600}tbody th small{display:block;font-weight:400;color:var(--muted)}',
  // A phone gets each row as a short block (figure, who, date, quote) rather than a table to scroll sideways.
  '@media(max-width:599px){table{min-width:0}thead{display:none}table,tbody,tr,th,td{display:block}tr{padding:6px 0;border-bottom:1px solid var(--rule)}th,td{padding:1px 0;border:0}td:empty{display:none}}',
  '.u{font-style:normal;font-size:11px;font-weight:600;padding:0 4px;border:1px solid var(--rule-strong);border-radius:3px;color:var(--ink-2);white-space:nowrap}',
  // The hover/tap detail /embed.js shows: the quote, who cited whom, the link on.
  '.tip{position:absolute;z-index:2;left:0;width:min(24rem,100%);padding:8px 10px;background:var(--paper);color:var(--ink);border:1px solid var(--rule-strong);border-radius:6px;box-shadow:0 4px 14px rgba(0,0,0,.18);font-size:12.5px}',
  '.tip p{margin:0 0 4px}.tip .q{margin:4px 0;font-style:italic}.tip .by{color:var(--muted)}.tip a{color:var(--accent);font-weight:600}',
  // The Sources line stays in view when the host's frame is shorter than the page (an iframe without /embed.js, in a narrow column).
  'footer{position:sticky;bottom:0;margin-top:10px;padding:6px 0 10px;border-top:1px solid var(--rule);background:var(--paper);font-size:12px;color:var(--muted)}',
  'footer p{margin:2px 0}',
  '.k{font-variant-caps:all-small-caps;letter-spacing:.06em;font-weight:600}',
  'a{color:inherit;text-underline-offset:2px}',
  'a:hover{color:var(--accent)}',
  '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}',
].join('');

/** The Content-Security-Policy hash of the inline stylesheet, so style-src needs no 'unsafe-inline'. */
export const EMBED_CSS_HASH = `'sha256-${createHash('sha256').update(EMBED_CSS, 'utf8').digest('base64')}'`;
