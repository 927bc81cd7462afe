import type { IntervalPoint } from '../domain/series';
import { FlagKind, type Flag } from '../domain/schemas';
import type { EmbedModel } from './model';
import { linear, tickLabel, ticks, withUnit, type Scale } from './scale';
import { textWidth, wrapRuns, type Run } from './text';
import { keyItems, layoutKey, type KeyLayout } from './key';

/**
 * Where everything in the chart goes at one width. Each row carries its label above its mark
 * (direct labels, no label column: sources are named there, not coloured), so the same design
 * works from a phone to a wide column; only the wrapping changes. A denial's row has no mark on
 * the value axis: its ⊘ and the whole clause sit at the row's start. The key goes under the axis.
 */
export const FONT = 13;
export const LINE = 16;
const ROW_GAP = 14;
const BAR_ZONE = 16;
/** A denial's label starts after its ⊘. */
const SIGN_INDENT = 18;

/** Said beside every figure nobody has reviewed yet, in the chart, the table and the detail. */
export const NOT_REVIEWED = 'not reviewed';

export interface RowLayout {
  point: IntervalPoint;
  lines: Run[][];
  /** Baseline of the first label line. */
  labelY: number;
  /** Vertical centre of the mark (a denial: of its sign, beside the label's first line). */
  barY: number;
  /** Where the label's lines start: 0, or after a denial's sign. */
  indent: number;
  /** The row's extent, which answers a click or tap. */
  top: number;
  bottom: number;
  calendar: number | null;
}

export interface TickLayout {
  x: number;
  label: string | null;
  anchor: 'start' | 'middle' | 'end';
}

export interface Layout {
  /** A chart of rows, one value each (a time axis is ./time-layout.ts). */
  axis: 'rows';
  width: number;
  height: number;
  x: Scale;
  plot: [number, number];
  rows: RowLayout[];
  ticks: TickLayout[];
  gridBottom: number;
  /** The key, its top edge at keyTop. */
  key: KeyLayout;
  keyTop: number;
}

const ordered = new WeakMap<Flag[], Flag[]>();

const KIND_RANK = new Map(FlagKind.options.map((k, i) => [k, i]));

/**
 * The chart's flags as the embed numbers them, [1] first: by kind in FlagKind's order, so
 * disagreements (conflicts, denials) come before notes (different measures, single source) and
 * the flags of one kind are numbered together; within a kind in the series' order. Worked out
 * when drawn, not stored, so a pinned snapshot is numbered the same way.
 */
export function orderedFlags(model: EmbedModel): Flag[] {
  const flags = model.series.flags;
  let out = ordered.get(flags);
  if (!out) ordered.set(flags, (out = [...flags].sort((a, b) => KIND_RANK.get(a.kind)! - KIND_RANK.get(b.kind)!)));
  return out;
}

/** Flag numbers a point takes part in, as the flag list under the chart numbers them. */
export function flagRefs(model: EmbedModel, p: IntervalPoint): number[] {
  return orderedFlags(model).flatMap((f, i) => (f.claimIds.includes(p.claimId) ? [i + 1] : []));
}

export function labelRuns(model: EmbedModel, p: IntervalPoint, calendar: number | null): Run[] {
  const runs: Run[] = [];
  const who = [p.speaker, p.outlet, p.dateText].filter(Boolean).join(' · ');
  if (model.kind === 'topic') runs.push({ text: `${p.category}: `, style: 'strong' });
  // One clause in the denial's colour, its wording whole: Denied: “before the war but not since”.
  if (p.stance === 'denies') runs.push({ text: `Denied: “${p.valueText}”`, style: 'denial' });
  else {
    runs.push({ text: p.valueText, style: model.kind === 'topic' ? 'plain' : 'strong' });
    // The interval only when it says more than the wording: "hundreds" is [200, 999], while
    // "more than 400" is already > 400 and "6,000" is 6,000.
    if (!p.lowOpen && !p.highOpen && p.low !== p.high) runs.push({ text: ` ${p.intervalText}`, style: 'muted' });
  }
  // Only on a chart that asked for them (?unreviewed=1): a figure nobody has checked says so.
  if (p.review === 'auto') runs.push({ text: ` · ${NOT_REVIEWED}`, style: 'strong' });
  runs.push({ text: ` · ${who}`, style: 'muted' });
  if (calendar !== null) runs.push({ text: ` · calendar: ${calendar}`, style: 'muted' });
  // Each reference in its flag kind's colour, as the flag line under the chart names it:
  // " [1] [2]", a no-break space between them so they stay on one line.
  const flags = orderedFlags(model);
  flagRefs(model, p).forEach((n, i) => runs.push({ text: `${i ? '\u00a0' : ' '}[${n}]`, style: `flag:${flags[n - 1].kind}` }));
  return runs;
}

export function layoutChart(model: EmbedModel, width: number): Layout {
  const { series } = model;
  const plot: [number, number] = [10, width - 16];
  const x = linear(series.domain, plot);
  let y = 4;
  const rows = series.points.map((point, i): RowLayout => {
    const denial = point.stance === 'denies';
    const calendar = denial ? null : (model.calendar?.[i] ?? null);
    const indent = denial ? SIGN_INDENT : 0;
    const lines = wrapRuns(labelRuns(model, point, calendar), width - 4 - indent, FONT);
    const labelY = y + 12;
    const text = lines.length * LINE;
    const row = denial
      ? { point, lines, labelY, barY: labelY - 4, indent, top: labelY - 13, bottom: y + text + 2, calendar }
      : { point, lines, labelY, barY: y + text + BAR_ZONE / 2 + 2, indent, top: labelY - 13, bottom: y + text + BAR_ZONE + 4, calendar };
    y += text + (denial ? 2 : BAR_ZONE) + ROW_GAP;
    return row;
  });
  const gridBottom = Math.max(y - ROW_GAP / 2, 24);
  const key = layoutKey(
    keyItems({ points: series.points, calendar: rows.some((r) => r.calendar !== null), flagged: series.points.some((p) => flagRefs(model, p).length > 0) }),
    width - 4,
  );
  const keyTop = gridBottom + 26;
  const height = key.height ? keyTop + key.height + 2 : gridBottom + 20;
  return { axis: 'rows', width, height, x, plot, rows, ticks: axisTicks(model, x, plot, width), gridBottom, key, keyTop };
}

/**
 * The spans of the plot the grid crosses: every row but a denial's, which stands off the value
 * axis, so no grid line runs through its sign and clause.
 */
export function gridSpans(layout: Layout): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  for (const r of layout.rows) {
    if (r.point.stance !== 'denies') continue;
    if (r.top - 2 > from + 4) spans.push([from, r.top - 2]);
    from = r.bottom + 2;
  }
  if (layout.gridBottom > from + 4) spans.push([from, layout.gridBottom]);
  return spans;
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
