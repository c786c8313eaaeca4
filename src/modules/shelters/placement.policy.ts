import { type Actor, can, type Policy } from '../../policy/policy.ts';
import type { CaseRow } from '../cases/index.ts';
import type { PlacementRow } from './placement.repo.ts';

const placingAgency = (actor: Actor, placement: PlacementRow) => placement.agency_id === actor.agencyId;
const shelterAgency = (actor: Actor, placement: PlacementRow) =>
  placement.shelter_agency_id === actor.agencyId;

/** Placing the persons of a case, and reading the case's placements: the case's agency. */
export const casePlacementPolicy = {
  read: (actor: Actor, found: CaseRow) => can(actor, 'case:read') && found.agency_id === actor.agencyId,
  admit: (actor: Actor, found: CaseRow) => can(actor, 'case:write') && found.agency_id === actor.agencyId,
} satisfies Policy<CaseRow>;

/**
 * A placement is the placing agency's (its case workers) and the shelter's agency's (its shelter
 * managers). Either ends it; only the placing agency moves the person on, since a transfer is
 * checked against the person's record. The policies on `placement` say the same.
 */
export const placementPolicy = {
  read: (actor: Actor, placement: PlacementRow) =>
    (can(actor, 'case:read') && placingAgency(actor, placement)) ||
    (can(actor, 'shelter:manage') && shelterAgency(actor, placement)),
  discharge: (actor: Actor, placement: PlacementRow) =>
    (can(actor, 'case:write') && placingAgency(actor, placement)) ||
    (can(actor, 'shelter:manage') && shelterAgency(actor, placement)),
  transfer: (actor: Actor, placement: PlacementRow) =>
    can(actor, 'case:write') && placingAgency(actor, placement),
} satisfies Policy<PlacementRow>;
