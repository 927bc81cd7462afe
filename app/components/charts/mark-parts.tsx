'use client';
import { OPEN_END_ARROW } from '@/server/domain/meaning';
import type { Line } from './text-fit';
import { LINE } from './row-layout';

/* The pieces IntervalMarks draws a value with. */

/** A label's lines as SVG text (text-fit.ts wrapped them): `y` is the top of the first line. */
export function LabelLines({ lines, x, y, className = 'mark__label', anchor = 'start' }: { lines: Line[]; x: number; y: number; className?: string; anchor?: 'start' | 'end' }) {
  return (
    <text x={x} y={y + 11} className={className} fill="var(--ink)" textAnchor={anchor}>
      {lines.map((l, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : LINE}>
          {l.runs.map((r, j) => (
            <tspan key={j} fontWeight={r.bold ? 600 : undefined} fill={r.colour ?? (r.muted ? 'var(--muted)' : undefined)}>
              {r.text}
            </tspan>
          ))}
        </tspan>
      ))}
    </text>
  );
}

/** A value's hit area: its mark and its label, so a click or tap on either opens the sentence. */
export function HitRect({ boxes }: { boxes: { left: number; top: number; right: number; bottom: number }[] }) {
  const x0 = Math.min(...boxes.map((b) => b.left)) - 4;
  const y0 = Math.min(...boxes.map((b) => b.top)) - 3;
  const x1 = Math.max(...boxes.map((b) => b.right)) + 4;
  const y1 = Math.max(...boxes.map((b) => b.bottom)) + 3;
  return <rect className="mark__hit" x={x0} y={y0} width={x1 - x0} height={y1 - y0} fill="transparent" />;
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
