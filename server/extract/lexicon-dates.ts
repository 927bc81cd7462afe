import { dict } from './util';
/** Month names and abbreviations (lower-case) to month number 1..12. */
export const MONTHS: Record<string, number> = dict({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
});

/** A month only when capitalised: "May" the month, "may" the verb; "March" vs "march". */
export function monthOf(raw: string): number | null {
  const c = raw.charAt(0);
  if (c !== c.toUpperCase() || c === c.toLowerCase()) return null;
  return MONTHS[raw.toLowerCase()] ?? null;
}

export const WEEKDAYS: Record<string, number> = dict({
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
});

/** Words after which a four-digit number is a year: "in 2022", "since 2014", "mid-2022". */
export const YEAR_LEADS = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'during', 'of', 'before', 'after', 'early', 'late', 'mid',
  'year', 'summer', 'winter', 'spring', 'autumn', 'fall', 'through', 'throughout', 'between', 'to', 'and',
  'circa', 'as', 'for', 'fiscal', 'fy', 'the', 'on', 'around', 'into', 'election', 'budget', 'season',
]);

/** Words after a number that make it a time of day. */
export const TIME_WORDS = new Set(['am', 'pm', 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'hrs', 'o’clock', "o'clock", 'local', 'moscow', 'kyiv']);

/** Words before a bare integer that make it a name or a label: "Article 5", "Flight 370". */
export const DESIGNATORS = new Set([
  'article', 'articles', 'section', 'chapter', 'flight', 'route', 'highway', 'interstate', 'level', 'category',
  'phase', 'stage', 'round', 'room', 'gate', 'platform', 'page', 'pages', 'p', 'pp', 'vol', 'volume', 'no', 'nos',
  'model', 'version', 'v', 'series', 'type', 'class', 'mark', 'mk', 'block', 'grade', 'district', 'precinct',
  'ward', 'unit', 'apollo', 'formula', 'covid', 'resolution', 'clause', 'paragraph', 'rule', 'amendment',
  'episode', 'season', 'part', 'figure', 'fig', 'table', 'exhibit', 'lane', 'bus', 'channel', 'division',
  'league', 'rank', 'ranked', 'ranks', 'tier', 'zone', 'sector', 'square', 'street', 'avenue', 'road', 'pier',
  'terminal', 'hangar', 'battalion', 'brigade', 'regiment', 'corps', 'squadron', 'fleet', 'army',
  'game', 'match', 'act', 'scene', 'verse', 'psalm', 'item', 'option', 'question', 'q', 'task',
  'number', 'seed', 'jersey', 'shirt', 'bay', 'berth', 'camp', 'sol', 'generation', 'gen', 'windows', 'iphone',
  'galaxy', 'boeing', 'airbus', 'ps', 'xbox', 'pixel', 'leopard', 'challenger', 'abrams', 'patriot', 'iris',
  'cup', 'top', 'mig', 'su', 'yak', 'kh', 'bm',
]);
