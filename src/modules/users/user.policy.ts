import { type Actor, can, type Policy } from '../../policy/policy.ts';
import type { UserRow } from './user.repo.ts';

const managesAgencyOf = (actor: Actor, user: UserRow | undefined) =>
  can(actor, 'user:manage') && (user?.memberships.some((m) => m.agencyId === actor.agencyId) ?? true);

/** Who may do what with user accounts. The database's policies on `app_user` and `membership` say the same. */
export const userPolicy = {
  list: (actor: Actor) => can(actor, 'user:manage_any') || can(actor, 'user:manage'),
  read: (actor: Actor, user: UserRow | undefined) =>
    user?.id === actor.userId || can(actor, 'user:manage_any') || managesAgencyOf(actor, user),
  create: (actor: Actor) => can(actor, 'user:manage_any') || can(actor, 'user:manage'),
  update: (actor: Actor, user: UserRow | undefined) =>
    can(actor, 'user:manage_any') || managesAgencyOf(actor, user),
} satisfies Policy<UserRow | undefined>;
