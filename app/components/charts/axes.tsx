/*
 * What a chart draws around its values: a linear scale, grid lines and the axes' tick labels, as
 * plain SVG. The layouts (row-layout.ts, time-layout.ts) already place every label and choose
 * every tick, so this is all the charts need from a charting library; Recharts did it in about
 * 110 KB of gzipped JavaScript, more than a third of what the dashboard loaded (`npm run bench`).
 *
 * The elements keep the class names Recharts drew them with (recharts-cartesian-axis-tick-value,
 * recharts-cartesian-grid, …): stylesheets, tests and anyone reading the page's SVG find the ticks
 * and grid lines by them as before.
 */
import type { ReactNode } from 'react';

export type Scale = (v: number) => number;

/** The plot's box inside the chart, in the chart's pixels. */
export interface Plot {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** `domain` mapped linearly onto `[from, to]`; values outside the domain map outside the range. */
export function linear([d0, d1]: [number, number], [from, to]: [number, number]): Scale {
  const k = d1 === d0 ? 0 : (to - from) / (d1 - d0);
  return (v) => from + (v - d0) * k;
}

const TICK_FONT = 12;
/** From the axis to its labels: a tick's length and the gap after it. */
const TICK_GAP = 8;

/**
 * The ticks whose labels fit, from the last one back: a label that would touch the one after it
 * is left out, so the axis's end always carries its value.
 */
export function ticksThatFit(ticks: number[], at: Scale, label: (v: number) => string, width: (text: string) => number, gap = 5): number[] {
  const kept: number[] = [];
  let limit = Infinity;
  for (let i = ticks.length - 1; i >= 0; i--) {
    const x = at(ticks[i]);
    const half = width(label(ticks[i])) / 2;
    if (x + half + gap <= limit || kept.length === 0) {
      kept.unshift(ticks[i]);
      limit = x - half;
    }
  }
  return kept;
}

/** The tick positions and the plot's two edges, each once: the grid frames the plot. */
const withEdges = (at: number[], a: number, b: number) => [...at, ...[a, b].filter((e) => !at.some((x) => Math.abs(x - e) < 0.5))];

/** Grid lines across the plot at `xs` (vertical lines) and `ys` (horizontal), and along its edges on that side. */
export function Grid({ plot, xs = [], ys = [] }: { plot: Plot; xs?: number[]; ys?: number[] }) {
  if (xs.length) xs = withEdges(xs, plot.x, plot.x + plot.width);
  if (ys.length) ys = withEdges(ys, plot.y + plot.height, plot.y);
  return (
    <g className="recharts-cartesian-grid">
      {xs.length > 0 && (
        <g className="recharts-cartesian-grid-vertical">
          {xs.map((x, i) => (
            <line key={i} stroke="var(--rule)" fill="none" x1={x} y1={plot.y} x2={x} y2={plot.y + plot.height} />
          ))}
        </g>
      )}
      {ys.length > 0 && (
        <g className="recharts-cartesian-grid-horizontal">
          {ys.map((y, i) => (
            <line key={i} stroke="var(--rule)" fill="none" x1={plot.x} y1={y} x2={plot.x + plot.width} y2={y} />
          ))}
        </g>
      )}
    </g>
  );
}

function TickLabel({ x, y, anchor, dy, children }: { x: number; y: number; anchor: 'middle' | 'end'; dy: string; children: ReactNode }) {
  return (
    <text x={x} y={y} fontSize={TICK_FONT} fill="var(--muted)" stroke="none" textAnchor={anchor} className="recharts-text recharts-cartesian-axis-tick-value">
      <tspan x={x} dy={dy}>
        {children}
      </tspan>
    </text>
  );
}

/** The value or date axis under the plot; `line`: with its axis line and a short tick at each value. */
export function BottomAxis({ plot, ticks, at, label, line }: { plot: Plot; ticks: number[]; at: Scale; label(v: number): string; line?: boolean }) {
  const y = plot.y + plot.height;
  return (
    <g className="recharts-layer recharts-cartesian-axis recharts-xAxis xAxis">
      {line && (
        <>
          <line className="recharts-cartesian-axis-line" stroke="var(--muted)" fill="none" x1={plot.x} y1={y} x2={plot.x + plot.width} y2={y} />
          <g className="recharts-cartesian-axis-tick-lines">
            {ticks.map((t) => (
              <line key={t} className="recharts-cartesian-axis-tick-line" stroke="var(--muted)" fill="none" x1={at(t)} y1={y + 6} x2={at(t)} y2={y} />
            ))}
          </g>
        </>
      )}
      <g className="recharts-cartesian-axis-tick-labels recharts-xAxis-tick-labels">
        {ticks.map((t) => (
          <TickLabel key={t} x={at(t)} y={y + TICK_GAP} anchor="middle" dy="0.71em">
            {label(t)}
          </TickLabel>
        ))}
      </g>
    </g>
  );
}

/** The value axis left of the plot: tick labels only, and the unit written up its side. */
export function LeftAxis({ plot, left, ticks, at, label, unit }: { plot: Plot; left: number; ticks: number[]; at: Scale; label(v: number): string; unit: string }) {
  const ux = left + 5;
  const uy = plot.y + plot.height / 2 + 30;
  return (
    <g className="recharts-layer recharts-cartesian-axis recharts-yAxis yAxis">
      <g className="recharts-cartesian-axis-tick-labels recharts-yAxis-tick-labels">
        {ticks.map((t) => (
          <TickLabel key={t} x={plot.x - TICK_GAP} y={at(t)} anchor="end" dy="0.355em">
            {label(t)}
          </TickLabel>
        ))}
      </g>
      <text x={ux} y={uy} transform={`rotate(-90, ${ux}, ${uy})`} fontSize={TICK_FONT} fill="var(--muted)" textAnchor="start" className="recharts-text recharts-label">
        <tspan x={ux} dy="0.355em">
          {unit}
        </tspan>
      </text>
    </g>
  );
}

/** The chart's drawing surface, sized in pixels as the layouts measured it. */
export function Surface({ width, height, children }: { width: number; height: number; children: ReactNode }) {
  return (
    <svg className="recharts-surface" width={width} height={height} viewBox={`0 0 ${width} ${height}`} style={{ width: '100%', height: '100%', display: 'block' }}>
      {children}
    </svg>
  );
}
