import type { ReactNode } from 'react';
import type { IntervalPoint } from '@/server/domain/series';
import { DISAGREEMENT_KINDS, MEANING_WORDS, UNREVIEWED_OPACITY } from '@/server/domain/meaning';
import { DENIAL_COLOUR, MEANING_COLOUR, meaningOf, VALUE_COLOUR } from './palette';

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg width="26" height="14" viewBox="0 0 26 14" aria-hidden>
      {children}
    </svg>
  );
}

/**
 * What the marks of one chart mean, for the marks it draws and no others: colour says what a value
 * is (never which outlet), shape how sure the wording is. Printed under the chart, so a phone, a
 * printout and a screen reader get it without a hover.
 */
export function ChartKey({ points }: { points: IntervalPoint[] }) {
  const asserted = points.filter((p) => p.stance !== 'denies');
  const has = (f: (p: IntervalPoint) => boolean) => asserted.some(f);
  const meanings = new Set(points.map(meaningOf));
  const items: { key: string; swatch: ReactNode; text: string }[] = [];
  if (has((p) => p.low === p.high && !p.lowOpen && !p.highOpen)) items.push({ key: 'exact', swatch: <circle cx="13" cy="7" r="5" fill={VALUE_COLOUR} />, text: MEANING_WORDS.value });
  if (has((p) => p.low !== p.high && !p.lowOpen && !p.highOpen && p.qualifier !== 'vague'))
    items.push({ key: 'range', swatch: <rect x="2" y="3" width="22" height="8" rx="4" fill={VALUE_COLOUR} />, text: 'a range, from its low to its high' });
  if (has((p) => p.lowOpen !== p.highOpen))
    items.push({
      key: 'open',
      swatch: (
        <>
          <rect x="3" y="1" width="2.5" height="12" fill={VALUE_COLOUR} />
          <rect x="4" y="5" width="14" height="4" fill={VALUE_COLOUR} opacity="0.45" />
          <path d="M17,2L24,7L17,12Z" fill={VALUE_COLOUR} opacity="0.45" />
        </>
      ),
      text: 'open end (“more than”, “up to”): only the bound is known',
    });
  if (has((p) => p.qualifier === 'vague'))
    items.push({ key: 'vague', swatch: <rect x="2" y="3" width="22" height="8" rx="4" fill={VALUE_COLOUR} fillOpacity="0.18" stroke={VALUE_COLOUR} strokeDasharray="4 3" />, text: 'vague wording (“hundreds”)' });
  for (const m of DISAGREEMENT_KINDS) {
    if (meanings.has(m)) items.push({ key: m, swatch: <circle cx="13" cy="7" r="5" fill={MEANING_COLOUR[m]} />, text: MEANING_WORDS[m] });
  }
  if (meanings.has('denial'))
    items.push({
      key: 'denial',
      swatch: (
        <>
          <circle cx="13" cy="7" r="5" fill="none" stroke={DENIAL_COLOUR} strokeWidth="2" />
          <path d="M10,10L16,4" stroke={DENIAL_COLOUR} strokeWidth="2" />
        </>
      ),
      text: MEANING_WORDS.denial,
    });
  if (points.some((p) => p.review === 'auto')) items.push({ key: 'auto', swatch: <circle cx="13" cy="7" r="5" fill={VALUE_COLOUR} opacity={UNREVIEWED_OPACITY} />, text: 'fainter: not reviewed yet' });
  if (points.some((p) => p.flagKinds.length > 0)) items.push({ key: 'flag', swatch: <text x="8" y="11" fontSize="12" fill="currentColor">⚑</text>, text: 'a flag below names it' });
  if (items.length === 0) return null;
  return (
    <ul className="legend chart-key" aria-label="Key to the chart">
      {items.map((i) => (
        <li key={i.key} data-key={i.key}>
          <Swatch>{i.swatch}</Swatch>
          {i.text}
        </li>
      ))}
    </ul>
  );
}
