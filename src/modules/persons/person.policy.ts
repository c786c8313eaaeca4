import { type Actor, can, type Policy } from '../../policy/policy.ts';
import type { PersonRow } from './person.repo.ts';

/** Who may do what with persons. The database's policies on `person` say the same. */
export const personPolicy = {
  read: (actor: Actor, person: PersonRow | undefined) =>
    can(actor, 'person:read') && (person === undefined || person.agency_id === actor.agencyId),
  search: (actor: Actor) => can(actor, 'person:read'),
  create: (actor: Actor) => can(actor, 'person:write'),
  update: (actor: Actor, person: PersonRow | undefined) =>
    can(actor, 'person:write') && (person === undefined || person.agency_id === actor.agencyId),
} satisfies Policy<PersonRow | undefined>;
