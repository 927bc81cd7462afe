import type { IntervalPoint } from '@/server/domain/series';

import { meaningOf, type MarkMeaning } from '@/server/domain/meaning';

export { meaningOf, type MarkMeaning };

/** The meanings of server/domain/meaning.ts as the theme's colours (app/styles/base.css), so marks follow the page's theme. */
export const VALUE_COLOUR = 'var(--series-1)';
export const DENIAL_COLOUR = 'var(--flag-denial)';

export const MEANING_COLOUR: Record<MarkMeaning, string> = {
  value: VALUE_COLOUR,
  denial: DENIAL_COLOUR,
  conflict: 'var(--flag-conflict)',
  'within-source': 'var(--flag-within-source)',
  'off-calendar': 'var(--flag-off-calendar)',
};

export const markColour = (p: Pick<IntervalPoint, 'stance' | 'flagKinds'>) => MEANING_COLOUR[meaningOf(p)];

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
  return `${what} — ${who}${p.review === 'auto' ? ' (not reviewed)' : ''}. Open the source sentence.`;
}
