'use client';
import { useId, type MouseEvent } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { IntervalPoint } from '@/server/domain/series';
import type { ActivePoint } from './ChartTooltip';
import { CategoryAbove, DenialSign, dodgeLabels, flipsAt, HitBox, OpenEnd, textWidth, timeLabelLines } from './mark-parts';
import { OPEN_END_ARROW, UNREVIEWED_OPACITY } from '@/server/domain/meaning';
import { drillHref, markColour, meaningOf, MEANING_COLOUR, pointLabel, type MarkMeaning } from './palette';

interface Props {
  points: IntervalPoint[];
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
const ARROW = OPEN_END_ARROW;

/** The value marks, drawn with the chart's own scales so they line up with its axes and grid. */
export function IntervalMarks({ points, orientation, onActive, onOpen, categoryAbove, labels = true }: Props) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const uid = useId().replace(/[^a-zA-Z0-9]/g, '');
  if (!xScale || !yScale || !plot) return null;
  const horizontal = orientation === 'horizontal';
  // A denial's label sits at the foot of the time axis, apart from the values' labels.
  const labelY = horizontal ? new Map<string, number>() : dodgeLabels(points.filter((p) => p.stance !== 'denies'), xScale, yScale, plot.x + plot.width);
  return (
    <g className="marks">
      <defs>
        {[...new Set(points.map(meaningOf))].map((meaning) => (
          <linearGradient key={meaning} id={`${uid}-fade-${meaning}`} x1="0" y1="0" x2={horizontal ? 1 : 0} y2={horizontal ? 0 : 1}>
            <stop offset="0%" stopColor={MEANING_COLOUR[meaning]} stopOpacity={horizontal ? 1 : 0.1} />
            <stop offset="100%" stopColor={MEANING_COLOUR[meaning]} stopOpacity={horizontal ? 0.1 : 1} />
          </linearGradient>
        ))}
      </defs>
      {points.map((p) => {
        const colour = markColour(p);
        const fade = `url(#${uid}-fade-${meaningOf(p) satisfies MarkMeaning})`;
        const geom = horizontal
          ? { c: yScale(p.category, { position: 'middle' }), a: xScale(p.low), b: xScale(p.high), best: p.best === null ? undefined : xScale(p.best) }
          : { c: p.x === null ? undefined : xScale(p.x), a: yScale(p.low), b: yScale(p.high), best: p.best === null ? undefined : yScale(p.best) };
        if (geom.c === undefined || geom.a === undefined || geom.b === undefined) return null;
        const denial = p.stance === 'denies';
        const href = drillHref(p);
        const open = (e: MouseEvent) => {
          e.preventDefault();
          onOpen(href);
        };
        // A denial has no value to place: its note sits at the start of its row, or at the foot of the time axis.
        const anchor = denial ? (horizontal ? { x: plot.x + 160, y: geom.c } : { x: geom.c, y: plot.y + plot.height - 14 }) : horizontal ? { x: geom.b, y: geom.c } : { x: geom.c, y: Math.min(geom.a, geom.b) };
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
            <Mark p={p} horizontal={horizontal} c={geom.c} a={geom.a} b={geom.b} best={geom.best} colour={colour} fade={fade} labelY={labels ? labelY.get(p.claimId) : null} categoryAbove={categoryAbove} x0={plot.x} x1={plot.x + plot.width} y1={plot.y + plot.height} catMax={Math.floor(plot.width / 6.4)} />
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
  /** The plot's right edge: a label that would run past it goes on the mark's left. */
  x1: number;
  /** The foot of the plot (vertical: where a denial's note goes). */
  y1: number;
  catMax: number;
}

function Mark({ p, horizontal, c, a, b, best, colour, fade, labelY, categoryAbove, x0, x1, y1, catMax }: MarkProps) {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const exact = p.low === p.high && !p.lowOpen && !p.highOpen;
  const vague = p.qualifier === 'vague';
  const denial = p.stance === 'denies';
  const label = denial ? `Denied: “${p.valueText}”` : p.valueText;
  const flagged = p.flagKinds.length > 0 ? ' ⚑' : '';
  const unreviewed = p.review === 'auto' ? ' · not reviewed' : '';
  const opacity = p.review === 'auto' ? UNREVIEWED_OPACITY : 1;
  // Where a bounded value is drawn: an open end is an arrow from its one bound, not a bar to the axis's end.
  const openHigh = p.highOpen && !p.lowOpen;
  const openLow = p.lowOpen && !p.highOpen;
  if (horizontal) {
    const y = c - THICK / 2;
    if (denial) {
      // Its own row, off the value axis: the sign and the whole clause at the row's start.
      return (
        <>
          <rect className="mark__hit" x={x0} y={c - 26} width={Math.max(catMax * 6.4, 120)} height={40} fill="transparent" />
          <DenialSign x={x0 + 8} y={c} colour={colour} />
          <text x={x0 + 20} y={c + 4} className="mark__label" fill={colour}>
            <tspan fontWeight={600}>{label.length > catMax - 4 ? `${label.slice(0, catMax - 5)}…”` : label}</tspan>
            <tspan fill="var(--muted)">{flagged}{unreviewed}</tspan>
          </text>
          {categoryAbove && <CategoryAbove text={p.category} x={x0} y={c - 16} perLine={catMax} />}
        </>
      );
    }
    const from = openLow ? hi : lo;
    const extra = p.stance === 'asserts' && p.intervalText !== p.valueText ? `  ${p.intervalText}` : '';
    const left = (openLow ? hi - ARROW : lo) - 8;
    // The hit area spans the mark and its label, so a click or tap on either opens the sentence.
    const right = Math.max(left + Math.max((openHigh || openLow ? ARROW : hi - lo) + 16, 24), left + 8 + textWidth(label + extra + flagged + unreviewed));
    return (
      <>
        <rect className="mark__hit" x={left} y={c - 26} width={right - left} height={40} fill="transparent" />
        <g opacity={opacity}>
          {exact ? (
            <circle cx={a} cy={c} r={6.5} fill={colour} stroke="var(--paper)" strokeWidth={1.5} />
          ) : openHigh || openLow ? (
            <OpenEnd horizontal c={c} from={from} dir={openHigh ? 1 : -1} colour={colour} fade={fade} />
          ) : vague ? (
            <rect className="mark__vague" x={lo} y={y} width={Math.max(hi - lo, 2)} height={THICK} rx={THICK / 2} fill={colour} fillOpacity={0.18} stroke={colour} strokeDasharray="4 3" strokeWidth={1.2} />
          ) : (
            <>
              <rect x={lo} y={y} width={Math.max(hi - lo, 2)} height={THICK} rx={THICK / 2} fill={p.highOpen ? fade : colour} />
              {!p.lowOpen && <rect x={lo - 1.5} y={c - 9} width={3} height={18} fill={colour} />}
              {!p.highOpen && <rect x={hi - 1.5} y={c - 9} width={3} height={18} fill={colour} />}
            </>
          )}
          {best !== undefined && !exact && !vague && !openHigh && !openLow && <circle cx={best} cy={c} r={4} fill="var(--paper)" stroke={colour} strokeWidth={2} />}
        </g>
        {categoryAbove && <CategoryAbove text={p.category} x={x0} y={c - 27} perLine={catMax} />}
        <text x={openLow ? hi - ARROW : lo} y={c - 12} className="mark__label" fill="var(--ink)">
          <tspan fontWeight={600}>{label}</tspan>
          <tspan fill="var(--muted)">
            {extra}
            {flagged}
            {unreviewed}
          </tspan>
        </text>
      </>
    );
  }
  const x = c - THICK / 2;
  // Labels read rightwards from the mark, or leftwards near the plot's right edge, so none is cut.
  const flip = flipsAt(c, x1);
  const lx = flip ? c - 12 : c + 12;
  const anchor = flip ? 'end' : 'start';
  if (denial) {
    const foot = y1 - 12;
    return (
      <>
        <rect className="mark__hit" x={flip ? c - 80 : c - 14} y={foot - 14} width={94} height={28} fill="transparent" />
        <DenialSign x={c} y={foot} colour={colour} />
        {labelY !== null && (
          <text x={lx} y={foot + 4} textAnchor={anchor} className="mark__label" fill={colour}>
            <tspan fontWeight={600}>denied{flagged}</tspan>
          </text>
        )}
      </>
    );
  }
  // Vertical: a (low) is further down the screen than b (high).
  const labelTextY = labelY ?? lo + 4;
  const [line1, line2] = timeLabelLines(p);
  return (
    <>
      <HitBox
        mark={{ x: c - 14, y: (openHigh ? a - ARROW : lo) - 10, w: 28, h: Math.max((openHigh || openLow ? ARROW : hi - lo) + 20, 24) }}
        label={labelY === null ? null : { x: lx, y: labelTextY, w: textWidth(line1, line2), flip }}
      />
      <g opacity={opacity}>
        {exact ? (
          <circle cx={c} cy={a} r={6.5} fill={p.estimated ? 'var(--paper)' : colour} stroke={colour} strokeWidth={2.5} />
        ) : openHigh || openLow ? (
          <OpenEnd horizontal={false} c={c} from={openHigh ? a : b} dir={openHigh ? 1 : -1} colour={colour} fade={fade} />
        ) : vague ? (
          <rect className="mark__vague" x={x} y={lo} width={THICK} height={Math.max(hi - lo, 2)} rx={THICK / 2} fill={colour} fillOpacity={0.18} stroke={colour} strokeDasharray="4 3" strokeWidth={1.2} />
        ) : (
          <rect x={x} y={lo} width={THICK} height={Math.max(hi - lo, 2)} rx={THICK / 2} fill={p.highOpen ? fade : colour} opacity={p.estimated ? 0.55 : 1} />
        )}
        {best !== undefined && !exact && !vague && !openHigh && !openLow && <circle cx={c} cy={best} r={4} fill="var(--paper)" stroke={colour} strokeWidth={2} />}
      </g>
      {labelY !== null && (
        <text x={lx} y={labelTextY} textAnchor={anchor} className="mark__label" fill="var(--ink)">
          <tspan fontWeight={600}>{line1}</tspan>
          <tspan x={lx} dy={14} fill="var(--muted)">
            {line2}
          </tspan>
        </text>
      )}
    </>
  );
}
