'use client';
import dynamic from 'next/dynamic';
import type { DurationSeries, IntervalSeries } from '@/server/domain/series';

// Recharts loads only where a chart is on screen, never in the shell of every page; until it has,
// the slot holds the chart's exact height so nothing below it moves.
const IntervalChart = dynamic(() => import('./IntervalChart'), { ssr: false, loading: () => null });
const DurationChart = dynamic(() => import('./DurationChart'), { ssr: false, loading: () => null });

export function intervalChartHeight(series: IntervalSeries): number {
  return series.points.length * 64 + 44;
}

export function ChartSlot({ series, duration }: { series: IntervalSeries; duration?: DurationSeries | null }) {
  const height = duration ? 300 : intervalChartHeight(series);
  if (series.points.length === 0) {
    return <div className="state small">No figures for this measure yet. Add an article that states one.</div>;
  }
  return (
    <div className="chart-slot" style={{ minHeight: height }} aria-hidden={false}>
      <div className="chart-slot__placeholder skeleton" style={{ height }} aria-hidden />
      <div className="chart-slot__chart" role="group" aria-label={series.description}>
        {duration ? <DurationChart series={duration} /> : <IntervalChart series={series} />}
      </div>
    </div>
  );
}
