import type { Speaker } from './schemas';
import { speakerLabel } from './attribution';

/*
 * What a plotted value says on the chart itself, at every width (issue 10, item 2):
 * "more than 400 · John Kirby, White House · Press Association, 15 May 2023". The value first, in
 * bold; then who said it and who printed it when, so a phone reads it without a tooltip. The site's
 * charts and the embed word it alike from these fields of a point (server/domain/series.ts).
 */

/** "John Kirby, White House": a name with the organisation it speaks for; unnamed, the role as one phrase. */
export function bylineOf(s: Speaker | null): string | null {
  if (!s) return null;
  if (s.name) return s.organisation && !s.name.includes(s.organisation) ? `${s.name}, ${s.organisation}` : s.name;
  return speakerLabel(s);
}

/** Who printed it: the outlet, or, for one origin reprinted, the first outlet and how many more. */
export function reportedByOf(outlets: string[]): string {
  if (outlets.length <= 1) return outlets[0] ?? '';
  const more = outlets.length - 1;
  return `${outlets[0]} and ${more} other outlet${more === 1 ? '' : 's'}`;
}

export interface LabelFields {
  stance: 'asserts' | 'denies';
  valueText: string;
  byline: string | null;
  reportedBy: string;
  /** The date the value speaks of, as a row label prints it. */
  dateShort: string;
  review: string;
  flagKinds: readonly string[];
}

export interface ChartLabel {
  /** "more than 400", or a denial's whole clause: "Denied: “but not since”". */
  value: string;
  /** "John Kirby, White House · Press Association, 15 May 2023". */
  rest: string;
  /** " ⚑" when a flag names it, " · not reviewed" when no person has checked it. */
  marks: string;
}

export function chartLabel(p: LabelFields): ChartLabel {
  const value = p.stance === 'denies' ? `Denied: “${p.valueText}”` : p.valueText;
  const rest = [p.byline, [p.reportedBy, p.dateShort].filter(Boolean).join(', ')].filter(Boolean).join(' · ');
  const marks = `${p.flagKinds.length > 0 ? ' ⚑' : ''}${p.review === 'auto' ? ' · not reviewed' : ''}`;
  return { value, rest, marks };
}

/** The label as one line of text: what a test, a table or a screen reader compares. */
export const chartLabelText = (l: ChartLabel) => [l.value, l.rest].filter(Boolean).join(' · ') + l.marks;
