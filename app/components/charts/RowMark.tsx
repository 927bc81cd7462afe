'use client';
import type { IntervalPoint } from '@/server/domain/series';
import { OPEN_END_ARROW, UNREVIEWED_OPACITY } from '@/server/domain/meaning';
import { DenialSign, HitRect, LabelLines, OpenEnd } from './mark-parts';
import { LINE, type RowLayout } from './row-layout';
import { widest } from './text-fit';

const THICK = 10;

interface Props {
  p: IntervalPoint;
  /** The mark's centre line. */
  c: number;
  /** Screen x of the value's low and high bounds, and of its best estimate. */
  a: number;
  b: number;
  best?: number;
  colour: string;
  fade: string;
  rows: RowLayout;
  /** The plot's left edge: where a denial's sign goes, off the value axis. */
  x0: number;
}

/** One row of a row chart: its label (and name, on a phone) right above its mark. */
export function RowMark({ p, c, a, b, best, colour, fade, rows, x0 }: Props) {
  const text = rows.rows.get(p.claimId) ?? { name: [], label: [] };
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const exact = p.low === p.high && !p.lowOpen && !p.highOpen;
  const vague = p.qualifier === 'vague';
  const denial = p.stance === 'denies';
  const openHigh = p.highOpen && !p.lowOpen;
  const openLow = p.lowOpen && !p.highOpen;
  const markLeft = denial ? x0 + 1 : openLow ? hi - OPEN_END_ARROW : lo - (exact ? 7 : 2);
  const markRight = denial ? x0 + 15 : openHigh ? lo + OPEN_END_ARROW : hi + (exact ? 7 : 2);
  // The label starts where the value does, moved left as far as it must to end inside the chart.
  const w = widest(text.label);
  // A label of several lines reads as a block from the row's start.
  const labelX = text.label.length > 1 ? rows.labelLeft : Math.max(rows.labelLeft, Math.min(denial ? x0 : markLeft, rows.labelRight - w));
  const labelTop = c - 13 - text.label.length * LINE;
  const names = rows.nameWidth ? [] : text.name;
  const nameTop = labelTop - names.length * LINE;
  const opacity = p.review === 'auto' ? UNREVIEWED_OPACITY : 1;
  const y = c - THICK / 2;
  return (
    <>
      <HitRect
        boxes={[
          { left: labelX, top: labelTop, right: labelX + w, bottom: c - 12 },
          { left: markLeft, top: c - 10, right: markRight, bottom: c + 10 },
          ...(names.length ? [{ left: rows.labelLeft, top: nameTop, right: rows.labelLeft + widest(names), bottom: labelTop }] : []),
        ]}
      />
      {denial ? (
        <DenialSign x={x0 + 8} y={c} colour={colour} />
      ) : (
        <g opacity={opacity}>
          {exact ? (
            <circle cx={a} cy={c} r={6.5} fill={colour} stroke="var(--paper)" strokeWidth={1.5} />
          ) : openHigh || openLow ? (
            <OpenEnd horizontal c={c} from={openLow ? hi : lo} dir={openHigh ? 1 : -1} colour={colour} fade={fade} />
          ) : vague ? (
            <rect className="mark__vague" x={lo} y={y} width={Math.max(hi - lo, 2)} height={THICK} rx={THICK / 2} fill={colour} fillOpacity={0.18} stroke={colour} strokeDasharray="4 3" strokeWidth={1.2} />
          ) : (
            <>
              <rect x={lo} y={y} width={Math.max(hi - lo, 2)} height={THICK} rx={THICK / 2} fill={p.highOpen ? fade : colour} />
              {!p.lowOpen && <rect x={lo - 1.5} y={c - 9} width={3} height={18} fill={colour} />}
              {!p.highOpen && <rect x={hi - 1.5} y={c - 9} width={3} height={18} fill={colour} />}
            </>
          )}
          {best !== undefined && !exact && !vague && !openHigh && !openLow && <circle cx={best} cy={c} r={4} fill="var(--paper)" stroke={colour} strokeWidth={2} />}
        </g>
      )}
      {names.length > 0 && <LabelLines lines={names} x={rows.labelLeft} y={nameTop} className="mark__name" />}
      <LabelLines lines={text.label} x={labelX} y={labelTop} />
    </>
  );
}
