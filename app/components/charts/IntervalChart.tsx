'use client';
import { useMemo, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { IntervalSeries } from '@/server/domain/series';
import { ChartTooltip, type ActivePoint } from './ChartTooltip';
import { IntervalMarks } from './IntervalMarks';
import { compactNumber } from './palette';
import { ticks } from '@/server/domain/ticks';
import { useWidth } from './useWidth';
import { AXIS_HEIGHT, rowLayout } from './row-layout';
import { textMeasure } from './text-fit';
import { BottomAxis, Grid, Surface, linear, ticksThatFit } from './axes';

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
  const measure = useMemo(() => textMeasure(), []);
  const layout = useMemo(() => rowLayout(series.points, width, measure), [series.points, width, measure]);
  const { height, margin, nameWidth } = layout;
  const plot = { x: margin.left + nameWidth, y: margin.top, width: Math.max(0, width - margin.left - nameWidth - margin.right), height: height - margin.top - margin.bottom - AXIS_HEIGHT };
  const x = linear(series.domain, [plot.x, plot.x + plot.width]);
  const gridTicks = ticks(series.domain, Math.max(4, Math.min(8, Math.floor((width - nameWidth) / 110))));
  const xTicks = ticksThatFit(gridTicks, x, compactNumber, (t) => measure(t, false));
  // One band per row, in the order of the points; each mark on its band's middle.
  const band = series.points.length ? plot.height / series.points.length : 0;
  const rowMid = (i: number) => plot.y + band * (i + 0.5);
  return (
    <div ref={ref} className="chart" style={{ height }} onMouseLeave={() => setActive(null)}>
      <Surface width={width} height={height}>
        <Grid plot={plot} xs={gridTicks.map(x)} />
        <IntervalMarks points={series.points} unit={series.unit} onActive={setActive} onOpen={(href) => router.push(href)} orientation="horizontal" rows={layout} x={x} rowMid={rowMid} plot={plot} />
        <BottomAxis plot={plot} ticks={xTicks} at={x} label={compactNumber} />
      </Surface>
      <ChartTooltip active={active} width={width} />
    </div>
  );
}
