import type { ReactNode } from 'react';
import type { IntervalPoint } from '@/server/domain/series';
import { KEY_WORDS, keyKinds, UNREVIEWED_OPACITY, type KeyKind } from '@/server/domain/meaning';
import { DENIAL_COLOUR, MEANING_COLOUR, VALUE_COLOUR } from './palette';

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg width="26" height="14" viewBox="0 0 26 14" aria-hidden>
      {children}
    </svg>
  );
}

/** Each entry's swatch, drawn as the marks are (IntervalMarks.tsx). */
function swatch(kind: KeyKind): ReactNode {
  switch (kind) {
    case 'exact':
      return <circle cx="13" cy="7" r="5" fill={VALUE_COLOUR} />;
    case 'range':
      return <rect x="2" y="3" width="22" height="8" rx="4" fill={VALUE_COLOUR} />;
    case 'open':
      return (
        <>
          <rect x="3" y="1" width="2.5" height="12" fill={VALUE_COLOUR} />
          <rect x="4" y="5" width="14" height="4" fill={VALUE_COLOUR} opacity="0.45" />
          <path d="M17,2L24,7L17,12Z" fill={VALUE_COLOUR} opacity="0.45" />
        </>
      );
    case 'vague':
      return <rect x="2" y="3" width="22" height="8" rx="4" fill={VALUE_COLOUR} fillOpacity="0.18" stroke={VALUE_COLOUR} strokeDasharray="4 3" />;
    case 'denial':
      return (
        <>
          <circle cx="13" cy="7" r="5" fill="none" stroke={DENIAL_COLOUR} strokeWidth="2" />
          <path d="M10,10L16,4" stroke={DENIAL_COLOUR} strokeWidth="2" />
        </>
      );
    case 'auto':
      return <circle cx="13" cy="7" r="5" fill={VALUE_COLOUR} opacity={UNREVIEWED_OPACITY} />;
    case 'flag':
      return (
        <text x="8" y="11" fontSize="12" fill="currentColor">
          ⚑
        </text>
      );
    default:
      return <circle cx="13" cy="7" r="5" fill={MEANING_COLOUR[kind]} />;
  }
}

/**
 * What the marks of one chart mean, for the marks it draws and no others (server/domain/meaning.ts
 * chooses them and words them, for the embed too). Printed under the chart, so a phone, a printout
 * and a screen reader get it without a hover.
 */
export function ChartKey({ points }: { points: IntervalPoint[] }) {
  const kinds = keyKinds(points);
  if (kinds.length === 0) return null;
  return (
    <ul className="legend chart-key" aria-label="Key to the chart">
      {kinds.map((k) => (
        <li key={k} data-key={k}>
          <Swatch>{swatch(k)}</Swatch>
          {KEY_WORDS[k]}
        </li>
      ))}
    </ul>
  );
}
