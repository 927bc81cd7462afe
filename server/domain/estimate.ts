import type { DateEstimate, Measure } from './schemas';
import type { NewClaim } from './new-claim';
import { durationWindow, estimateFromDurations, formatDate, type DurationWindow } from './dates';

/** An undated page's publication date, from the durations-since-a-date it states. */
export function estimatePublished(claims: Pick<NewClaim, 'measureId' | 'value' | 'stance' | 'asOf'>[], measures: Map<string, Measure>): DateEstimate | null {
  const windows: DurationWindow[] = [];
  let reference: string | null = null;
  for (const c of claims) {
    const m = measures.get(c.measureId);
    // A duration with its own as-of date speaks of that date, not of the page's.
    if (!m || m.kind !== 'duration' || !m.referenceDate || c.stance !== 'asserts' || c.asOf) continue;
    const w = durationWindow(c.value, m.referenceDate, m.tolerance);
    if (w) {
      windows.push(w);
      reference ??= m.referenceDate;
    }
  }
  return reference ? estimateFromDurations(windows, `the start of the invasion (${formatDate(reference)})`) : null;
}
