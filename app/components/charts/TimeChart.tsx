'use client';
import { useMemo, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { IntervalPoint } from '@/server/domain/series';
import { ChartTooltip, type ActivePoint } from './ChartTooltip';
import { IntervalMarks } from './IntervalMarks';
import { compactNumber } from './palette';
import { ticks } from '@/server/domain/ticks';
import { timeTicks, timeTickLabel } from '@/server/domain/time-ticks';
import { useWidth } from './useWidth';
import { timeLayout, MIN_HEIGHT, Y_AXIS } from './time-layout';
import { AXIS_HEIGHT } from './row-layout';
import { BottomAxis, Grid, LeftAxis, Surface, linear, ticksThatFit } from './axes';
import { textMeasure } from './text-fit';

export const TIME_CHART_HEIGHT = MIN_HEIGHT;
/** Beyond this many values every label would crowd the axis: the newest that fit are labelled (time-layout.ts), the tooltip, the row chart and the table name the rest. */
const LABELLED_POINTS = 5;

export interface TimeChartProps {
  points: IntervalPoint[];
  domain: [number, number];
  xDomain: [number, number];
  unit: string;
  /** A reference line (a duration's calendar), drawn dashed under the values. */
  line?: { x: number; months: number }[];
  fixedWidth?: number;
}

/**
 * Each value placed at its date: time across, the value up, intervals and open ends as on the row
 * chart, each labelled beside its mark (time-layout.ts places the labels and sets the height).
 */
export default function TimeChart({ points, domain, xDomain, unit, line, fixedWidth }: TimeChartProps) {
  const [ref, measured] = useWidth<HTMLDivElement>(fixedWidth ?? 640);
  const width = fixedWidth ?? measured;
  const [active, setActive] = useState<ActivePoint | null>(null);
  const router = useRouter();
  const labelled = Boolean(line) || points.length <= LABELLED_POINTS;
  const measure = useMemo(() => textMeasure(), []);
  const layout = useMemo(() => timeLayout({ points, width, domain, xDomain, labelled, measure, line }), [points, width, domain, xDomain, labelled, measure, line]);
  const { margin, height } = layout;
  const plot = { x: margin.left + Y_AXIS, y: margin.top, width: Math.max(0, width - margin.left - Y_AXIS - margin.right), height: height - margin.top - margin.bottom - AXIS_HEIGHT };
  const x = linear(xDomain, [plot.x, plot.x + plot.width]);
  const y = linear(domain, [plot.y + plot.height, plot.y]);
  const xTicks = timeTicks(xDomain, Math.max(3, Math.min(8, Math.floor(width / 110))));
  const dateLabel = (ms: number) => timeTickLabel(ms, xTicks.step);
  // About five round values, the axis's top among them when a round step reaches it.
  const yTicks = [5, 4].map((n) => ticks(domain, n)).find((t) => t.at(-1) === domain[1]) ?? ticks(domain, plot.height > 200 ? 5 : 4);
  return (
    <div ref={ref} className="chart" style={{ height }} onMouseLeave={() => setActive(null)}>
      <Surface width={width} height={height}>
        <Grid plot={plot} ys={yTicks.map(y)} />
        {/* The calendar, dashed, under the values. */}
        {line && line.length > 1 && (
          <path className="recharts-curve recharts-line-curve" d={'M' + line.map((q) => `${x(q.x)},${y(q.months)}`).join('L')} stroke="var(--calendar-line)" strokeWidth={2} strokeDasharray="5 4" fill="none" />
        )}
        <IntervalMarks points={points} unit={unit} orientation="vertical" onActive={setActive} onOpen={(href) => router.push(href)} time={layout} x={x} y={y} plot={plot} />
        <BottomAxis plot={plot} ticks={ticksThatFit(xTicks.ticks, x, dateLabel, (t) => measure(t, false))} at={x} label={dateLabel} line />
        <LeftAxis plot={plot} left={margin.left} ticks={yTicks} at={y} label={compactNumber} unit={unit} />
      </Surface>
      <ChartTooltip active={active} width={width} />
    </div>
  );
}
