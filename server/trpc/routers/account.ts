import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { adminProcedure, publicProcedure, router } from '../init';
import { guard } from '../errors';
import { roleOf } from '../context';
import { AccountRole, Me, Password, TokenLabel, TokenView, UserName, UserView } from '../../domain/accounts';
import { createToken, listTokens, revokeToken } from '../../db/sessions';
import { addUser, listUsers, setPassword, setRole } from '../../db/accounts';

/** A procedure for a person with an account (signed in, or with their own token): not the shared admin token. */
const personProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first: personal tokens belong to a person (the shared admin token has none).' });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

const TokenId = z.object({ id: z.string().min(1).max(40) });

/** Who is asking, their personal API tokens, and (admins) the people who have accounts. */
export const accountRouter = router({
  me: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/me', summary: 'Who this request speaks for: role reader (no account), reviewer or admin, and how it was signed in', tags: ['account'] } })
    .input(z.void())
    .output(Me)
    .query(({ ctx }) => ({ role: roleOf(ctx), name: ctx.user?.name ?? null, via: ctx.via ?? (ctx.isAdmin ? 'admin-token' : null) })),
  tokens: personProcedure.output(z.array(TokenView)).query(({ ctx }) => guard(() => listTokens(ctx.db, ctx.user.id))),
  /** A new token, answered once: only its hash is kept. */
  createToken: personProcedure
    .input(z.object({ label: TokenLabel }))
    .output(z.object({ token: z.string(), view: TokenView }))
    .mutation(({ ctx, input }) => guard(() => createToken(ctx.db, ctx.user.id, input.label))),
  revokeToken: personProcedure.input(TokenId).output(TokenView).mutation(({ ctx, input }) => guard(() => revokeToken(ctx.db, ctx.user.id, input.id))),
  /** People with accounts (admins only). */
  users: adminProcedure.output(z.array(UserView)).query(({ ctx }) => guard(() => listUsers(ctx.db))),
  /** A new account; without a password one is made and answered once. */
  addUser: adminProcedure
    .input(z.object({ name: UserName, role: AccountRole, password: Password.optional() }))
    .output(z.object({ user: UserView, password: z.string().nullable() }))
    .mutation(({ ctx, input }) => guard(() => addUser(ctx.db, input))),
  setRole: adminProcedure
    .input(z.object({ name: z.string().trim().min(1).max(48), role: AccountRole }))
    .output(UserView)
    .mutation(({ ctx, input }) => guard(() => setRole(ctx.db, input.name, input.role))),
  /** A new generated password for someone who lost theirs, answered once; their sessions end. */
  resetPassword: adminProcedure
    .input(z.object({ name: z.string().trim().min(1).max(48) }))
    .output(z.object({ user: UserView, password: z.string().nullable() }))
    .mutation(({ ctx, input }) => guard(() => setPassword(ctx.db, input.name))),
});
