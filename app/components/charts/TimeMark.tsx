'use client';
import type { IntervalPoint } from '@/server/domain/series';
import { OPEN_END_ARROW, UNREVIEWED_OPACITY } from '@/server/domain/meaning';
import { DenialSign, HitRect, LabelLines, OpenEnd } from './mark-parts';
import { LINE } from './row-layout';
import type { PlacedLabel } from './time-layout';
import { widest } from './text-fit';

const THICK = 10;

interface Props {
  p: IntervalPoint;
  /** The value's date on screen. */
  c: number;
  /** Screen y of its low and high bounds (low further down), and of its best estimate. */
  a: number;
  b: number;
  best?: number;
  colour: string;
  fade: string;
  /** The denials' row under the date axis: where a denial's sign goes. */
  foot: number;
  /** Its label where time-layout.ts placed it; null: none (a crowded axis). */
  label: PlacedLabel | null;
}

/**
 * A thin line from a mark to its label when the label had to move away from it (a crowded axis on
 * a phone), so the label still reads as this value's.
 */
function Leader({ mark, label }: { mark: { x: number; top: number; bottom: number }; label: { left: number; top: number; right: number; bottom: number } | undefined }) {
  if (!label) return null;
  const lx = Math.min(Math.max(mark.x, label.left), label.right);
  const ly = Math.min(Math.max((mark.top + mark.bottom) / 2, label.top), label.bottom);
  const my = Math.min(Math.max(ly, mark.top), mark.bottom);
  if (Math.hypot(lx - mark.x, ly - my) < 24) return null;
  return <line className="mark__leader" x1={mark.x} y1={my} x2={lx} y2={ly} stroke="var(--muted)" strokeWidth={1} strokeDasharray="2 2" />;
}

/** One value on a time axis: its interval at its date, its label beside it. */
export function TimeMark({ p, c, a, b, best, colour, fade, foot, label }: Props) {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const exact = p.low === p.high && !p.lowOpen && !p.highOpen;
  const vague = p.qualifier === 'vague';
  const openHigh = p.highOpen && !p.lowOpen;
  const openLow = p.lowOpen && !p.highOpen;
  const opacity = p.review === 'auto' ? UNREVIEWED_OPACITY : 1;
  const labelBox = label ? [{ left: label.x, top: label.y, right: label.x + widest(label.lines), bottom: label.y + label.lines.length * LINE }] : [];
  if (p.stance === 'denies') {
    return (
      <>
        <HitRect boxes={[{ left: c - 8, top: foot - 8, right: c + 8, bottom: foot + 8 }, ...labelBox]} />
        <Leader mark={{ x: c, top: foot - 7, bottom: foot + 7 }} label={labelBox[0]} />
        <DenialSign x={c} y={foot} colour={colour} />
        {label && <LabelLines lines={label.lines} x={label.x} y={label.y} />}
      </>
    );
  }
  const top = openHigh ? a - OPEN_END_ARROW : lo;
  const bottom = openLow ? b + OPEN_END_ARROW : hi;
  const x = c - THICK / 2;
  return (
    <>
      <HitRect boxes={[{ left: c - 10, top: top - 4, right: c + 10, bottom: Math.max(bottom + 4, top + 16) }, ...labelBox]} />
      <Leader mark={{ x: c, top, bottom }} label={labelBox[0]} />
      <g opacity={opacity}>
        {exact ? (
          <circle cx={c} cy={a} r={6.5} fill={p.estimated ? 'var(--paper)' : colour} stroke={colour} strokeWidth={2.5} />
        ) : openHigh || openLow ? (
          <OpenEnd horizontal={false} c={c} from={openHigh ? a : b} dir={openHigh ? 1 : -1} colour={colour} fade={fade} />
        ) : vague ? (
          <rect className="mark__vague" x={x} y={lo} width={THICK} height={Math.max(hi - lo, 2)} rx={THICK / 2} fill={colour} fillOpacity={0.18} stroke={colour} strokeDasharray="4 3" strokeWidth={1.2} />
        ) : (
          <rect x={x} y={lo} width={THICK} height={Math.max(hi - lo, 2)} rx={THICK / 2} fill={p.highOpen ? fade : colour} opacity={p.estimated ? 0.55 : 1} />
        )}
        {best !== undefined && !exact && !vague && !openHigh && !openLow && <circle cx={c} cy={best} r={4} fill="var(--paper)" stroke={colour} strokeWidth={2} />}
      </g>
      {label && <LabelLines lines={label.lines} x={label.x} y={label.y} />}
    </>
  );
}
