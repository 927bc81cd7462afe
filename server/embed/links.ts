/**
 * Every URL the embed feature hands out, built in one place so the routes, the oEmbed answer, the
 * Embed dialog and the figure pages' <head> cannot drift apart. Pure: no env, no node modules,
 * so client components may import it too. Paths are relative unless an origin is given.
 *
 *   /embed/{measureId}                 latest chart of a measure (HTML, no React)
 *   /embed/{measureId}/v/{version}     that chart pinned to one version of its data, forever
 *   /embed/topic/{topicId}[/v/{version}]  a topic's comparison chart, likewise
 *   …/chart.svg  …/chart.png?width=&height=  …/og.png  …/info.json   (after either of the above)
 *   /api/v1/measures/{id}/data.csv|json,  /api/v1/topics/{id}/data.csv|json
 *
 * Every embed URL takes ?theme=light|dark|auto (auto: the reader's prefers-color-scheme) and
 * ?unreviewed=1 (include figures nobody has reviewed yet, marked as such); see ./query.ts.
 */
import type { EmbedKind } from './model';

export type EmbedAsset = 'chart.svg' | 'chart.png' | 'og.png' | 'info.json';

const enc = encodeURIComponent;

export function embedPath(kind: EmbedKind, id: string, version?: string | null): string {
  const base = kind === 'measure' ? `/embed/${enc(id)}` : `/embed/topic/${enc(id)}`;
  return version ? `${base}/v/${version}` : base;
}

export function assetPath(kind: EmbedKind, id: string, version: string | null, asset: EmbedAsset): string {
  return `${embedPath(kind, id, version)}/${asset}`;
}

/** The figure's own page on Tally: a measure's page, or the dashboard at the topic's panel. */
export function pagePath(kind: EmbedKind, id: string): string {
  return kind === 'measure' ? `/measures/${enc(id)}` : `/#topic-${enc(id)}`;
}

/**
 * Where a plotted value leads: its source's page with the quote highlighted, as the dashboard's
 * marks lead (drillHref in app/components/charts/palette.ts; a test keeps the two equal).
 */
export function quotePath(p: { sourceId: string; claimId: string }): string {
  return `/sources/${enc(p.sourceId)}?claim=${enc(p.claimId)}#claim-${enc(p.claimId)}`;
}

export function dataPath(kind: EmbedKind, id: string, format: 'csv' | 'json'): string {
  return `/api/v1/${kind === 'measure' ? 'measures' : 'topics'}/${enc(id)}/data.${format}`;
}

/** The options of an embed URL as the site writes them: only what differs from the defaults. */
export function embedQuery(q: { theme?: 'light' | 'dark' | 'auto'; unreviewed?: boolean }): string {
  const parts = [q.theme && q.theme !== 'auto' ? `theme=${q.theme}` : '', q.unreviewed ? 'unreviewed=1' : ''].filter(Boolean);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Size of the Open Graph image every figure page links to. */
export const OG_SIZE = { width: 1200, height: 630 } as const;
/** Default size of the static PNG ("1200 × 675", 16:9, what slides and CMSs expect). */
export const PNG_SIZE = { width: 1200, height: 675 } as const;

/**
 * The href of a figure page's oEmbed discovery link:
 * `<link rel="alternate" type="application/json+oembed" href={oembedLinkFor(id, origin)}>`.
 * With no origin (TALLY_PUBLIC_URL unset) both the endpoint and its url parameter are
 * relative; /api/oembed resolves a relative url against the request's own origin.
 */
export function oembedLinkFor(measureId: string, origin = ''): string {
  return `${origin}/api/oembed?url=${enc(origin + pagePath('measure', measureId))}&format=json`;
}

/** The Open Graph image of a figure page (1200×630 PNG of its chart with title and sources). */
export function ogImageFor(measureId: string, origin = ''): string {
  return origin + assetPath('measure', measureId, null, 'og.png');
}

/**
 * Read an embed path back: the inverse of embedPath/assetPath. Returns null for anything else, so
 * the route answers 404 rather than guessing.
 */
export interface EmbedTarget {
  kind: EmbedKind;
  id: string;
  version: string | null;
  asset: EmbedAsset | null;
}

const ASSETS = new Set<string>(['chart.svg', 'chart.png', 'og.png', 'info.json']);
const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

export function parseEmbedSegments(segments: string[]): EmbedTarget | null {
  let rest = [...segments];
  let kind: EmbedKind = 'measure';
  if (rest[0] === 'topic' && rest.length >= 2) {
    kind = 'topic';
    rest = rest.slice(1);
  }
  const [id, ...tail] = rest;
  if (!id || !ID.test(id)) return null;
  let version: string | null = null;
  if (tail[0] === 'v') {
    if (!tail[1] || !/^[0-9a-f]{12}$/.test(tail[1])) return null;
    version = tail[1];
    tail.splice(0, 2);
  }
  if (tail.length > 1) return null;
  if (tail.length === 1 && !ASSETS.has(tail[0])) return null;
  return { kind, id, version, asset: (tail[0] as EmbedAsset | undefined) ?? null };
}
