import type { IntervalPoint } from '@/server/domain/series';

/** Colour-blind-safe categorical colours; a chart assigns them to its sources in order of appearance. */
export const SOURCE_COLOURS = ['#2f6db5', '#c0392b', '#00847e', '#8e44ad', '#b7791f', '#4a5568'];
export const DENIAL_COLOUR = '#7a3ea1';

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
