import { type Actor, can, type Policy } from '../../policy/policy.ts';

/**
 * Guidelines are read by every agency of their country (the database limits them to it); the
 * issuing agency's coordinators add versions; each required agency's focal points
 * (coordination:report) acknowledge a version for their agency. Migration 0063 says the same.
 */
export const guidelinePolicy = {
  create: (actor: Actor) => can(actor, 'coordination:manage'),
  issue: (actor: Actor, guideline: { agency_id: string } | undefined) =>
    can(actor, 'coordination:manage') && (guideline === undefined || guideline.agency_id === actor.agencyId),
} satisfies Policy<{ agency_id: string } | undefined>;

export const acknowledgementPolicy = {
  acknowledge: (actor: Actor, version: { required_agency_ids: string[] }) =>
    can(actor, 'coordination:report') && version.required_agency_ids.includes(actor.agencyId),
} satisfies Policy<{ required_agency_ids: string[] }>;
