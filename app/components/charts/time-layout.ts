import type { IntervalPoint } from '@/server/domain/series';
import { OPEN_END_ARROW } from '@/server/domain/meaning';
import { labelRuns, AXIS_HEIGHT, LINE } from './row-layout';
import { widest, wrapRuns, type Line, type Measure } from './text-fit';

/*
 * A time axis's labels, placed in screen space before the chart is drawn: each beside its mark
 * (right, else left, else above or below it), never over another label or another value's mark,
 * never outside the chart. A chart that cannot hold them all at its height is drawn taller; a
 * denial's sign and clause go on a row of their own under the date axis, off the value axis.
 */

export const MIN_HEIGHT = 300;
const MAX_HEIGHT = 760;
/** The value axis's labels, left of the plot. */
export const Y_AXIS = 52;
const GAP = 10;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
export interface PlacedLabel {
  x: number;
  /** The top of the label's first line. */
  y: number;
  lines: Line[];
}
export interface TimeLayout {
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Each labelled value's label; denials' labels sit in the foot row. */
  labels: Map<string, PlacedLabel>;
  /** The denials' row, under the date axis. */
  foot: { top: number; bottom: number } | null;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a: Box, z: Box) => a.left >= z.left && a.right <= z.right && a.top >= z.top && a.bottom <= z.bottom;

interface Item {
  id: string;
  /** The mark's box (a denial's sign). */
  mark: Box;
  lines: Line[];
  w: number;
  h: number;
}

/** How far a label's box is from its mark's: 0 when they touch or overlap. */
const gap = (a: Box, b: Box) => Math.hypot(Math.max(0, a.left - b.right, b.left - a.right), Math.max(0, a.top - b.bottom, b.top - a.bottom));

/**
 * The place nearest its mark where a label fits in `zone`, clear of `taken`: beside the mark
 * (right before left), or above or below it moved sideways to stay in the chart; null when none does.
 */
export function placeBeside(it: Item, zone: Box, taken: Box[]): Box | null {
  const { mark, w, h } = it;
  const cx = (mark.left + mark.right) / 2;
  const centred = Math.min(Math.max(cx - w / 2, zone.left), zone.right - w);
  const candidates: { b: Box; cost: number }[] = [];
  const add = (left: number, top: number, penalty: number) => {
    const b = { left, right: left + w, top, bottom: top + h };
    candidates.push({ b, cost: gap(b, mark) + penalty });
  };
  for (let top = zone.top; top + h <= zone.bottom; top += 7) {
    add(mark.right + GAP, top, 0);
    add(mark.left - GAP - w, top, 2);
  }
  for (let k = 0; k < 40; k++) {
    add(centred, mark.top - 6 - h - k * 7, 4);
    add(centred, mark.bottom + 6 + k * 7, 4);
  }
  // Nearest first; at equal distance, beside the mark's top rather than far down its side.
  candidates.sort((x, y) => x.cost - y.cost || Math.abs(x.b.top - mark.top) - Math.abs(y.b.top - mark.top));
  return candidates.find(({ b }) => inside(b, zone) && !taken.some((t) => overlaps(b, t)))?.b ?? null;
}

/** A crowded axis: as many of these labels as fit, in the order given, each clear of the others; none moved for another. */
function placeSome(items: Item[], zone: Box, fixed: Box[]): Map<string, Box> {
  const out = new Map<string, Box>();
  const taken = [...fixed];
  for (const it of items) {
    const b = placeBeside(it, zone, taken.filter((t) => t !== it.mark));
    if (!b) continue;
    out.set(it.id, b);
    taken.push(b);
  }
  return out;
}

/** On a crowded axis, the newest this many values are offered a label (the rest: the tooltip, the row chart, the table). */
export const CROWDED_LABELS = 8;

function placeAll(items: Item[], zone: Box, fixed: Box[]): Map<string, Box> | null {
  const out = new Map<string, Box>();
  const taken = [...fixed];
  for (const it of items) {
    const b = placeBeside(it, zone, taken.filter((t) => t !== it.mark));
    if (!b) return null;
    out.set(it.id, b);
    taken.push(b);
  }
  return out;
}

interface Geometry {
  points: IntervalPoint[];
  width: number;
  domain: [number, number];
  xDomain: [number, number];
  /**
   * Label every value, the chart drawn taller until they fit; false on a crowded axis, where the
   * newest CROWDED_LABELS that fit at the chart's least height are labelled and the rest are left
   * to the tooltip, the row chart and the table.
   */
  labelled: boolean;
  measure: Measure;
  /** A reference line drawn under the values (a duration's calendar): labels keep off it too. */
  line?: { x: number; months: number }[];
}

export function timeLayout({ points, width, domain, xDomain, labelled, measure, line = [] }: Geometry): TimeLayout {
  const narrow = width < 520;
  const margin = { top: 16, right: narrow ? 12 : 24, bottom: 4, left: 0 };
  const plotLeft = margin.left + Y_AXIS;
  const plotRight = width - margin.right;
  const xOf = (t: number) => plotLeft + ((t - xDomain[0]) / (xDomain[1] - xDomain[0] || 1)) * (plotRight - plotLeft);
  const wrapAt = Math.max(110, Math.min(220, (plotRight - plotLeft) * 0.45));
  const dated = points.filter((p) => p.x !== null);
  const text = (p: IntervalPoint) => {
    const lines = wrapRuns(labelRuns(p), wrapAt, measure);
    return { lines, w: widest(lines) + 2, h: lines.length * LINE + 2 };
  };
  const xAt = new Map(dated.map((p) => [p.claimId, p.x!]));
  const denials = dated.filter((p) => p.stance === 'denies');
  const values = dated.filter((p) => p.stance !== 'denies');
  // The foot row: each denial's sign at its date, its clause beside it, rows added as they need.
  const footItems: Item[] = denials.map((p) => {
    const x = xOf(p.x!);
    return { id: p.claimId, mark: { left: x - 7, right: x + 7, top: 4, bottom: 18 }, ...text(p) };
  });
  const footZone = { left: plotLeft, right: width - 2, top: 0, bottom: 600 };
  const foot = footItems.length && labelled ? placeAll(footItems, footZone, footItems.map((i) => i.mark)) : null;
  const footHeight = footItems.length ? Math.max(24, ...[...(foot?.values() ?? [])].map((b) => b.bottom)) + 6 : 0;
  margin.bottom += footHeight;
  for (let height = MIN_HEIGHT; ; height += 40) {
    const plotTop = margin.top;
    const plotBottom = height - margin.bottom - AXIS_HEIGHT;
    const yOf = (v: number) => plotBottom - ((v - domain[0]) / (domain[1] - domain[0] || 1)) * (plotBottom - plotTop);
    const items: Item[] = values.map((p) => {
      const x = xOf(p.x!);
      const hiY = p.highOpen && !p.lowOpen ? yOf(p.low) - OPEN_END_ARROW : yOf(p.high);
      const loY = p.lowOpen && !p.highOpen ? yOf(p.high) + OPEN_END_ARROW : yOf(p.low);
      return { id: p.claimId, mark: { left: x - 9, right: x + 9, top: Math.min(hiY, loY) - 2, bottom: Math.max(hiY, loY) + 2 }, ...text(p) };
    });
    const zone = { left: plotLeft, right: width - 2, top: 0, bottom: plotBottom };
    // The line as the boxes of its short segments (a point every half month).
    const segments = line.slice(1).map((q, k) => {
      const [x0, y0, x1, y1] = [xOf(line[k].x), yOf(line[k].months), xOf(q.x), yOf(q.months)];
      return { left: Math.min(x0, x1) - 2, right: Math.max(x0, x1) + 2, top: Math.min(y0, y1) - 2, bottom: Math.max(y0, y1) + 2 };
    });
    const fixed = [...items.map((i) => i.mark), ...segments];
    const newest = () => [...items].sort((a, b) => xAt.get(b.id)! - xAt.get(a.id)!).slice(0, CROWDED_LABELS);
    const placed = labelled ? placeAll(items, zone, fixed) : placeSome(newest(), zone, fixed);
    if (placed || height >= MAX_HEIGHT || !labelled) {
      const labels = new Map<string, PlacedLabel>();
      const all = [...items, ...footItems];
      const footTop = plotBottom + AXIS_HEIGHT;
      for (const it of all) {
        const b = placed?.get(it.id) ?? foot?.get(it.id);
        if (!b || it.lines.length === 0) continue;
        const isFoot = footItems.includes(it);
        labels.set(it.id, { x: b.left, y: isFoot ? footTop + b.top : b.top, lines: it.lines });
      }
      return { height, margin, labels, foot: footItems.length ? { top: footTop, bottom: footTop + footHeight } : null };
    }
  }
}
