import { type Actor, can, type Policy } from '../../policy/policy.ts';
import type { CaseRow } from '../cases/index.ts';
import type { RepatriationRow } from './repatriation.repo.ts';

const sender = (actor: Actor, found: RepatriationRow) => found.agency_id === actor.agencyId;
const receiver = (actor: Actor, found: RepatriationRow) => found.receiving_agency_id === actor.agencyId;

/**
 * Who may do what with a repatriation: the sending agency plans it, records the departure and may
 * cancel it; the receiving agency confirms the hand-over. Both read it. The policies and the
 * trigger on `repatriation` say the same.
 */
export const repatriationPolicy = {
  read: (actor: Actor, found: RepatriationRow) =>
    can(actor, 'case:read') && (sender(actor, found) || receiver(actor, found)),
  depart: (actor: Actor, found: RepatriationRow) => can(actor, 'case:write') && sender(actor, found),
  cancel: (actor: Actor, found: RepatriationRow) => can(actor, 'case:write') && sender(actor, found),
  confirmReceipt: (actor: Actor, found: RepatriationRow) =>
    can(actor, 'case:write') && receiver(actor, found),
} satisfies Policy<RepatriationRow>;

/** Planning a return and listing a case's returns: the case's own agency. */
export const repatriationCasePolicy = {
  list: (actor: Actor, found: CaseRow) => can(actor, 'case:read') && found.agency_id === actor.agencyId,
  plan: (actor: Actor, found: CaseRow) => can(actor, 'case:write') && found.agency_id === actor.agencyId,
} satisfies Policy<CaseRow>;

/** Repatriations coming to the agency: whoever reads its cases. */
export const repatriationAgencyPolicy = {
  incoming: (actor: Actor) => can(actor, 'case:read'),
} satisfies Policy<undefined>;
