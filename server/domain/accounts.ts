import { z } from 'zod';

/**
 * Named people (issue 12, item 5). A reader needs no account; reviewers store and review; admins
 * also manage people. The zod schemas are the types, shared by the CLI, the forms and the procedures.
 */
export const Role = z.enum(['reader', 'reviewer', 'admin']);
export type Role = z.infer<typeof Role>;
/** The roles an account can hold: "reader" is everyone without one. */
export const AccountRole = z.enum(['reviewer', 'admin']);
export type AccountRole = z.infer<typeof AccountRole>;

const RANK: Record<Role, number> = { reader: 0, reviewer: 1, admin: 2 };
export const atLeast = (role: Role, needed: Role): boolean => RANK[role] >= RANK[needed];

/**
 * Who made a change, as stored on claim_events and catalog_events: a user's id, `token:admin` for
 * TALLY_ADMIN_TOKEN (or DATA_DIR/admin-token), or null when nobody was recorded (before accounts).
 */
export type Actor = string | null;
export const ADMIN_TOKEN_ACTOR = 'token:admin';

/** How an actor reads in a history: the person's name, "admin token", or "unknown". */
export function actorLabel(actor: Actor, name: string | null | undefined): string {
  if (actor === ADMIN_TOKEN_ACTOR) return 'admin token';
  if (actor && name) return name;
  return 'unknown';
}

/** A person's name as shown in histories and typed at sign-in: letters, digits, spaces, . _ ' - */
export const UserName = z
  .string()
  .trim()
  .min(2, 'a name has at least 2 characters')
  .max(48, 'a name has at most 48 characters')
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._'’-]*$/u, 'a name is letters, digits, spaces and . _ \' ’ - , starting with a letter or digit');

/** Long enough not to be guessed at the login's rate; at most 200 so hashing stays cheap. */
export const Password = z.string().min(10, 'a password has at least 10 characters').max(200, 'a password has at most 200 characters');

export const TokenLabel = z.string().trim().min(1, 'name the token (what it is for)').max(80, 'a label has at most 80 characters');

export const LoginInput = z.object({
  name: z.string().trim().min(1, 'type your name').max(48),
  password: z.string().min(1, 'type your password').max(200),
  /** Where to go afterwards: a path on this site only. */
  next: z.string().max(500).optional(),
});

export const Me = z.object({
  role: Role,
  name: z.string().nullable(),
  /** How this request was authenticated. */
  via: z.enum(['session', 'token', 'admin-token']).nullable(),
});
export type Me = z.infer<typeof Me>;

export const UserView = z.object({ id: z.string(), name: z.string(), role: AccountRole, createdAt: z.string() });
export type UserView = z.infer<typeof UserView>;

export const TokenView = z.object({
  id: z.string(),
  label: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type TokenView = z.infer<typeof TokenView>;

/** A path on this site to return to after signing in; anything else (//evil, https://…) is "/". */
export function safeNext(next: string | null | undefined): string {
  if (!next || !/^\/(?![/\\])/.test(next) || /[\u0000-\u001f\\]/.test(next)) return '/';
  return next;
}
