'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import type { IntervalSeries } from '@/server/domain/series';
import { ChartTooltip, type ActivePoint } from './ChartTooltip';
import { IntervalMarks } from './IntervalMarks';
import { CategoryTick } from './CategoryTick';
import { compactNumber } from './palette';
import { ticks } from '@/server/domain/ticks';
import { useWidth } from './useWidth';

const ROW = 64;

/**
 * One row per claim, each value drawn as the interval it stands for: a bar from low to high, a
 * dot for an exact figure, a fading arrow for an open end ("more than 400").
 */
export default function IntervalChart({ series, fixedWidth }: { series: IntervalSeries; fixedWidth?: number }) {
  const [ref, measured] = useWidth<HTMLDivElement>(fixedWidth ?? 640);
  const width = fixedWidth ?? measured;
  const [active, setActive] = useState<ActivePoint | null>(null);
  const router = useRouter();
  const narrow = width < 520;
  // On a phone the row labels move above each bar, so the values keep the full width.
  const labelWidth = narrow ? 0 : 190;
  const height = series.points.length * ROW + (narrow ? 70 : 44);
  return (
    <div ref={ref} className="chart" style={{ height }} onMouseLeave={() => setActive(null)}>
      <BarChart
        layout="vertical"
        width={width}
        height={height}
        data={series.points}
        margin={{ top: narrow ? 30 : 4, right: narrow ? 16 : 28, bottom: 4, left: narrow ? 10 : 0 }}
        accessibilityLayer={false}
        barCategoryGap="30%"
      >
        <CartesianGrid horizontal={false} stroke="var(--rule)" />
        <XAxis
          type="number"
          domain={series.domain}
          ticks={ticks(series.domain, Math.max(4, Math.min(8, Math.floor((width - labelWidth) / 110))))}
          allowDataOverflow
          tickFormatter={compactNumber}
          tick={{ fontSize: 12, fill: 'var(--muted)' }}
          axisLine={false}
          tickLine={false}
        />
        <YAxis
          type="category"
          dataKey="category"
          width={labelWidth}
          hide={narrow}
          tick={(props) => <CategoryTick {...props} width={labelWidth - 10} />}
          axisLine={false}
          tickLine={false}
          interval={0}
        />
        {/* An invisible bar makes the axes account for every row; the marks draw the values. */}
        <Bar dataKey="high" fill="transparent" isAnimationActive={false} />
        <IntervalMarks
          points={series.points}
          unit={series.unit}
          onActive={setActive}
          onOpen={(href) => router.push(href)}
          orientation="horizontal"
          categoryAbove={narrow}
        />
      </BarChart>
      <ChartTooltip active={active} width={width} />
    </div>
  );
}
