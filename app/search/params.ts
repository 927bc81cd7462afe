import { SearchInput, type SearchItem, type SearchPage, type SearchQuery } from '@/server/domain/search';

/**
 * The search page's whole state is its URL: these parameters, read the same way on the server
 * (to prefetch) and in the browser (to fill the form), so both ask for the same query key.
 */
export const SEARCH_KEYS = ['q', 'from', 'to', 'outlet', 'speaker', 'kind', 'type'] as const;
export type SearchKey = (typeof SEARCH_KEYS)[number];
export type SearchParams = Partial<Record<SearchKey, string>>;

type RawParams = Record<string, string | string[] | undefined>;

/** The URL's parameters, first value of each, trimmed; empty ones (a form sent without JS) left out. */
export function readParams(raw: RawParams): SearchParams {
  const out: SearchParams = {};
  for (const k of SEARCH_KEYS) {
    const v = raw[k];
    const s = (Array.isArray(v) ? v[0] : v)?.trim();
    if (s) out[k] = s;
  }
  return out;
}

/** `/search?…` for these parameters, in a fixed order so equal searches share one URL. */
export function searchHref(p: SearchParams): string {
  const qs = new URLSearchParams();
  for (const k of SEARCH_KEYS) if (p[k]) qs.set(k, p[k]);
  const s = qs.toString();
  return s ? `/search?${s}` : '/search';
}

export const FILTER_KEYS = ['from', 'to', 'outlet', 'speaker', 'kind'] as const satisfies readonly SearchKey[];

export type SearchState =
  | { status: 'idle' }
  | { status: 'invalid'; issues: { field: string; message: string }[] }
  | { status: 'ready'; input: SearchQuery };

/**
 * What the page does with these parameters: nothing asked yet, refuse them with the schema's own
 * messages (the ones the API answers with a 400), or search.
 */
export function searchState(p: SearchParams): SearchState {
  if (!p.q && FILTER_KEYS.every((k) => !p[k])) return { status: 'idle' };
  const parsed = SearchInput.safeParse(p);
  if (!parsed.success) return { status: 'invalid', issues: parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? 'q'), message: i.message })) };
  return { status: 'ready', input: parsed.data };
}

/**
 * Over HTTP the procedure answers a bare array (its Link header carries the cursor); over tRPC,
 * which is all the page uses, always the page object.
 */
export function asSearchPage(p: SearchPage | SearchItem[]): SearchPage {
  if (Array.isArray(p)) throw new Error('search answered the HTTP shape over tRPC');
  return p;
}

/** The infinite query's next page: the server's cursor, or none (null ends "Load more"). */
export const nextSearchCursor = (last: SearchPage | SearchItem[]): string | null => asSearchPage(last).nextCursor;
