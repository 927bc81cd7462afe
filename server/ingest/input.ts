import { z } from 'zod';
import { InputDate } from '../domain/schemas';
import { RowEdits } from './edit-schema';

export const MAX_TEXT_BYTES = 1_000_000;

const required = (field: string) => ({
  error: (iss: { input?: unknown }) => (iss.input === undefined || iss.input === null ? `${field} is required` : `${field} must be text`),
});

// Tags an article's page source has and its plain text does not.
const HTML_TAG = /<\s*\/?\s*(html|head|body|p|div|span|a|br|script|style|article|section|h[1-6]|ul|ol|li|table|tr|td|img|meta|link|strong|em|b|i)\b[^<>]*>/i;
// NUL and other C0 controls (tab, newline and carriage return aside), and U+FFFD, which is what
// invalid UTF-8 turns into when it is decoded.
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

/** The article text: plain UTF-8, not empty, at most 1 MB, no markup. Each failure says which. */
export const ArticleText = z.string(required('text')).superRefine((text, ctx) => {
  const bytes = new TextEncoder().encode(text).length;
  if (text.trim().length === 0) ctx.addIssue({ code: 'custom', message: 'text is empty: paste the article’s text' });
  else if (bytes > MAX_TEXT_BYTES) ctx.addIssue({ code: 'custom', message: `text is ${(bytes / 1e6).toFixed(2)} MB; Tally takes at most 1 MB of text per article` });
  else if (BINARY.test(text)) ctx.addIssue({ code: 'custom', message: 'text contains binary data or invalid UTF-8; Tally takes plain UTF-8 text' });
  else {
    const tag = text.match(HTML_TAG);
    if (tag) ctx.addIssue({ code: 'custom', message: `text contains HTML markup (${tag[0].slice(0, 40)}); Tally takes plain text — paste the article’s words, not its page source` });
  }
});

const Outlet = z.string(required('outlet')).trim().min(1, 'outlet is required').max(200, 'outlet is too long (200 characters at most)');
const Title = z.string(required('title')).trim().min(1, 'title is required').max(500, 'title is too long (500 characters at most)');

/** What a person gives to ingest an article, from the page, the CLI or HTTP. */
export const IngestInput = z.object({
  text: ArticleText,
  outlet: Outlet,
  title: Title,
  url: z
    .url({ protocol: /^https?$/, error: 'url must be an absolute http(s) URL' })
    .max(2000)
    .nullish()
    .or(z.literal('').transform(() => null)),
  published: InputDate.nullish().or(z.literal('').transform(() => null)),
});
export type IngestInput = z.infer<typeof IngestInput>;

// Each check runs even when another field failed (`when`), so a body missing several fields hears of each, as before.
const always = { when: (p: { value: unknown }) => typeof p.value === 'object' && p.value !== null };
const absent = (v: unknown, k: string) => (v as Record<string, unknown>)[k] == null;
const byUrl = (v: unknown) => absent(v, 'text') && !absent(v, 'url');

/** The preview, with a person's edits to its rows (./edit-schema) when they made some. */
export const PreviewInput = IngestInput.extend({ edits: RowEdits.optional() });
export type PreviewInput = z.infer<typeof PreviewInput>;

/**
 * POST /api/v1/sources: an article's text with its outlet and title, exactly as IngestInput; or
 * a `url` alone (outlet, title and published optional), whose page Tally fetches and reads. `edits`: the preview's rows as a person corrected them.
 */
export const SourceInput = IngestInput.extend({ text: ArticleText.optional(), outlet: Outlet.optional(), title: Title.optional(), edits: RowEdits.optional() })
  .refine((v) => !absent(v, 'text') || byUrl(v), { ...always, path: ['text'], message: 'text is required (or send url alone, and Tally fetches the page)' })
  .refine((v) => byUrl(v) || !absent(v, 'outlet'), { ...always, path: ['outlet'], message: 'outlet is required' })
  .refine((v) => byUrl(v) || !absent(v, 'title'), { ...always, path: ['title'], message: 'title is required' });
export type SourceInput = z.infer<typeof SourceInput>;

/** The file form the CLI reads: `Key: value` header lines, a blank line, then the body. */
export function parseArticleFile(raw: Buffer): { fields: Record<string, string>; body: string } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw new Error('the file is not valid UTF-8 text');
  }
  const normal = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const split = normal.indexOf('\n\n');
  if (split < 0) throw new Error('no blank line after the header: the file starts with Outlet:, Title:, URL:, Published: lines, then a blank line, then the text');
  const fields: Record<string, string> = {};
  for (const line of normal.slice(0, split).split('\n')) {
    const m = line.match(/^([A-Za-z]+):\s*(.*)$/);
    if (!m) throw new Error(`header line is not "Key: value": ${JSON.stringify(line.slice(0, 60))}`);
    fields[m[1].toLowerCase()] = m[2].trim();
  }
  const known = new Set(['outlet', 'title', 'url', 'published']);
  const unknown = Object.keys(fields).filter((k) => !known.has(k));
  if (unknown.length) throw new Error(`unknown header key(s): ${unknown.join(', ')} (expected Outlet, Title, URL, Published)`);
  return { fields, body: normal.slice(split + 2) };
}
