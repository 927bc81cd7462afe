import type { IntervalPoint } from '@/server/domain/series';
import { chartLabel } from '@/server/domain/chart-label';
import { wrapRuns, type Line, type Measure, type Run } from './text-fit';
import { DENIAL_COLOUR } from './palette';

/*
 * Where a row chart's text goes, worked out before the chart is drawn: each value's label
 * ("more than 400 · John Kirby, White House · Press Association, 15 May 2023") wrapped to the
 * width there is, and the rows made tall enough for the longest, so no label is ever cut or
 * printed over its neighbour's, at 320 px as at 1280.
 */

export const LINE = 14;
/** From a row's last label line to the foot of the row: the mark and the gap under it. */
const MARK_ZONE = 30;
const TOP_PAD = 6;
/** The left column that names a comparison's rows (its measures), on screens wide enough for it. */
const NAME_COLUMN = 190;
export const AXIS_HEIGHT = 30;

/** A value's label as styled runs: the value bold, who and when muted, then ⚑ and "not reviewed". */
export function labelRuns(p: IntervalPoint): Run[] {
  const l = chartLabel(p);
  const runs: Run[] = [{ text: l.value, bold: true, colour: p.stance === 'denies' ? DENIAL_COLOUR : undefined }];
  if (l.rest) runs.push({ text: ` · ${l.rest}`, muted: true });
  if (l.marks) runs.push({ text: l.marks, muted: true });
  return runs;
}

export interface RowText {
  /** The row's name (a comparison's measure), wrapped; empty when the label says it all. */
  name: Line[];
  label: Line[];
}

export interface RowLayout {
  rowHeight: number;
  /** Width of the name column beside the plot (0: names go above each label, or there are none). */
  nameWidth: number;
  margin: { top: number; right: number; bottom: number; left: number };
  height: number;
  /** Where labels may run: from the plot's left edge to just short of the chart's right edge. */
  labelLeft: number;
  labelRight: number;
  rows: Map<string, RowText>;
  /** The mark's centre line, this far below its row's top: every row's mark at the foot of the row, its label right above it. */
  markFromTop: number;
  narrow: boolean;
}

/** A comparison names each row by its measure; a measure's chart by who said it, which the label carries. */
export const rowsNamed = (points: IntervalPoint[]) => new Set(points.map((p) => p.measureId)).size > 1;

export function rowLayout(points: IntervalPoint[], width: number, measure: Measure): RowLayout {
  const narrow = width < 520;
  const named = rowsNamed(points);
  const nameWidth = named && !narrow ? NAME_COLUMN : 0;
  const margin = { top: 4, right: narrow ? 16 : 28, bottom: 4, left: nameWidth ? 0 : 10 };
  const labelLeft = margin.left + nameWidth;
  const labelRight = width - 4;
  const room = Math.max(60, labelRight - labelLeft);
  const rows = new Map<string, RowText>();
  for (const p of points) {
    const name = named ? wrapRuns([{ text: p.category, bold: true }], nameWidth ? nameWidth - 12 : room, measure) : [];
    rows.set(p.claimId, { name, label: wrapRuns(labelRuns(p), room, measure) });
  }
  const above = (r: RowText) => (nameWidth ? 0 : r.name.length * LINE) + r.label.length * LINE;
  let rowHeight = 52;
  for (const r of rows.values()) rowHeight = Math.max(rowHeight, TOP_PAD + above(r) + MARK_ZONE, nameWidth ? TOP_PAD + r.name.length * LINE + 8 : 0);
  const height = points.length * rowHeight + margin.top + margin.bottom + AXIS_HEIGHT;
  return { rowHeight, nameWidth, margin, height, labelLeft, labelRight, rows, markFromTop: rowHeight - MARK_ZONE / 2, narrow };
}
