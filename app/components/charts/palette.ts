import type { IntervalPoint } from '@/server/domain/series';

/**
 * Colour-blind-safe categorical colours; a chart assigns them to its sources in order of appearance.
 * CSS variables (app/styles/base.css, dark values in theme.css), so a mark follows the page's theme.
 */
export const SOURCE_COLOURS = [1, 2, 3, 4, 5, 6].map((i) => `var(--series-${i})`);
export const DENIAL_COLOUR = 'var(--flag-denial)';

export function sourceColours(points: IntervalPoint[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const p of points) if (!m.has(p.sourceId)) m.set(p.sourceId, SOURCE_COLOURS[m.size % SOURCE_COLOURS.length]);
  return m;
}

/** Where a plotted value leads: its source, with the sentence highlighted. */
export function drillHref(p: Pick<IntervalPoint, 'sourceId' | 'claimId'>): string {
  return `/sources/${encodeURIComponent(p.sourceId)}?claim=${encodeURIComponent(p.claimId)}#claim-${encodeURIComponent(p.claimId)}`;
}

export function compactNumber(x: number): string {
  return new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 }).format(x);
}

export function pointLabel(p: IntervalPoint): string {
  const who = [p.speaker, p.outlet, p.dateText].filter(Boolean).join(', ');
  const what = p.stance === 'denies' ? `denied: “${p.valueText}”` : `${p.valueText} (${p.intervalText} ${p.unit})`;
  return `${what} — ${who}. Open the source sentence.`;
}
