import { actorLabel, type Actor } from '../domain/accounts';

/**
 * How a history names who made each change: the person's name from users, "admin token" or
 * "unknown" (../domain/accounts.ts actorLabel). For queries over an event table aliased `e`.
 */
export const ACTOR_NAME_SQL = '(SELECT u.name FROM users u WHERE u.id = e.actor)';

export const actorName = (actor: Actor, name: string | null): string => actorLabel(actor, name);
