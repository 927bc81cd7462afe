/*
 * The charts, in one module that ChartSlot loads when it draws one: the row chart and the time
 * axis share their marks, tooltip, axes and text measuring, and a page with both (a measure's
 * page, the dashboard) would otherwise load that shared code once in each of two chunks.
 */
export { default as IntervalChart } from './IntervalChart';
export { default as TimeChart } from './TimeChart';
export { default as DurationChart } from './DurationChart';
