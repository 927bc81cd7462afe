import { resolveAsOf } from '../dates';
import { splitSentences } from '../text/sentences';

/*
 * When the article says its event began: "the fire broke out on July 27", "the strike, which
 * began on March 6", "since crews walked out on 6 March". A duration of that event ("the 40-day
 * strike") is then judged against the calendar from that day.
 */
const STARTS = /\b(?:began|begun|started|broke out|erupted|was sparked|were sparked|sparked|ignited|walked out|walked off|was declared|were declared|declared|struck|collapsed|was first reported|were first reported|was detected|first detected)\b/gi;

/** The stated start of the article's event (YYYY-MM-DD), or null when it states none. */
export function statedStart(text: string, published: string | null, eventWords: Set<string>): string | null {
  for (const s of splitSentences(text)) {
    for (const m of s.text.matchAll(STARTS)) {
      // The event is what began: its word (or "it") stands just before the verb ("the strike,
      // which began", "the fire broke out"), not somewhere else in the sentence ("the inquiry began").
      const before = s.text.slice(Math.max(0, m.index - 40), m.index).toLowerCase().match(/[\p{L}]+/gu) ?? [];
      if (!before.slice(-4).some((w) => eventWords.has(w) || w === 'it')) continue;
      const at = s.start + m.index;
      const when = resolveAsOf(text, { start: at, end: at + m[0].length }, published);
      // The page's own date is what resolution falls back to when the sentence names no day.
      if (when.asOf !== null && when.asOf !== published) return when.asOf;
    }
  }
  return null;
}
