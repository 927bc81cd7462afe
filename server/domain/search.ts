import { z } from 'zod';
import { FlagKind, InputDate } from './schemas';
import { InputError } from './errors';

/** One search over measures, topics, sources and figures (claims): the input is the URL's parameters. */
export const SEARCH_TYPES = ['claim', 'measure', 'topic', 'source'] as const;
export const SearchType = z.enum(SEARCH_TYPES);
export type SearchType = z.infer<typeof SearchType>;
export const MAX_SEARCH_PAGE = 100;
export const SEARCH_PAGE = 20;
/** With words, each type's most recent matches that are ranked and paged (server/db/search-sql.ts). */
export const SEARCH_CANDIDATES = 500;
/** Counts stop here: past it a count is said as "1,000+". */
export const SEARCH_COUNT_CAP = 1000;

const Words = (what: string) => z.string().trim().min(1, `${what} is empty`).max(200, `${what} is at most 200 characters`);

export const SearchInput = z
  .object({
    q: z.string().trim().max(200, 'q is at most 200 characters').default(''),
    /** Figures dated (as-of, else their source's date) on or after this day. */
    from: InputDate.optional(),
    to: InputDate.optional(),
    outlet: Words('outlet').optional(),
    speaker: Words('speaker').optional(),
    kind: FlagKind.optional(),
    type: SearchType.optional(),
    limit: z.coerce.number().int().min(1, 'limit is at least 1').max(MAX_SEARCH_PAGE, `limit is at most ${MAX_SEARCH_PAGE}`).default(SEARCH_PAGE),
    cursor: z.string().min(1).max(400).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: `to (${v.to}) is before from (${v.from})` });
    const filtered = Boolean(v.from || v.to || v.outlet || v.speaker || v.kind);
    if (!v.q && !filtered) ctx.addIssue({ code: 'custom', path: ['q'], message: 'type some words, or choose a date, outlet, speaker or flag kind' });
    if (!v.q && v.type && v.type !== 'claim') ctx.addIssue({ code: 'custom', path: ['type'], message: 'without words only figures are listed: add words or leave type out' });
  });
export type SearchInput = z.input<typeof SearchInput>;
export type SearchQuery = z.output<typeof SearchInput>;

const Base = {
  id: z.string(),
  title: z.string(),
  /** The title as HTML: escaped, the matching words in <mark>. */
  titleHtml: z.string(),
  /** A passage as HTML: escaped, the matching words in <mark>. */
  snippet: z.string(),
  /** The page it leads to; a figure leads to its sentence in its source. */
  link: z.string(),
  /** Relevance (0 when only filters were given), then the date orders the results. */
  rank: z.number(),
  date: z.string().nullable(),
  /** The date as the site says it ("2022" for "last year", "unknown, estimated …"); `date` stays the day it sorts by. */
  dateText: z.string().nullable().optional(),
};
export const SearchItem = z.discriminatedUnion('type', [
  z.object({ type: z.literal('claim'), ...Base, valueText: z.string(), outlet: z.string(), speaker: z.string().nullable(), measureId: z.string(), measureTitle: z.string(), sourceId: z.string(), sourceTitle: z.string() }),
  z.object({ type: z.literal('measure'), ...Base, topicId: z.string(), topicTitle: z.string().nullable() }),
  z.object({ type: z.literal('topic'), ...Base }),
  z.object({ type: z.literal('source'), ...Base, outlet: z.string(), wire: z.string().nullable() }),
]);
export type SearchItem = z.infer<typeof SearchItem>;

export const SearchPage = z.object({
  items: z.array(SearchItem),
  nextCursor: z.string().nullable(),
  /** How many results the whole search holds (of `type`, when given). */
  total: z.number().int(),
  /** How many of each type match, whatever `type` says: the page's tabs. */
  byType: z.object({ claim: z.number().int(), measure: z.number().int(), topic: z.number().int(), source: z.number().int() }),
  /**
   * The types whose count stopped at the cap (1,000): at least that many match, and `total` is a
   * floor. With words, each type's most recent 500 matches are the ones ranked and paged; dates
   * or more words reach the rest.
   */
  capped: z.array(SearchType),
});
export type SearchPage = z.infer<typeof SearchPage>;

/**
 * Keyset cursor: the last item's sort key (rank in millionths, date, type:id), so a page starts
 * right after it even when articles were added in between, with no rows skipped to get there.
 */
export const CursorKey = z.tuple([z.number().int().min(0), z.string().max(10), z.string().min(3).max(260)]);
export type CursorKey = z.infer<typeof CursorKey>;

export const encodeCursor = (k: CursorKey) => Buffer.from(JSON.stringify(k), 'utf8').toString('base64url');

export function decodeCursor(cursor: string): CursorKey {
  const bad = new InputError('cursor is not one Tally gave: pass the nextCursor of the previous page');
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw bad;
  try {
    return CursorKey.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw bad;
  }
}
