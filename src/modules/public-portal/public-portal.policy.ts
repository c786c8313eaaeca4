import { type Actor, can, type Policy } from '../../policy/policy.ts';

/**
 * Staff side of the public portal. Migrations 0064–0066 say the same in the database: the
 * receiving agency's triage staff work its reports; the case's agency (case:write) publishes its
 * progress and issues codes; each country's coordinators edit its help pages.
 */
export const triagePolicy = {
  list: (actor: Actor) => can(actor, 'public_report:triage'),
  work: (actor: Actor, report: { agency_id: string } | undefined) =>
    can(actor, 'public_report:triage') && (report === undefined || report.agency_id === actor.agencyId),
  convert: (actor: Actor, report: { agency_id: string } | undefined) =>
    can(actor, 'public_report:triage') &&
    can(actor, 'case:write') &&
    (report === undefined || report.agency_id === actor.agencyId),
  investigate: (actor: Actor, report: { agency_id: string } | undefined) =>
    can(actor, 'public_report:triage') &&
    can(actor, 'prosecution:manage') &&
    (report === undefined || report.agency_id === actor.agencyId),
} satisfies Policy<{ agency_id: string } | undefined>;

export const progressPolicy = {
  read: (actor: Actor, found: { agency_id: string }) =>
    can(actor, 'case:read') && found.agency_id === actor.agencyId,
  publish: (actor: Actor, found: { agency_id: string }) =>
    can(actor, 'case:write') && found.agency_id === actor.agencyId,
} satisfies Policy<{ agency_id: string }>;

export const helpPolicy = {
  manage: (actor: Actor) => can(actor, 'coordination:manage'),
} satisfies Policy<undefined>;
