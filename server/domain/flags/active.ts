import type { Claim } from '../schemas';

/** Claims that count: a pending, rejected or superseded claim is kept but never flagged. */
export function isActive(c: Pick<Claim, 'review'>): boolean {
  return c.review === 'reviewed' || c.review === 'auto';
}
