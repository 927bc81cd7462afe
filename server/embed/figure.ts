import type { EmbedModel } from './model';
import { layoutChart, type Layout } from './layout';
import { layoutTime, timeAxisFor, type TimeLayout } from './time-layout';

/**
 * The chart's layout at one width: on a time axis when the domain's rule says its figures span
 * time (server/domain/timeline.ts, as the site's measure page), else a chart of rows. The embed
 * page, the SVG download, the PNG and the snippets' height estimate all lay out through here.
 */
export type FigureLayout = Layout | TimeLayout;

export function figureLayout(model: EmbedModel, width: number): FigureLayout {
  const axis = timeAxisFor(model);
  return axis ? layoutTime(model, axis, width) : layoutChart(model, width);
}
