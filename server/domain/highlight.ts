/** Splitting an article into runs of plain text and highlighted figures, for the source page. */
export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  start: number;
  /** The claim whose figure this run is, if any. */
  markId: string | null;
  /** Whether this run lies inside the selected claim's quote. */
  inQuote: boolean;
  /** Whether this run is scraped page furniture (icon lists, share bars) rather than the article. */
  furniture: boolean;
}

/** Figures that overlap an earlier (or longer) one are left unmarked; marks never nest. */
export function chooseMarks(spans: Span[], textLength: number): Span[] {
  const sorted = [...spans]
    .filter((s) => s.start >= 0 && s.end <= textLength && s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) if (!out.length || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}

export function segmentText(
  text: string,
  spans: Span[],
  quote: { start: number; end: number } | null,
  furniture: Array<[number, number]> = [],
): Segment[] {
  const marks = chooseMarks(spans, text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  for (const [a, b] of furniture) cuts.add(Math.max(0, a)).add(Math.min(text.length, b));
  if (quote) cuts.add(Math.max(0, quote.start)).add(Math.min(text.length, quote.end));
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  let mi = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    while (mi < marks.length && marks[mi].end <= a) mi++;
    const mark = mi < marks.length && marks[mi].start <= a && marks[mi].end >= b ? marks[mi] : null;
    const inFurniture = !mark && furniture.some(([fa, fb]) => a >= fa && b <= fb);
    segments.push({ text: text.slice(a, b), start: a, markId: mark?.id ?? null, inQuote: !!quote && a >= quote.start && b <= quote.end, furniture: inFurniture });
  }
  return segments;
}
