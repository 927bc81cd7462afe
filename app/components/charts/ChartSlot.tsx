'use client';
import dynamic from 'next/dynamic';
import type { DurationSeries, IntervalSeries } from '@/server/domain/series';
import { ChartKey } from './ChartKey';

// The charts' code loads only where a chart is drawn, never in the shell of every page; until it
// has, the slot holds the chart's exact height so nothing below it moves.
const IntervalChart = dynamic(() => import('./drawn').then((m) => m.IntervalChart), { ssr: false, loading: () => null });
const DurationChart = dynamic(() => import('./drawn').then((m) => m.DurationChart), { ssr: false, loading: () => null });
const TimeChart = dynamic(() => import('./drawn').then((m) => m.TimeChart), { ssr: false, loading: () => null });

/** A time axis's values (a measure page's figures by date, ../../../server/db/measure-chart.ts). */
export interface TimelineData {
  points: IntervalSeries['points'];
  domain: [number, number];
  xDomain: [number, number];
}

export function intervalChartHeight(series: IntervalSeries): number {
  return series.points.length * 64 + 44;
}

/**
 * `describedBy` names the element that already words every value (the card's figcaption): the
 * chart points at it rather than repeating it, so a page of charts carries each description once.
 */
export function ChartSlot({ series, duration, timeline, describedBy }: { series: IntervalSeries; duration?: DurationSeries | null; timeline?: TimelineData | null; describedBy?: string }) {
  const height = duration || timeline ? 300 : intervalChartHeight(series);
  if (series.points.length === 0) {
    return <div className="state small">No figures for this measure yet. Add an article that states one.</div>;
  }
  return (
    <>
      <div className="chart-slot" style={{ minHeight: height }} aria-hidden={false}>
        <div className="chart-slot__placeholder skeleton" style={{ height }} aria-hidden />
        <div className="chart-slot__chart" role="group" {...(describedBy ? { 'aria-label': series.title, 'aria-describedby': describedBy } : { 'aria-label': series.description })}>
          {duration ? <DurationChart series={duration} /> : timeline ? <TimeChart points={timeline.points} domain={timeline.domain} xDomain={timeline.xDomain} unit={series.unit} /> : <IntervalChart series={series} />}
        </div>
      </div>
      <ChartKey points={duration?.points ?? timeline?.points ?? series.points} />
    </>
  );
}
