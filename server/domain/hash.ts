import { createHash } from 'node:crypto';

/** A source's identity for duplicate detection: the SHA-256 of its text as stored. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
