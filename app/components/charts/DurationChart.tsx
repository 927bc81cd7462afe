'use client';
import type { DurationSeries } from '@/server/domain/series';
import TimeChart from './TimeChart';

/** The calendar's duration as a line, each claim's stated duration placed at its date against it. */
export default function DurationChart({ series, fixedWidth }: { series: DurationSeries; fixedWidth?: number }) {
  return <TimeChart points={series.points} domain={series.domain} xDomain={series.xDomain} unit={series.unit} line={series.line} fixedWidth={fixedWidth} />;
}
