/**
 * Ticks for a time axis at a step that suits its span — days, weeks, months, quarters or years —
 * so a fortnight and a decade both read in dates, with at most `max` ticks.
 */
export type TimeStep = 'day' | 'week' | 'month' | 'quarter' | 'year';

const DAY = 86_400_000;
const STEPS: { step: TimeStep; ms: number }[] = [
  { step: 'day', ms: DAY },
  { step: 'week', ms: 7 * DAY },
  { step: 'month', ms: 30.44 * DAY },
  { step: 'quarter', ms: 91.3 * DAY },
  { step: 'year', ms: 365.25 * DAY },
];

function advance(d: Date, step: TimeStep, n: number): void {
  if (step === 'day') d.setUTCDate(d.getUTCDate() + n);
  else if (step === 'week') d.setUTCDate(d.getUTCDate() + 7 * n);
  else if (step === 'month') d.setUTCMonth(d.getUTCMonth() + n);
  else if (step === 'quarter') d.setUTCMonth(d.getUTCMonth() + 3 * n);
  else d.setUTCFullYear(d.getUTCFullYear() + n);
}

/** The first boundary of `step` at or after `from` (midnight, the 1st, a quarter's or year's start). */
function firstBoundary(from: number, step: TimeStep): Date {
  const d = new Date(from);
  d.setUTCHours(0, 0, 0, 0);
  if (step === 'week') d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7)); // Mondays
  if (step === 'month' || step === 'quarter' || step === 'year') d.setUTCDate(1);
  if (step === 'quarter') d.setUTCMonth(Math.floor(d.getUTCMonth() / 3) * 3);
  if (step === 'year') d.setUTCMonth(0);
  while (d.getTime() < from) advance(d, step, 1);
  return d;
}

export function timeTicks([from, to]: [number, number], max: number): { ticks: number[]; step: TimeStep } {
  const span = Math.max(to - from, DAY);
  for (const { step, ms } of STEPS) {
    // Every nth boundary of the step, so a span of 40 days in days gives ticks a week or so apart.
    for (const every of [1, 2, 3, 5, 10, 20, 50]) {
      if (span / (ms * every) > max) continue;
      const ticks: number[] = [];
      for (const d = firstBoundary(from, step); d.getTime() <= to; advance(d, step, every)) ticks.push(d.getTime());
      if (ticks.length > 0 || step === 'year') return { ticks, step };
    }
  }
  return { ticks: [], step: 'year' };
}

export function timeTickLabel(ms: number, step: TimeStep): string {
  const d = new Date(ms);
  if (step === 'year') return String(d.getUTCFullYear());
  if (step === 'month' || step === 'quarter') return d.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}
