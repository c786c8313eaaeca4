import { type Actor, can, type Policy } from '../../policy/policy.ts';

/** Statistics: an agency's own (case:read), or the country's (statistics:read). */
export const statisticsPolicy = {
  read: (actor: Actor) => can(actor, 'statistics:read') || can(actor, 'case:read'),
} satisfies Policy<unknown>;
