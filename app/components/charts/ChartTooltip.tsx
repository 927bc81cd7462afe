'use client';
import type { IntervalPoint } from '@/server/domain/series';

export interface ActivePoint {
  point: IntervalPoint;
  x: number;
  y: number;
}

/** The typed tooltip: everything a reader needs to judge one plotted value. */
export function ChartTooltip({ active, width }: { active: ActivePoint | null; width: number }) {
  if (!active) return null;
  const p = active.point;
  const left = Math.min(Math.max(active.x + 12, 8), Math.max(8, width - 268));
  return (
    <div className="chart-tip" role="status" style={{ left, top: Math.max(active.y - 10, 0) }}>
      <div className="chart-tip__value">{p.stance === 'denies' ? `Denied: “${p.valueText}”` : p.valueText}</div>
      {p.stance === 'asserts' && (
        <div className="chart-tip__interval">
          {p.intervalText} {p.unit}
        </div>
      )}
      <dl>
        <dt>Source</dt>
        <dd>{p.outlet}</dd>
        {p.speaker && (
          <>
            <dt>Speaker</dt>
            <dd>{p.speaker}</dd>
          </>
        )}
        <dt>Date</dt>
        <dd>{p.dateText}</dd>
        {p.flagKinds.length > 0 && (
          <>
            <dt>Flags</dt>
            <dd>{[...new Set(p.flagKinds)].join(', ')}</dd>
          </>
        )}
      </dl>
      <div className="chart-tip__hint">Click to read the sentence it came from</div>
    </div>
  );
}
