'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { CartesianGrid, ComposedChart, Line, XAxis, YAxis } from 'recharts';
import type { DurationSeries } from '@/server/domain/series';
import { ChartTooltip, type ActivePoint } from './ChartTooltip';
import { IntervalMarks } from './IntervalMarks';
import { sourceColours } from './palette';
import { useWidth } from './useWidth';

const monthTick = (ms: number) => new Date(ms).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Quarterly ticks from the reference date: time reads in months here, not in epoch numbers. */
function quarterTicks([from, to]: [number, number]): number[] {
  const out: number[] = [];
  const d = new Date(from);
  d.setUTCDate(1);
  d.setUTCMonth(Math.ceil(d.getUTCMonth() / 3) * 3);
  for (; d.getTime() <= to; d.setUTCMonth(d.getUTCMonth() + 3)) out.push(d.getTime());
  return out;
}

/** The calendar's duration as a line, each claim's stated duration placed at its date against it. */
export default function DurationChart({ series, fixedWidth }: { series: DurationSeries; fixedWidth?: number }) {
  const [ref, measured] = useWidth<HTMLDivElement>(fixedWidth ?? 640);
  const width = fixedWidth ?? measured;
  const [active, setActive] = useState<ActivePoint | null>(null);
  const router = useRouter();
  const height = 300;
  return (
    <div ref={ref} className="chart" style={{ height }} onMouseLeave={() => setActive(null)}>
      <ComposedChart width={width} height={height} data={series.line} margin={{ top: 16, right: width < 520 ? 70 : 120, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e2e5eb" vertical={false} />
        <XAxis
          dataKey="x"
          type="number"
          domain={series.xDomain}
          ticks={quarterTicks(series.xDomain)}
          tickFormatter={monthTick}
          tick={{ fontSize: 12, fill: '#5d6678' }}
          allowDataOverflow
        />
        <YAxis
          type="number"
          domain={series.domain}
          allowDataOverflow
          tick={{ fontSize: 12, fill: '#5d6678' }}
          width={44}
          axisLine={false}
          tickLine={false}
          label={{ value: series.unit, angle: -90, position: 'insideLeft', fill: '#5d6678', fontSize: 12, dy: 30 }}
        />
        <Line dataKey="months" stroke="#9aa3b2" strokeWidth={2} strokeDasharray="5 4" dot={false} isAnimationActive={false} name="By the calendar" />
        <IntervalMarks
          points={series.points}
          colours={sourceColours(series.points)}
          unit={series.unit}
          orientation="vertical"
          onActive={setActive}
          onOpen={(href) => router.push(href)}
        />
      </ComposedChart>
      <ChartTooltip active={active} width={width} />
    </div>
  );
}
