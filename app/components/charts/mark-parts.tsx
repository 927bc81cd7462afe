'use client';
import { wrapLabel } from './CategoryTick';
import { OPEN_END_ARROW } from '@/server/domain/meaning';
import type { IntervalPoint } from '@/server/domain/series';

/* The pieces IntervalMarks draws a value with, and where its time-axis labels go. */

/** About how wide a line of 12px label text is (the longest of the lines given). */
export function textWidth(...lines: string[]): number {
  return Math.max(...lines.map((l) => l.length)) * 6.6;
}

/** A vertical mark's hit area: the mark and its two-line label (to its right, or left when flipped). */
export function HitBox({ mark, label }: { mark: { x: number; y: number; w: number; h: number }; label: { x: number; y: number; w: number; flip: boolean } | null }) {
  let { x, y, w, h } = mark;
  if (label) {
    const lx = label.flip ? label.x - label.w : label.x;
    const [x0, y0] = [Math.min(x, lx - 4), Math.min(y, label.y - 13)];
    const [x1, y1] = [Math.max(x + w, lx + label.w + 4), Math.max(y + h, label.y + 19)];
    [x, y, w, h] = [x0, y0, x1 - x0, y1 - y0];
  }
  return <rect className="mark__hit" x={x} y={y} width={w} height={h} fill="transparent" />;
}

/**
 * Who and when, above a row's mark on a phone: wrapped onto a second line rather than cut, so the
 * date at its end is always there (the row above leaves room for two lines).
 */
export function CategoryAbove({ text, x, y, perLine }: { text: string; x: number; y: number; perLine: number }) {
  const lines = wrapLabel(text, perLine * 6.6, 2);
  return (
    <text x={x} y={y - (lines.length - 1) * 13} className="mark__label mark__category" fill="var(--muted)">
      {lines.map((l, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : 13}>
          {l}
        </tspan>
      ))}
    </text>
  );
}

/** ⊘, the denial's sign: no figure, so no place on the value axis. */
export function DenialSign({ x, y, colour }: { x: number; y: number; colour: string }) {
  return (
    <g>
      <circle cx={x} cy={y} r={6} fill="var(--paper)" stroke={colour} strokeWidth={2} />
      <path d={`M${x - 4},${y + 4}L${x + 4},${y - 4}`} stroke={colour} strokeWidth={2} />
    </g>
  );
}

/** An open end: a short arrow from the bound (dir 1: towards higher values), fading as it goes. */
export function OpenEnd({ horizontal, from, c, dir, colour, fade }: { horizontal: boolean; from: number; c: number; dir: 1 | -1; colour: string; fade: string }) {
  // Screen direction: on a vertical axis higher values are further up.
  const s = horizontal ? dir : -dir;
  const tip = from + s * OPEN_END_ARROW;
  const body = { lo: Math.min(from, tip - s * 6), len: OPEN_END_ARROW - 6 };
  return horizontal ? (
    <>
      <rect x={body.lo} y={c - 3} width={body.len} height={6} fill={s > 0 ? fade : colour} opacity={s > 0 ? 1 : 0.45} />
      <path d={`M${tip - s * 8},${c - 7}L${tip},${c}L${tip - s * 8},${c + 7}Z`} fill={colour} opacity={0.45} />
      <rect x={from - 1.5} y={c - 9} width={3} height={18} fill={colour} />
    </>
  ) : (
    <>
      <rect x={c - 3} y={body.lo} width={6} height={body.len} fill={s < 0 ? fade : colour} opacity={s < 0 ? 1 : 0.45} />
      <path d={`M${c - 7},${tip - s * 8}L${c},${tip}L${c + 7},${tip - s * 8}Z`} fill={colour} opacity={0.45} />
      <rect x={c - 9} y={from - 1.5} width={18} height={3} fill={colour} />
    </>
  );
}

/** A value's two label lines on a time axis: what it says, then who printed it. */
export function timeLabelLines(p: IntervalPoint): [string, string] {
  const label = p.stance === 'denies' ? `Denied: “${p.valueText}”` : p.valueText;
  return [`${label}${p.flagKinds.length > 0 ? ' ⚑' : ''}`, `${p.outlet}${p.estimated ? ' · date unknown, estimated' : ''}${p.review === 'auto' ? ' · not reviewed' : ''}`];
}

/** Whether a time label reads leftwards from its mark: near the plot's right edge it would be cut. */
export const flipsAt = (x: number, right: number) => x + 12 + 130 > right;

/**
 * Where each value's label goes on a time axis (its baseline y): beside its mark, pushed down
 * past any label already placed whose box it would overlap, in screen space, so labels of
 * nearby dates, or of a value and a flipped neighbour, never print over each other.
 */
export function dodgeLabels(points: IntervalPoint[], xScale: (v: unknown) => number | undefined, yScale: (v: unknown) => number | undefined, right: number): Map<string, number> {
  const LINE_PAIR = 30;
  const boxes = points.flatMap((p) => {
    const x = p.x === null ? undefined : xScale(p.x);
    const lo = yScale(p.low);
    const hi = yScale(p.high);
    if (x === undefined || lo === undefined || hi === undefined) return [];
    const w = textWidth(...timeLabelLines(p));
    const left = flipsAt(x, right) ? x - 12 - w : x + 12;
    const openHigh = p.highOpen && !p.lowOpen;
    return [{ id: p.claimId, left, right: left + w, y: openHigh ? lo - OPEN_END_ARROW + 4 : Math.min(lo, hi) + 4 }];
  });
  boxes.sort((a, b) => a.y - b.y || a.left - b.left);
  const placed: typeof boxes = [];
  const out = new Map<string, number>();
  for (const b of boxes) {
    let y = b.y;
    for (let moved = true; moved; ) {
      moved = false;
      for (const o of placed) {
        if (b.left < o.right && o.left < b.right && Math.abs(y - o.y) < LINE_PAIR) {
          y = o.y + LINE_PAIR;
          moved = true;
        }
      }
    }
    placed.push({ ...b, y });
    out.set(b.id, y);
  }
  return out;
}
