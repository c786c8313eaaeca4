import { type Actor, can, type Policy } from '../../policy/policy.ts';
import type { ShelterRow } from './shelter.repo.ts';

const operator = (actor: Actor, shelter: ShelterRow | undefined) =>
  shelter === undefined || shelter.agency_id === actor.agencyId;

/**
 * Who may do what with the shelter registry: everyone who works with victims, runs shelters or
 * reads statistics sees the registry and its occupancy; the operator's shelter managers change it.
 * The database's policies on `shelter` and `shelter_bed` say the same.
 */
export const shelterPolicy = {
  read: (actor: Actor) =>
    can(actor, 'case:read') || can(actor, 'shelter:manage') || can(actor, 'statistics:read'),
  register: (actor: Actor) => can(actor, 'shelter:manage'),
  manage: (actor: Actor, shelter: ShelterRow | undefined) =>
    can(actor, 'shelter:manage') && operator(actor, shelter),
} satisfies Policy<ShelterRow | undefined>;
