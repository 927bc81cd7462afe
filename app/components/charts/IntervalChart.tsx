'use client';
import { useMemo, useState } from 'react';
import { useRouter } from 'next/navigation';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import type { IntervalSeries } from '@/server/domain/series';
import { ChartTooltip, type ActivePoint } from './ChartTooltip';
import { IntervalMarks } from './IntervalMarks';
import { compactNumber } from './palette';
import { ticks } from '@/server/domain/ticks';
import { useWidth } from './useWidth';
import { rowLayout } from './row-layout';
import { textMeasure } from './text-fit';

/**
 * One row per claim, each value drawn as the interval it stands for: a bar from low to high, a
 * dot for an exact figure, a fading arrow for an open end ("more than 400"). Each row carries its
 * label, wrapped to the width there is (row-layout.ts); a comparison names its rows by measure.
 */
export default function IntervalChart({ series, fixedWidth }: { series: IntervalSeries; fixedWidth?: number }) {
  const [ref, measured] = useWidth<HTMLDivElement>(fixedWidth ?? 640);
  const width = fixedWidth ?? measured;
  const [active, setActive] = useState<ActivePoint | null>(null);
  const router = useRouter();
  const layout = useMemo(() => rowLayout(series.points, width, textMeasure()), [series.points, width]);
  const { height, margin, nameWidth } = layout;
  return (
    <div ref={ref} className="chart" style={{ height }} onMouseLeave={() => setActive(null)}>
      <BarChart layout="vertical" width={width} height={height} data={series.points} margin={margin} accessibilityLayer={false} barCategoryGap="30%">
        <CartesianGrid horizontal={false} stroke="var(--rule)" />
        <XAxis
          type="number"
          domain={series.domain}
          ticks={ticks(series.domain, Math.max(4, Math.min(8, Math.floor((width - nameWidth) / 110))))}
          allowDataOverflow
          tickFormatter={compactNumber}
          tick={{ fontSize: 12, fill: 'var(--muted)' }}
          axisLine={false}
          tickLine={false}
          height={30}
        />
        {/* The rows' names, when there is a column for them, are drawn with the marks (IntervalMarks). */}
        <YAxis type="category" dataKey="category" width={nameWidth} hide={nameWidth === 0} tick={false} axisLine={false} tickLine={false} interval={0} />
        {/* An invisible bar makes the axes account for every row; the marks draw the values. */}
        <Bar dataKey="high" fill="transparent" isAnimationActive={false} />
        <IntervalMarks points={series.points} unit={series.unit} onActive={setActive} onOpen={(href) => router.push(href)} orientation="horizontal" rows={layout} />
      </BarChart>
      <ChartTooltip active={active} width={width} />
    </div>
  );
}
