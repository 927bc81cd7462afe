import type { Db } from './client';
import { ingestArticle, type PhaseTimes } from './ingest';
import { checkArticle, type BatchItem } from '../ingest/batch';
import type { IngestInput } from '../ingest/input';
import { InputError } from '../domain/errors';

/**
 * One article of many, in its own transaction: stored, a duplicate of a text already stored, or
 * refused for what is wrong with it (nothing of it written). Anything else — the database gone,
 * a fault of ours — is thrown: what came before stays stored, and sending the batch again is safe
 * (what was stored comes back as duplicates).
 */
export async function ingestOne(db: Db, index: number, input: IngestInput, times?: PhaseTimes): Promise<BatchItem> {
  try {
    const result = await ingestArticle(db, input, times);
    return { index, status: result.duplicate ? 'duplicate' : 'stored', result };
  } catch (e) {
    if (e instanceof InputError) return { index, status: 'refused', reason: e.message };
    throw e;
  }
}

/** Many articles, each checked and stored on its own, in order: one answer per article, at its index. */
export async function ingestBatch(db: Db, articles: unknown[]): Promise<BatchItem[]> {
  const out: BatchItem[] = [];
  for (const [index, raw] of articles.entries()) {
    const checked = checkArticle(raw);
    out.push('reason' in checked ? { index, status: 'refused', reason: checked.reason } : await ingestOne(db, index, checked.input));
  }
  return out;
}
