import { type Actor, can, type Policy } from '../../policy/policy.ts';

/**
 * Committees are read by every agency of their country (the database limits them to it); the
 * secretariat's coordinators keep them (members, meetings, minutes, action items); an action item's
 * owner agency (coordination:report) updates its status. Migration 0062 says the same.
 */
export const committeePolicy = {
  create: (actor: Actor) => can(actor, 'coordination:manage'),
  keep: (actor: Actor, committee: { agency_id: string } | undefined) =>
    can(actor, 'coordination:manage') && (committee === undefined || committee.agency_id === actor.agencyId),
} satisfies Policy<{ agency_id: string } | undefined>;

export const actionItemPolicy = {
  update: (actor: Actor, item: { owner_agency_id: string; secretariat: string }) =>
    (can(actor, 'coordination:manage') && item.secretariat === actor.agencyId) ||
    (can(actor, 'coordination:report') && item.owner_agency_id === actor.agencyId),
} satisfies Policy<{ owner_agency_id: string; secretariat: string }>;
