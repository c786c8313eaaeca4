import { type Actor, can, type Policy } from '../../policy/policy.ts';
import type { UserRow } from './user.repo.ts';

const managesAgencyOf = (actor: Actor, user: UserRow | undefined) =>
  can(actor, 'user:manage') && (user?.memberships.some((m) => m.agencyId === actor.agencyId) ?? true);

/**
 * Whether the actor may give this role: a platform administrator any, an agency administrator any
 * but the platform administrator's own (the `membership_create` policy says the same).
 */
export const givesRole = (actor: Actor, role: string): boolean =>
  can(actor, 'user:manage_any') || (can(actor, 'user:manage') && role !== 'system_admin');

/** Who may do what with user accounts. The database's policies on `app_user` and `membership` say the same. */
export const userPolicy = {
  /** Roles are reference data: anyone signed in reads them (and their names on others' records). */
  listRoles: () => true,
  list: (actor: Actor) => can(actor, 'user:manage_any') || can(actor, 'user:manage'),
  read: (actor: Actor, user: UserRow | undefined) =>
    user?.id === actor.userId || can(actor, 'user:manage_any') || managesAgencyOf(actor, user),
  create: (actor: Actor) => can(actor, 'user:manage_any') || can(actor, 'user:manage'),
  update: (actor: Actor, user: UserRow | undefined) =>
    can(actor, 'user:manage_any') || managesAgencyOf(actor, user),
} satisfies Policy<UserRow | undefined>;
