import type { EmbedModel } from './model';
import { layoutChart, type Layout } from './layout';
import { layoutTime, timeAxisFor, type TimeLayout } from './time-layout';

/**
 * The chart's layout at one width: on a time axis when the domain's rule says its figures span
 * time (server/domain/timeline.ts, as the site's measure page), else a chart of rows. The embed
 * page, the SVG download, the PNG and the snippets' height estimate all lay out through here.
 */
export type FigureLayout = Layout | TimeLayout;

export function figureLayout(model: EmbedModel, width: number, maxHeight?: number): FigureLayout {
  const axis = timeAxisFor(model);
  if (!axis) return layoutChart(model, width);
  const natural = layoutTime(model, axis, width);
  // A picture of fixed size (the 16:9 PNG, og.png): the time axis gives up height before the
  // labels, the list and the key have to shrink with it.
  if (maxHeight === undefined || natural.height <= maxHeight) return natural;
  return layoutTime(model, axis, width, natural.plot.bottom - natural.plot.top - (natural.height - maxHeight));
}
