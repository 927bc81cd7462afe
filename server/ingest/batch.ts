import { z } from 'zod';
import { IngestInput } from './input';
import { IngestResult } from './result';
import { rawInputProblem } from '../trpc/raw-input';

/**
 * Articles one POST /api/v1/sources/batch may hold. Each counts as one write against the write
 * limit (server/http/guard.ts), so a batch is never a way round it: 50 fit in one burst of 60.
 */
export const MAX_BATCH_ARTICLES = 50;

// Each article is read on its own (checkArticle), so that one bad article is refused alone; the
// schema here only says what one looks like, for the OpenAPI document.
const { $schema: _, ...articleSchema } = z.toJSONSchema(IngestInput, { io: 'input', unrepresentable: 'any' });

export const BatchInput = z.object({
  articles: z
    .array(z.unknown().meta({ override: articleSchema as Record<string, unknown> }), {
      error: 'articles must be a list: {"articles": [{"text", "outlet", "title", "url"?, "published"?}, …]}',
    })
    .min(1, 'articles is empty: send at least one article')
    .max(MAX_BATCH_ARTICLES, `a batch holds at most ${MAX_BATCH_ARTICLES} articles; send the rest in further batches`),
});

export const BatchStatus = z.enum(['stored', 'duplicate', 'refused']);
export type BatchStatus = z.infer<typeof BatchStatus>;

/** What became of one article of a batch, at its index in the input. */
export const BatchItem = z.object({
  index: z.number().int(),
  status: BatchStatus,
  /** Why it was refused; nothing of it was written. */
  reason: z.string().optional(),
  /** What was stored, or what was already stored for a duplicate. */
  result: IngestResult.optional(),
});
export type BatchItem = z.infer<typeof BatchItem>;
export const BatchResult = z.array(BatchItem);

/**
 * One article as any other way in would check it — what no text may hold (NUL, broken
 * characters, absurd nesting), then its schema — with every problem said, field by field.
 */
export function checkArticle(raw: unknown): { input: IngestInput } | { reason: string } {
  const problem = rawInputProblem(raw);
  if (problem) return { reason: problem };
  const parsed = IngestInput.safeParse(raw);
  if (!parsed.success) return { reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'article'}: ${i.message}`).join('; ') };
  return { input: parsed.data };
}
