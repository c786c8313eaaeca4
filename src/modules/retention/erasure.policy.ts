import { type Actor, can, type Policy } from '../../policy/policy.ts';
import type { CaseRow } from '../cases/index.ts';

/**
 * Who may ask for a case's erasure: its agency's case workers. Deciding is the approvals module's
 * (`approval:decide`, never the requester). The database's policies on `approval_request` say the same.
 */
export const erasurePolicy = {
  request: (actor: Actor, found: CaseRow | undefined) =>
    can(actor, 'case:write') && (found === undefined || found.agency_id === actor.agencyId),
} satisfies Policy<CaseRow | undefined>;
