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
