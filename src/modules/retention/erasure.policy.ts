import { type Actor, can, type Policy } from '../../policy/policy.ts';
import type { CaseRow } from '../cases/index.ts';
import type { PersonRow } from '../persons/index.ts';

/**
 * Who may ask for a case's erasure: its agency's case workers. Deciding is the approvals module's
 * (`approval:decide`, never the requester). The database's policies on `approval_request` say the same.
 */
export const erasurePolicy = {
  request: (actor: Actor, found: CaseRow | undefined) =>
    can(actor, 'case:write') && (found === undefined || found.agency_id === actor.agencyId),
} satisfies Policy<CaseRow | undefined>;

/** Who may ask for a person's erasure across their cases: the case workers of the person's agency. */
export const personErasurePolicy = {
  request: (actor: Actor, person: PersonRow | undefined) =>
    can(actor, 'case:write') && (person === undefined || person.agency_id === actor.agencyId),
} satisfies Policy<PersonRow | undefined>;

/** Who may acknowledge a notice of an erasure elsewhere: the notified agency's case workers (as the database's policy). */
export const erasureNoticePolicy = {
  acknowledge: (actor: Actor, notice: { agency_id: string } | undefined) =>
    can(actor, 'case:write') && (notice === undefined || notice.agency_id === actor.agencyId),
} satisfies Policy<{ agency_id: string } | undefined>;
