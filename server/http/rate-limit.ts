/**
 * Token buckets per client and class of request, in this process's memory. A client is the
 * address the connection came from, as scripts/serve.mjs writes it into `x-tally-client` (it
 * overwrites whatever a request sent there); without that front (next dev, tests) every request
 * shares one bucket per class, which only makes the limits stricter.
 */
export type LimitClass = 'write' | 'preview' | 'bad-token' | 'login';

export interface Limit {
  /** Requests a client may make at once before it has to wait. */
  burst: number;
  /** Requests per second the bucket refills with. */
  perSecond: number;
}

/** Documented in the README ("Limits"); the numbers are per client address. */
export const LIMITS: Record<LimitClass, Limit> = {
  // Ingest and edits: a desk pasting articles or a script loading a folder over HTTP.
  write: { burst: 60, perSecond: 20 },
  // A preview is the costliest anonymous call (the whole extraction of up to 1 MB of text).
  preview: { burst: 20, perSecond: 4 },
  // A wrong token: a few typos are human; hundreds a second is guessing.
  'bad-token': { burst: 10, perSecond: 0.2 },
  // Sign-in attempts, right or wrong: ten at once, then one every 6 s (a password is not guessed at that rate).
  login: { burst: 10, perSecond: 1 / 6 },
};

interface Bucket {
  tokens: number;
  at: number;
}

const shared = globalThis as unknown as { __tallyBuckets?: Map<string, Bucket> };
const buckets = (shared.__tallyBuckets ??= new Map());
/** Beyond this many clients tracked, the fullest (idle) buckets are forgotten first. */
const MAX_CLIENTS = 10_000;

export function clientOf(headers: Headers): string {
  return headers.get('x-tally-client')?.slice(0, 64) || 'local';
}

/** The bucket's tokens now: what it held, refilled for the time since, up to its burst. */
function level(cls: LimitClass, b: Bucket, now: number): number {
  const { burst, perSecond } = LIMITS[cls];
  return Math.min(burst, b.tokens + ((now - b.at) / 1000) * perSecond);
}
/** Seconds until a bucket holding `tokens` has `cost` (for Retry-After). */
const waitFor = (cls: LimitClass, tokens: number, cost = 1) => Math.max(1, Math.ceil((cost - tokens) / LIMITS[cls].perSecond));

/**
 * Takes `cost` tokens (a batch of articles takes one per article, all or none); null when allowed,
 * else the seconds until they are there (for Retry-After).
 */
export function take(cls: LimitClass, client: string, now = Date.now(), cost = 1): number | null {
  const key = `${cls}|${client}`;
  const b = buckets.get(key) ?? { tokens: LIMITS[cls].burst, at: now };
  b.tokens = level(cls, b, now);
  b.at = now;
  buckets.delete(key);
  buckets.set(key, b); // most recently used last, so the oldest are first to go
  if (buckets.size > MAX_CLIENTS) buckets.delete(buckets.keys().next().value as string);
  if (b.tokens >= cost) {
    b.tokens -= cost;
    return null;
  }
  return waitFor(cls, b.tokens, cost);
}

/** Whether a bucket is empty now, without taking from it. */
export function exhausted(cls: LimitClass, client: string, now = Date.now()): number | null {
  const b = buckets.get(`${cls}|${client}`);
  if (!b) return null;
  const tokens = level(cls, b, now);
  return tokens >= 1 ? null : waitFor(cls, tokens);
}

export function resetLimits(): void {
  buckets.clear();
}
