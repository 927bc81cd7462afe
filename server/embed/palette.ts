import fs from 'node:fs';
import path from 'node:path';

/**
 * The embed's colours are the site's: app/styles/base.css writes each one once, as
 * light-dark(light, dark), and this module reads them from there rather than keeping a second
 * copy that would drift. The embed page gets the same custom properties (so its color-scheme
 * picks, as the site's does); the standalone SVG and the PNG, which resvg draws without CSS
 * variables, get the plain hex of the theme asked for.
 */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** What the chart paints, each named by the site token it takes its colour from. */
const ROLES = {
  ink: 'ink',
  ink2: 'ink-2',
  muted: 'muted',
  rule: 'rule',
  axis: 'rule-strong',
  paper: 'paper',
  wash: 'wash',
  accent: 'accent',
  focus: 'focus',
  flag: 'flag-off-calendar',
  denial: 'flag-denial',
  /** A plain figure: one colour for every source (sources are labelled, not coloured). */
  value: 'series-1',
  /** A duration's calendar line on a time axis. */
  calendar: 'calendar-line',
  kconflict: 'flag-conflict',
  kdenial: 'flag-denial',
  'koff-calendar': 'flag-off-calendar',
  'kwithin-source': 'flag-within-source',
  'kdifferent-measures': 'flag-different-measures',
  'ksingle-source': 'flag-single-source',
} as const;
export type Role = keyof typeof ROLES;
export type Palette = Record<Role, string>;

const BASE_CSS = path.join(process.cwd(), 'app', 'styles', 'base.css');

/** Every `--name: light-dark(#light, #dark)` pair of a stylesheet's text. */
export function readPairs(css: string): Map<string, [string, string]> {
  const out = new Map<string, [string, string]>();
  for (const m of css.matchAll(/--([a-z0-9-]+)\s*:\s*light-dark\(\s*(#[0-9a-f]{3,8})\s*,\s*(#[0-9a-f]{3,8})\s*\)/gi)) {
    out.set(m[1], [m[2].toLowerCase(), m[3].toLowerCase()]);
  }
  return out;
}

function load(): Record<Role, [string, string]> {
  const pairs = readPairs(fs.readFileSync(/*turbopackIgnore: true*/ BASE_CSS, 'utf8'));
  const missing = Object.values(ROLES).filter((t) => !pairs.has(t));
  if (missing.length) throw new Error(`app/styles/base.css has no light-dark(#hex, #hex) for --${missing.join(', --')}`);
  return Object.fromEntries(Object.entries(ROLES).map(([role, token]) => [role, pairs.get(token)!])) as Record<Role, [string, string]>;
}

let pairs: Record<Role, [string, string]> | undefined;
const tokens = () => (pairs ??= load());

/** Concrete colours for a picture (SVG file, PNG): `auto` draws light, as paper does. */
export function paletteFor(theme: Theme): Palette {
  const i = theme === 'dark' ? 1 : 0;
  return Object.fromEntries(Object.entries(tokens()).map(([role, pair]) => [role, pair[i]])) as Palette;
}

/** The page's palette: every colour a reference to its custom property, so CSS picks the theme. */
export const CSS_PALETTE = Object.fromEntries(Object.entries(ROLES).map(([role, token]) => [role, `var(--${token})`])) as Palette;

/** The custom properties the embed page uses, with the site's light and dark values. */
export function cssVariables(): string {
  const seen = new Set<string>();
  const decls = Object.entries(ROLES).flatMap(([role, token]) => {
    if (seen.has(token)) return [];
    seen.add(token);
    const [l, d] = tokens()[role as Role];
    return [`--${token}:light-dark(${l},${d})`];
  });
  return `:root{${decls.join(';')}}`;
}
