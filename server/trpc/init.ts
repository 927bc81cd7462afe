import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { OpenApiMeta } from 'trpc-to-openapi';
import { actorOf, roleOf, type Context } from './context';
import { atLeast, type Role } from '../domain/accounts';
import { rawInputProblem } from './raw-input';

/** `rawInputItems`: the input list whose items the procedure checks one by one (see checkRawInput). */
export type TallyMeta = OpenApiMeta & { rawInputItems?: string };

const t = initTRPC
  .meta<TallyMeta>()
  .context<Context>()
  .create({
    // No stack trace or internal message leaves the server: unexpected errors say only that.
    isDev: false,
    errorFormatter({ shape, error }) {
      const internal = error.code === 'INTERNAL_SERVER_ERROR';
      if (internal) console.error('[tally] internal error:', error.cause ?? error);
      // Input errors carry each issue's path and message, so a form can show it beside its field.
      // Only for the caller's own input: an internal error caused by a ZodError (our output failing
      // its schema) says nothing of its fields.
      const issues = !internal && error.cause instanceof ZodError ? error.cause.issues.map((i) => ({ path: i.path.map(String), message: i.message })) : undefined;
      return {
        ...shape,
        message: internal ? 'Internal server error' : issues ? issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ') : shape.message,
        data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, issues },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
/** Every procedure's raw input is checked for what no schema should have to repeat (./raw-input). */
const checkRawInput = t.middleware(async ({ getRawInput, meta, next }) => {
  let raw: unknown;
  try {
    raw = await getRawInput();
  } catch {
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'The input could not be read: send JSON' });
  }
  // A batch's items (the list its meta names in `rawInputItems`) are checked one by one by the
  // procedure, so one bad article is refused on its own; the rest of the input is checked here.
  const items = meta?.rawInputItems;
  const own = typeof items === 'string' && raw !== null && typeof raw === 'object' && Array.isArray((raw as Record<string, unknown>)[items]);
  const problem = rawInputProblem(own ? { ...(raw as object), [items]: [] } : raw);
  if (problem) throw new TRPCError({ code: 'BAD_REQUEST', message: problem });
  return next();
});
export const publicProcedure = t.procedure.use(checkRawInput);
/**
 * Who may do what (named people, issue 12): a reader (no account) reads; a reviewer stores
 * articles, reviews and edits figures, topics and measures; an admin also manages people. No
 * credentials is 401; credentials of too low a role, 403. Past the check, ctx.role and ctx.actor
 * are always set, so a write records who made it (`ctx.actor`).
 */
function requireRole(needed: Role) {
  return t.middleware(({ ctx, next }) => {
    const role = roleOf(ctx);
    if (!atLeast(role, needed)) {
      if (role === 'reader') throw new TRPCError({ code: 'UNAUTHORIZED', message: 'This needs Authorization: Bearer <TALLY_ADMIN_TOKEN or a personal token>, or signing in as a reviewer.' });
      throw new TRPCError({ code: 'FORBIDDEN', message: `This needs an admin; ${ctx.user?.name ?? 'this account'} is a ${role}.` });
    }
    return next({ ctx: { ...ctx, role, actor: actorOf(ctx) } });
  });
}
/** Writes to the data: a reviewer or an admin, signed in or with a token. */
export const reviewerProcedure = t.procedure.use(requireRole('reviewer')).use(checkRawInput);
/** Managing people (and anything else only an admin may do). */
export const adminProcedure = t.procedure.use(requireRole('admin')).use(checkRawInput);
