import type { IntervalPoint } from '../domain/series';
import { OPEN_END_ARROW } from '../domain/meaning';
import { timeAxisOf, type TimeAxis } from '../domain/timeline';
import { timeTickLabel, timeTicks } from '../domain/time-ticks';
import type { EmbedModel } from './model';
import { linear, tickLabel, ticks, withUnit, type Scale } from './scale';
import { textWidth, wrapRuns, type Run } from './text';
import { keyItems, layoutKey, type KeyLayout } from './key';
import { FONT, LINE, flagRefs, labelRuns, type TickLayout } from './layout';

/**
 * A measure whose figures span time, laid out as Our World in Data draws a series: the as-of date
 * across, the value up, each figure at its date as the interval its wording allows (an open end a
 * short arrow from its bound, never a bar to the axis end), a duration's calendar as a dashed
 * line. Each origin is numbered at its mark, with its value beside it where there is room, and
 * named in full (value · who · when) in a numbered list under the axis, wrapped, never cut. A
 * denial has no value: its ⊘ sits at its date in a strip under the axis, off the value scale.
 * When a chart is drawn this way is the domain's rule (server/domain/timeline.ts), as on the site.
 */

/** The numbered label list's first column. */
export const NUMBER_COLUMN = 22;
const MARK_HALF = 9;
const CLUSTER = 14;

export interface TimeMark {
  /** Where the mark stands: its date's x, nudged apart from a figure of the same day. */
  cx: number;
  /** Its extent on screen, arrow included. */
  top: number;
  bottom: number;
  /** A denial's ⊘ in the strip under the axis. */
  denial: boolean;
  /** The number (and where room allows, the value) beside it: baseline and anchor. */
  tag: { x: number; y: number; anchor: 'start' | 'middle' | 'end'; text: string; valueText: string | null };
}

export interface TimeRow {
  point: IntervalPoint;
  /** 1, 2, … in date order: the mark's tag and the list entry's number. */
  n: number;
  lines: Run[][];
  labelY: number;
  /** The list entry's extent. */
  top: number;
  bottom: number;
  /** null: an undated figure, named in the list but not on the axis. */
  mark: TimeMark | null;
}

export interface TimeLayout {
  axis: 'time';
  width: number;
  height: number;
  x: Scale;
  y: Scale;
  plot: { left: number; right: number; top: number; bottom: number };
  yTicks: { y: number; label: string; zero: boolean }[];
  xTicks: TickLayout[];
  /** A duration's calendar as points on screen; null for other measures. */
  line: [number, number][] | null;
  /** The middle of the denials' strip, when there are dated denials. */
  denialY: number | null;
  rows: TimeRow[];
  key: KeyLayout;
  keyTop: number;
}

/** The time axis this model is drawn on, or null: a chart of rows. */
export function timeAxisFor(model: EmbedModel): TimeAxis | null {
  return model.kind === 'measure' ? timeAxisOf(model.series, model.referenceDate, Infinity) : null;
}

/**
 * Dates across, at the site's steps: labels that fit, none over another, the first and last kept
 * inside the frame. Days and weeks name their year on the first label and wherever it turns, so
 * a picture that travels without the page still says which December it means.
 */
function dateTicks(axis: TimeAxis, x: Scale, width: number): TickLayout[] {
  const { ticks: values, step } = timeTicks(axis.xDomain, Math.max(2, Math.min(8, Math.floor(width / 110))));
  let right = -Infinity;
  let year: number | null = null;
  return values.map((v) => {
    const y = new Date(v).getUTCFullYear();
    const label = timeTickLabel(v, step) + ((step === 'day' || step === 'week') && y !== year ? ` ${y}` : '');
    const w = textWidth(label, 11);
    const at = x(v);
    const anchor: TickLayout['anchor'] = at - w / 2 < 0 ? 'start' : at + w / 2 > width ? 'end' : 'middle';
    const left = anchor === 'start' ? at : anchor === 'end' ? at - w : at - w / 2;
    const fits = left > right + 8;
    if (fits) {
      right = left + w;
      year = y;
    }
    return { x: at, label: fits ? label : null, anchor };
  });
}

interface Box {
  l: number;
  r: number;
  t: number;
  b: number;
}
const overlaps = (a: Box, b: Box) => a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;

/** The plot's height at a width, unless a picture of fixed size asks for less (./card.ts). */
export const plotHeightFor = (width: number) => Math.round(Math.min(280, Math.max(170, width * 0.42)));
export const MIN_PLOT_HEIGHT = 110;

export function layoutTime(model: EmbedModel, axis: TimeAxis, width: number, plotHeight = plotHeightFor(width)): TimeLayout {
  const { series } = model;
  const plotH = Math.max(MIN_PLOT_HEIGHT, Math.round(plotHeight));
  const plot = { left: 14, right: width - 14, top: 18, bottom: 18 + plotH };
  const x = linear(axis.xDomain, [plot.left, plot.right]);
  const y = linear(series.domain, [plot.bottom, plot.top]);
  const values = ticks(series.domain, plotH > 200 ? 5 : 4);
  const yTicks = values.map((v, i) => ({ y: y(v), label: i === values.length - 1 ? withUnit(tickLabel(v), series.unit, series.currency) : tickLabel(v), zero: v === 0 }));
  const denials = axis.points.some((p) => p.stance === 'denies');
  const denialY = denials ? plot.bottom + 36 : null;

  // Marks at their dates; figures of one day (or a few px apart) stand side by side, not on top of each other.
  const onAxis = new Set(axis.points.map((p) => p.claimId));
  const cxs = new Map<string, number>();
  for (const denial of [false, true]) {
    const ps = axis.points.filter((p) => (p.stance === 'denies') === denial).sort((a, b) => (a.x as number) - (b.x as number));
    for (let i = 0; i < ps.length; ) {
      let j = i + 1;
      while (j < ps.length && x(ps[j].x as number) - x(ps[j - 1].x as number) < CLUSTER) j++;
      const mid = (x(ps[i].x as number) + x(ps[j - 1].x as number)) / 2;
      for (let k = i; k < j; k++) cxs.set(ps[k].claimId, Math.min(plot.right, Math.max(plot.left, mid + (k - i - (j - i - 1) / 2) * CLUSTER)));
      i = j;
    }
  }
  const extent = (p: IntervalPoint): [number, number] => {
    if (p.stance === 'denies') return [denialY! - 7, denialY! + 7];
    const lo = y(p.low);
    const hi = y(p.high);
    if (p.highOpen && !p.lowOpen) return [lo - OPEN_END_ARROW, lo + MARK_HALF];
    if (p.lowOpen && !p.highOpen) return [hi - MARK_HALF, hi + OPEN_END_ARROW];
    return [Math.min(lo, hi) - MARK_HALF, Math.max(lo, hi) + MARK_HALF];
  };
  // Every mark's box is taken before any tag is placed, so no tag covers another figure.
  const taken: Box[] = series.points.filter((p) => onAxis.has(p.claimId)).map((p) => {
    const [t, b] = extent(p);
    const c = cxs.get(p.claimId)!;
    return { l: c - MARK_HALF, r: c + MARK_HALF, t, b };
  });
  const tagFor = (p: IntervalPoint, n: number, cx: number, top: number, bottom: number): TimeMark['tag'] => {
    const mid = p.stance === 'denies' ? denialY! + 4 : Math.max(plot.top + 4, Math.min(plot.bottom - 2, (top + bottom) / 2 + 4));
    const full = p.stance === 'denies' ? `${n} denied` : `${n} ${p.valueText}`;
    const w = textWidth(full, 11.5, true);
    for (const side of [1, -1] as const) {
      const l = side > 0 ? cx + 11 : cx - 11 - w;
      const box = { l, r: l + w, t: mid - 11, b: mid + 3 };
      if (box.l < 0 || box.r > width || taken.some((o) => overlaps(o, box))) continue;
      taken.push(box);
      return { x: side > 0 ? cx + 11 : cx - 11, y: mid, anchor: side > 0 ? 'start' : 'end', text: String(n), valueText: p.stance === 'denies' ? 'denied' : p.valueText };
    }
    // No room beside it: the number alone, above the mark (the list names it in full).
    const at = p.stance === 'denies' ? { y: bottom + 11 } : { y: top - 4 };
    taken.push({ l: cx - 8, r: cx + 8, t: at.y - 11, b: at.y + 2 });
    return { x: cx, y: at.y, anchor: 'middle', text: String(n), valueText: null };
  };

  let yList = (denialY ?? plot.bottom + 6) + 26;
  const rows = series.points.map((point, i): TimeRow => {
    const n = i + 1;
    const calendar = point.stance === 'denies' ? null : (model.calendar?.[i] ?? null);
    const runs: Run[] = [...labelRuns(model, point, calendar)];
    if (!onAxis.has(point.claimId)) runs.push({ text: ' · no date, so not on the time axis', style: 'muted' });
    const lines = wrapRuns(runs, width - NUMBER_COLUMN - 4, FONT);
    const top = yList;
    yList += lines.length * LINE + 6;
    let mark: TimeMark | null = null;
    if (onAxis.has(point.claimId)) {
      const [t, b] = extent(point);
      const cx = cxs.get(point.claimId)!;
      mark = { cx, top: t, bottom: b, denial: point.stance === 'denies', tag: tagFor(point, n, cx, t, b) };
    }
    return { point, n, lines, labelY: top + 12, top: top - 1, bottom: top + lines.length * LINE + 3, mark };
  });
  const refs = series.points.some((p) => flagRefs(model, p).length > 0);
  const key = layoutKey(keyItems({ points: axis.points, calendar: axis.line ? 'line' : false, flagged: refs }), width - 4);
  const keyTop = yList + 8;
  const line = axis.line ? axis.line.map((l): [number, number] => [x(l.x), y(l.months)]) : null;
  return {
    axis: 'time',
    width,
    height: key.height ? keyTop + key.height + 2 : yList,
    x,
    y,
    plot,
    yTicks,
    xTicks: dateTicks(axis, x, width),
    line,
    denialY,
    rows,
    key,
    keyTop,
  };
}
