import { z } from 'zod';

/** A link to fetch: an absolute http(s) URL of at most 2,000 characters. */
export const PageUrl = z
  .string({ error: (iss) => (iss.input === undefined || iss.input === null ? 'url is required' : 'url must be text') })
  .trim()
  .max(2000, 'url is too long (2,000 characters at most)')
  .pipe(z.url({ protocol: /^https?$/, error: 'url must be an absolute http(s) URL, such as https://example.com/news/story' }));

export const FetchInput = z.object({ url: PageUrl });
export type FetchInput = z.infer<typeof FetchInput>;

/** An article read from a page, for a person to check before it is previewed and stored. */
export const FetchedArticle = z.object({
  /** Where it was read, after redirects: the URL stored with the source. */
  url: z.string(),
  outlet: z.string(),
  /** "page" when the page names its site (og:site_name, JSON-LD), "address" when only its host name was there to go on. */
  outletFrom: z.enum(['page', 'address']),
  title: z.string(),
  published: z.string().nullable(),
  /** Where the date came from; null when the page gives none (Tally then estimates it from the text). */
  publishedFrom: z.enum(['json-ld', 'meta', 'page']).nullable(),
  byline: z.string().nullable(),
  /** Paragraphs separated by blank lines; navigation, ads, related stories and comments left out. */
  text: z.string(),
});
export type FetchedArticle = z.infer<typeof FetchedArticle>;
