'use client';
import { useId, type MouseEvent } from 'react';
import type { IntervalPoint } from '@/server/domain/series';
import type { ActivePoint } from './ChartTooltip';
import { LabelLines } from './mark-parts';
import { RowMark } from './RowMark';
import { TimeMark } from './TimeMark';
import { drillHref, markColour, meaningOf, MEANING_COLOUR, pointLabel, type MarkMeaning } from './palette';
import { useFlagFocus } from './flag-focus';
import type { RowLayout } from './row-layout';
import type { TimeLayout } from './time-layout';
import type { Plot, Scale } from './axes';

interface Props {
  points: IntervalPoint[];
  unit: string;
  /** horizontal: value on x, one row per claim; vertical: time on x, value on y (durations). */
  orientation: 'horizontal' | 'vertical';
  onActive(a: ActivePoint | null): void;
  onOpen(href: string): void;
  /** A row chart's text, laid out before the chart (row-layout.ts). */
  rows?: RowLayout;
  /** A time axis's labels, placed before the chart (time-layout.ts). */
  time?: TimeLayout;
  /** Screen x of a value (horizontal) or of a date (vertical). */
  x: Scale;
  /** Screen y of a value (vertical only). */
  y?: Scale;
  /** A row chart's row centre line, by the point's index (horizontal only). */
  rowMid?(i: number): number;
  plot: Plot;
}

/**
 * The value marks, drawn with the chart's own scales so they line up with its axes and grid. A
 * flag the reader points at (flag-focus.tsx) highlights the values it names and dims the rest.
 */
export function IntervalMarks({ points, orientation, onActive, onOpen, rows, time, x: xScale, y: yScale = xScale, rowMid = () => 0, plot }: Props) {
  const uid = useId().replace(/[^a-zA-Z0-9]/g, '');
  const { shown } = useFlagFocus();
  const horizontal = orientation === 'horizontal';
  const focus = shown && points.some((p) => shown.claimIds.has(p.claimId)) ? shown : null;
  return (
    <g className={`marks${focus ? ' marks--focus' : ''}`} data-focus-flag={focus?.id}>
      <defs>
        {[...new Set(points.map(meaningOf))].map((meaning) => (
          <linearGradient key={meaning} id={`${uid}-fade-${meaning}`} x1="0" y1="0" x2={horizontal ? 1 : 0} y2={horizontal ? 0 : 1}>
            <stop offset="0%" stopColor={MEANING_COLOUR[meaning]} stopOpacity={horizontal ? 1 : 0.1} />
            <stop offset="100%" stopColor={MEANING_COLOUR[meaning]} stopOpacity={horizontal ? 0.1 : 1} />
          </linearGradient>
        ))}
      </defs>
      {rows && rows.nameWidth > 0 && <RowNames points={points} rows={rows} rowTop={(i) => rowTop(rowMid(i), rows)} />}
      {points.map((p, i) => {
        const colour = markColour(p);
        const fade = `url(#${uid}-fade-${meaningOf(p) satisfies MarkMeaning})`;
        const denial = p.stance === 'denies';
        const mid = horizontal ? rowMid(i) : p.x === null ? undefined : xScale(p.x);
        const a = horizontal ? xScale(p.low) : yScale(p.low);
        const b = horizontal ? xScale(p.high) : yScale(p.high);
        if (mid === undefined || a === undefined || b === undefined) return null;
        const best = p.best === null ? undefined : horizontal ? xScale(p.best) : yScale(p.best);
        const href = drillHref(p);
        const open = (e: MouseEvent) => {
          e.preventDefault();
          onOpen(href);
        };
        const c = horizontal && rows ? rowTop(mid, rows) + rows.markFromTop : mid;
        const foot = time?.foot ? time.foot.top + 11 : plot.y + plot.height - 12;
        // Where the tooltip points: the value's end, or a denial's sign.
        const anchor = horizontal ? { x: denial ? plot.x + 8 : b, y: c } : { x: c, y: denial ? foot : Math.min(a, b) };
        const lit = focus?.claimIds.has(p.claimId);
        return (
          <a
            key={p.claimId}
            href={href}
            data-claim-id={p.claimId}
            aria-label={pointLabel(p)}
            className={`mark mark--${p.stance}${lit ? ' mark--hl' : ''}`}
            onClick={open}
            onMouseEnter={() => onActive({ point: p, ...anchor })}
            onFocus={() => onActive({ point: p, ...anchor })}
            onBlur={() => onActive(null)}
          >
            {horizontal && rows ? (
              <RowMark p={p} c={c} a={a} b={b} best={best} colour={colour} fade={fade} rows={rows} x0={plot.x} />
            ) : (
              <TimeMark p={p} c={mid} a={a} b={b} best={best} colour={colour} fade={fade} foot={foot} label={time?.labels.get(p.claimId) ?? null} />
            )}
          </a>
        );
      })}
    </g>
  );
}

const rowTop = (mid: number, rows: RowLayout) => mid - rows.rowHeight / 2;

/** A comparison's row names in the column beside the plot, level with each row's label and mark. */
function RowNames({ points, rows, rowTop }: { points: IntervalPoint[]; rows: RowLayout; rowTop(i: number): number }) {
  return (
    <g className="row-names" aria-hidden>
      {points.map((p, i) => {
        const r = rows.rows.get(p.claimId);
        if (!r) return null;
        const top = rowTop(i);
        const block = r.name.length * 14;
        const y = Math.max(top + 4, top + rows.markFromTop - 4 - block / 2);
        return <LabelLines key={p.claimId} lines={r.name} x={rows.labelLeft - 12} y={y} className="mark__name" anchor="end" />;
      })}
    </g>
  );
}
