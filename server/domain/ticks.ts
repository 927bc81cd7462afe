/**
 * Round tick values across the domain, about `count` of them, always including both ends when
 * they are round (the series builders make the top of the domain a "nice" number already).
 * Shared by the dashboard's Recharts axes and the embed's SVG, so both mark the same values.
 */
export function ticks([lo, hi]: [number, number], count: number): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / Math.max(1, count);
  const exp = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * exp).find((s) => s >= raw) ?? 10 * exp;
  const out: number[] = [];
  const first = Math.ceil(lo / step) * step;
  for (let v = first; v <= hi + step * 1e-9; v += step) out.push(Math.round(v / step) * step);
  return out;
}
