'use client';
import { useId, type MouseEvent } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { IntervalPoint } from '@/server/domain/series';
import type { ActivePoint } from './ChartTooltip';
import { DENIAL_COLOUR, drillHref, pointLabel } from './palette';

interface Props {
  points: IntervalPoint[];
  colours: Map<string, string>;
  unit: string;
  /** horizontal: value on x, one row per claim; vertical: time on x, value on y (durations). */
  orientation: 'horizontal' | 'vertical';
  onActive(a: ActivePoint | null): void;
  onOpen(href: string): void;
  /** Print each row's category above its bar (narrow screens, where there is no room beside it). */
  categoryAbove?: boolean;
  /** Print each value beside its mark (vertical only; a crowded time axis leaves them to the tooltip and the table). */
  labels?: boolean;
}

const THICK = 10;

/** The value marks, drawn with the chart's own scales so they line up with its axes and grid. */
export function IntervalMarks({ points, colours, orientation, onActive, onOpen, categoryAbove, labels = true }: Props) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const uid = useId().replace(/[^a-zA-Z0-9]/g, '');
  if (!xScale || !yScale || !plot) return null;
  const horizontal = orientation === 'horizontal';
  const labelY = horizontal ? new Map<string, number>() : dodgeLabels(points, yScale);
  return (
    <g className="marks">
      <defs>
        {[...colours.entries()].map(([id, c], i) => (
          <linearGradient key={id} id={`${uid}-fade-${i}`} x1="0" y1="0" x2={horizontal ? 1 : 0} y2={horizontal ? 0 : 1}>
            <stop offset="0%" stopColor={c} stopOpacity={horizontal ? 1 : 0.05} />
            <stop offset="100%" stopColor={c} stopOpacity={horizontal ? 0.05 : 1} />
          </linearGradient>
        ))}
      </defs>
      {points.map((p) => {
        const colour = p.stance === 'denies' ? DENIAL_COLOUR : (colours.get(p.sourceId) ?? 'var(--series-1)');
        const fade = `url(#${uid}-fade-${[...colours.keys()].indexOf(p.sourceId)})`;
        const geom = horizontal
          ? { c: yScale(p.category, { position: 'middle' }), a: xScale(p.low), b: xScale(p.high), best: p.best === null ? undefined : xScale(p.best) }
          : { c: p.x === null ? undefined : xScale(p.x), a: yScale(p.low), b: yScale(p.high), best: p.best === null ? undefined : yScale(p.best) };
        if (geom.c === undefined || geom.a === undefined || geom.b === undefined) return null;
        const href = drillHref(p);
        const open = (e: MouseEvent) => {
          e.preventDefault();
          onOpen(href);
        };
        const anchor = horizontal ? { x: geom.b, y: geom.c } : { x: geom.c, y: Math.min(geom.a, geom.b) };
        return (
          <a
            key={p.claimId}
            href={href}
            data-claim-id={p.claimId}
            aria-label={pointLabel(p)}
            className={`mark mark--${p.stance}`}
            onClick={open}
            onMouseEnter={() => onActive({ point: p, ...anchor })}
            onFocus={() => onActive({ point: p, ...anchor })}
            onBlur={() => onActive(null)}
          >
            <Mark p={p} horizontal={horizontal} c={geom.c} a={geom.a} b={geom.b} best={geom.best} colour={colour} fade={fade} labelY={labels ? labelY.get(p.claimId) : null} categoryAbove={categoryAbove} x0={plot.x} catMax={Math.floor(plot.width / 6.4)} />
          </a>
        );
      })}
    </g>
  );
}

interface MarkProps {
  p: IntervalPoint;
  horizontal: boolean;
  c: number;
  a: number;
  b: number;
  best?: number;
  colour: string;
  fade: string;
  /** Where the value's label goes (vertical); null: no label. */
  labelY?: number | null;
  categoryAbove?: boolean;
  x0: number;
  catMax: number;
}

/** Labels of points at the same date would print on top of each other: push them 30px apart. */
function dodgeLabels(points: IntervalPoint[], yScale: (v: unknown) => number | undefined): Map<string, number> {
  const placed = points
    .map((p) => ({ id: p.claimId, x: p.x ?? 0, y: Math.min(yScale(p.low) ?? 0, yScale(p.high) ?? 0) + 4 }))
    .sort((a, b) => a.x - b.x || a.y - b.y);
  const out = new Map<string, number>();
  for (let i = 0; i < placed.length; i++) {
    const prev = placed[i - 1];
    if (prev && Math.abs(prev.x - placed[i].x) < 45 * 86_400_000 && placed[i].y - prev.y < 32) placed[i].y = prev.y + 32;
    out.set(placed[i].id, placed[i].y);
  }
  return out;
}

function Mark({ p, horizontal, c, a, b, best, colour, fade, labelY, categoryAbove, x0, catMax }: MarkProps) {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const exact = p.low === p.high && !p.lowOpen && !p.highOpen;
  const label = p.stance === 'denies' ? `denied: “${p.valueText}”` : p.valueText;
  const flagged = p.flagKinds.length > 0 ? ' ⚑' : '';
  if (horizontal) {
    const y = c - THICK / 2;
    return (
      <>
        <rect className="mark__hit" x={lo - 8} y={c - 26} width={Math.max(hi - lo + 16, 24)} height={40} fill="transparent" />
        {p.stance === 'denies' ? (
          <path d={`M${a - 6},${c - 6}L${a + 6},${c + 6}M${a - 6},${c + 6}L${a + 6},${c - 6}`} stroke={colour} strokeWidth={3} />
        ) : exact ? (
          <circle cx={a} cy={c} r={6.5} fill={colour} stroke="var(--paper)" strokeWidth={1.5} />
        ) : (
          <>
            <rect x={lo} y={y} width={Math.max(hi - lo, 2)} height={THICK} rx={THICK / 2} fill={p.highOpen ? fade : colour} opacity={p.review === 'auto' ? 0.6 : 1} />
            {p.highOpen && <path d={`M${hi - 2},${c - 7}L${hi + 8},${c}L${hi - 2},${c + 7}Z`} fill={colour} opacity={0.35} />}
            {p.lowOpen && <path d={`M${lo + 2},${c - 7}L${lo - 8},${c}L${lo + 2},${c + 7}Z`} fill={colour} opacity={0.35} />}
            {!p.lowOpen && <rect x={lo - 1.5} y={c - 9} width={3} height={18} fill={colour} />}
            {best !== undefined && <circle cx={best} cy={c} r={4} fill="var(--paper)" stroke={colour} strokeWidth={2} />}
          </>
        )}
        {categoryAbove && (
          <text x={x0} y={c - 27} className="mark__label mark__category" fill="var(--muted)">
            {p.category.length > catMax ? `${p.category.slice(0, catMax - 1)}…` : p.category}
          </text>
        )}
        <text x={lo} y={c - 12} className="mark__label" fill="var(--ink)">
          <tspan fontWeight={600}>{label}</tspan>
          <tspan fill="var(--muted)">{p.stance === 'asserts' && p.intervalText !== p.valueText ? `  ${p.intervalText}${flagged}` : flagged}</tspan>
        </text>
      </>
    );
  }
  const x = c - THICK / 2;
  return (
    <>
      <rect className="mark__hit" x={c - 14} y={lo - 10} width={28} height={Math.max(hi - lo + 20, 24)} fill="transparent" />
      {exact ? (
        <circle cx={c} cy={a} r={6.5} fill={p.estimated ? 'var(--paper)' : colour} stroke={colour} strokeWidth={2.5} />
      ) : (
        <>
          <rect x={x} y={lo} width={THICK} height={Math.max(hi - lo, 2)} rx={THICK / 2} fill={p.highOpen ? fade : colour} opacity={p.estimated ? 0.55 : 1} />
          {best !== undefined && <circle cx={c} cy={best} r={4} fill="var(--paper)" stroke={colour} strokeWidth={2} />}
        </>
      )}
      {labelY !== null && (
        <text x={c + 12} y={labelY ?? lo + 4} className="mark__label" fill="var(--ink)">
          <tspan fontWeight={600}>
            {label}
            {flagged}
          </tspan>
          <tspan x={c + 12} dy={14} fill="var(--muted)">
            {p.outlet}
            {p.estimated ? ' (date est.)' : ''}
          </tspan>
        </text>
      )}
    </>
  );
}
