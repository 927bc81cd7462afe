/** Domain errors: thrown below the routers, mapped to TRPCError in server/trpc/errors.ts only. */
export class NotFoundError extends Error {
  constructor(
    readonly what: string,
    readonly id: string,
  ) {
    super(`No ${what} with id "${id}".`);
  }
}

/** Input that passed its schema but cannot be used (a quote not in the text, a duplicate, ...). */
export class InputError extends Error {}
export class ConflictError extends Error {}

/**
 * A page Tally was asked to fetch could not be used; `kind` says whose fault and so which status:
 * the request's (a refused address, a host that does not exist, not a page), the page's (too
 * big, not HTML, no article in it), or the far server's (unreachable, an error status, too slow).
 */
export type FetchProblem = 'refused' | 'no-such-host' | 'too-large' | 'not-html' | 'no-article' | 'redirects' | 'unreachable' | 'upstream' | 'timeout';
export class FetchError extends Error {
  constructor(
    readonly kind: FetchProblem,
    message: string,
  ) {
    super(message);
  }
}
