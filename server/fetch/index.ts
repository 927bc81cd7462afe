import { env } from '../env';
import { FetchError, InputError } from '../domain/errors';
import { IngestInput, type SourceInput } from '../ingest/input';
import { extractArticle } from './article';
import { fetchPage, type FetchLimits } from './http';
import { PageUrl, type FetchedArticle } from './schema';

/** Pages larger than this (decompressed) are refused: a long article's page is well under 2 MB. */
export const MAX_PAGE_BYTES = 5_000_000;
export const MAX_REDIRECTS = 5;

export function fetchLimits(): FetchLimits {
  const e = env();
  return { allow: e.TALLY_FETCH_ALLOW, timeoutMs: e.TALLY_FETCH_TIMEOUT_MS, maxBytes: MAX_PAGE_BYTES, maxRedirects: MAX_REDIRECTS };
}

/** The article at a link, with its outlet, title and date, for a person to confirm. The fetch stage's one entry. */
export async function fetchArticle(url: string, limits: FetchLimits = fetchLimits()): Promise<FetchedArticle> {
  const parsed = PageUrl.safeParse(url);
  if (!parsed.success) throw new InputError(parsed.error.issues[0].message);
  const page = await fetchPage(new URL(parsed.data), limits);
  return extractArticle(page.html, page.url);
}

/**
 * What POST /api/v1/sources stores: the input as given when it carries the text; for a `url`
 * alone, the fetched article, with any outlet, title or date the caller gave taking precedence,
 * checked by the same schema as pasted text.
 */
export async function ingestInputOf(input: SourceInput, limits?: FetchLimits): Promise<IngestInput> {
  if (input.text !== undefined) return input as IngestInput;
  if (!input.url) throw new InputError('text is required (or send url alone, and Tally fetches the page)');
  const a = await fetchArticle(input.url, limits);
  const r = IngestInput.safeParse({ text: a.text, outlet: input.outlet ?? a.outlet, title: input.title ?? a.title, url: a.url, published: input.published ?? a.published });
  if (!r.success) {
    const i = r.error.issues[0];
    throw new FetchError('no-article', `the article read from ${a.url} cannot be stored: ${i.path.join('.')}: ${i.message}`);
  }
  return r.data;
}
