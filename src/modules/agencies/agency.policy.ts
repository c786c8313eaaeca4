import { type Actor, can, type Policy } from '../../policy/policy.ts';
import type { AgencyRow } from './agency.repo.ts';

/** Who may do what with agencies. The database's policies on `agency` say the same. */
export const agencyPolicy = {
  read: () => true,
  create: (actor: Actor) => can(actor, 'agency:manage'),
  update: (actor: Actor, agency: AgencyRow | undefined) =>
    can(actor, 'agency:manage') || (agency?.id === actor.agencyId && can(actor, 'agency:update_own')),
  /** Deactivating or reparenting changes who works where: system administrators only. */
  restructure: (actor: Actor) => can(actor, 'agency:manage'),
} satisfies Policy<AgencyRow | undefined>;
