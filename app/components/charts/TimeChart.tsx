'use client';
import { useMemo, useState } from 'react';
import { useRouter } from 'next/navigation';
import { CartesianGrid, ComposedChart, Line, XAxis, YAxis } from 'recharts';
import type { IntervalPoint } from '@/server/domain/series';
import { ChartTooltip, type ActivePoint } from './ChartTooltip';
import { IntervalMarks } from './IntervalMarks';
import { compactNumber } from './palette';
import { timeTicks, timeTickLabel } from '@/server/domain/time-ticks';
import { useWidth } from './useWidth';
import { timeLayout, MIN_HEIGHT } from './time-layout';
import { textMeasure } from './text-fit';

export const TIME_CHART_HEIGHT = MIN_HEIGHT;
/** Beyond this many values the labels would crowd the axis: the tooltip, the row chart and the table name them. */
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
  const layout = useMemo(() => timeLayout({ points, width, domain, xDomain, labelled, measure: textMeasure(), line }), [points, width, domain, xDomain, labelled, line]);
  const xTicks = timeTicks(xDomain, Math.max(3, Math.min(8, Math.floor(width / 110))));
  return (
    <div ref={ref} className="chart" style={{ height: layout.height }} onMouseLeave={() => setActive(null)}>
      <ComposedChart width={width} height={layout.height} data={line ?? []} margin={layout.margin} accessibilityLayer={false}>
        <CartesianGrid stroke="var(--rule)" vertical={false} />
        <XAxis dataKey="x" type="number" domain={xDomain} ticks={xTicks.ticks} tickFormatter={(ms: number) => timeTickLabel(ms, xTicks.step)} tick={{ fontSize: 12, fill: 'var(--muted)' }} allowDataOverflow height={30} />
        <YAxis
          type="number"
          domain={domain}
          allowDataOverflow
          tickFormatter={compactNumber}
          tick={{ fontSize: 12, fill: 'var(--muted)' }}
          width={52}
          axisLine={false}
          tickLine={false}
          label={{ value: unit, angle: -90, position: 'insideLeft', fill: 'var(--muted)', fontSize: 12, dy: 30 }}
        />
        {line && <Line dataKey="months" stroke="var(--calendar-line)" strokeWidth={2} strokeDasharray="5 4" dot={false} isAnimationActive={false} name="By the calendar" />}
        <IntervalMarks points={points} unit={unit} orientation="vertical" onActive={setActive} onOpen={(href) => router.push(href)} time={layout} />
      </ComposedChart>
      <ChartTooltip active={active} width={width} />
    </div>
  );
}
