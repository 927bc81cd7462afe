import type { IntervalPoint } from '../domain/series';
import type { EmbedModel } from './model';
import { linear, tickLabel, ticks, withUnit, type Scale } from './scale';
import { textWidth, wrapRuns, type Run } from './text';

/**
 * Where everything in the chart goes at one width. Each row carries its label above its mark
 * (direct labels, no legend, no label column), so the same design works from a phone to a wide
 * column; only the wrapping changes.
 */
export const FONT = 13;
export const LINE = 16;
const ROW_GAP = 14;
const BAR_ZONE = 16;

export interface RowLayout {
  point: IntervalPoint;
  lines: Run[][];
  /** Baseline of the first label line. */
  labelY: number;
  /** Vertical centre of the mark. */
  barY: number;
  calendar: number | null;
}

export interface TickLayout {
  x: number;
  label: string | null;
  anchor: 'start' | 'middle' | 'end';
}

export interface Layout {
  width: number;
  height: number;
  x: Scale;
  plot: [number, number];
  rows: RowLayout[];
  ticks: TickLayout[];
  gridBottom: number;
}

/** Flag numbers a point takes part in, as the flag list under the chart numbers them. */
export function flagRefs(model: EmbedModel, p: IntervalPoint): number[] {
  return model.series.flags.flatMap((f, i) => (f.claimIds.includes(p.claimId) ? [i + 1] : []));
}

export function labelRuns(model: EmbedModel, p: IntervalPoint, calendar: number | null): Run[] {
  const runs: Run[] = [];
  const who = [p.speaker, p.outlet, p.dateText].filter(Boolean).join(' · ');
  if (model.kind === 'topic') runs.push({ text: `${p.category}: `, style: 'strong' });
  if (p.stance === 'denies') runs.push({ text: 'Denied', style: 'strong' }, { text: `: “${p.valueText}”`, style: 'plain' });
  else {
    runs.push({ text: p.valueText, style: model.kind === 'topic' ? 'plain' : 'strong' });
    // The interval only when it says more than the wording: "hundreds" is [200, 999], while
    // "more than 400" is already > 400 and "6,000" is 6,000.
    if (!p.lowOpen && !p.highOpen && p.low !== p.high) runs.push({ text: ` ${p.intervalText}`, style: 'muted' });
  }
  // Only on a chart that asked for them (?unreviewed=1): a figure nobody has checked says so.
  if (p.review !== 'reviewed') runs.push({ text: ' · not reviewed', style: 'strong' });
  runs.push({ text: ` · ${who}`, style: 'muted' });
  if (calendar !== null) runs.push({ text: ` · calendar: ${calendar}`, style: 'muted' });
  const refs = flagRefs(model, p);
  // A no-break space keeps "[1, 2]" on one line.
  if (refs.length) runs.push({ text: ` [${refs.join(',\u00a0')}]`, style: 'flag' });
  return runs;
}

export function layoutChart(model: EmbedModel, width: number): Layout {
  const { series } = model;
  const plot: [number, number] = [10, width - 16];
  const x = linear(series.domain, plot);
  let y = 4;
  const rows = series.points.map((point, i) => {
    const calendar = model.calendar?.[i] ?? null;
    const lines = wrapRuns(labelRuns(model, point, calendar), width - 4, FONT);
    const row: RowLayout = { point, lines, labelY: y + 12, barY: y + lines.length * LINE + BAR_ZONE / 2 + 2, calendar };
    y += lines.length * LINE + BAR_ZONE + ROW_GAP;
    return row;
  });
  const gridBottom = Math.max(y - ROW_GAP / 2, 24);
  return { width, height: gridBottom + 20, x, plot, rows, ticks: axisTicks(model, x, plot, width), gridBottom };
}

/** Tick labels that never overlap: the last carries the unit, and a neighbour in its way is dropped. */
function axisTicks(model: EmbedModel, x: Scale, plot: [number, number], width: number): TickLayout[] {
  const { domain, unit, currency } = model.series;
  const values = ticks(domain, Math.max(2, Math.floor(width / 110)));
  const out: TickLayout[] = values.map((v, i) => {
    const last = i === values.length - 1 && values.length > 1;
    return {
      x: x(v),
      label: last ? withUnit(tickLabel(v), unit, currency) : tickLabel(v),
      anchor: i === 0 ? 'start' : last ? 'end' : 'middle',
    };
  });
  let limit = plot[1] + 16;
  for (let i = out.length - 1; i >= 0; i--) {
    const t = out[i];
    const w = textWidth(t.label ?? '', 11);
    const right = t.anchor === 'end' ? t.x : t.anchor === 'middle' ? t.x + w / 2 : t.x + w;
    if (right > limit - 6) t.label = null;
    else limit = right - w;
  }
  return out;
}
