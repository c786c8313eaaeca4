import { type Actor, can, type Policy } from '../../policy/policy.ts';
import type { CaseRow } from '../cases/index.ts';

const ownAgency = (actor: Actor, found: CaseRow) => found.agency_id === actor.agencyId;

/**
 * Who may do what with the care of a case: whoever may read a case reads its care; whoever may
 * change it records care. The policies on the care tables say the same.
 */
export const carePolicy = {
  read: (actor: Actor, found: CaseRow) => can(actor, 'case:read') && ownAgency(actor, found),
  assessNeeds: (actor: Actor, found: CaseRow) => can(actor, 'case:write') && ownAgency(actor, found),
  plan: (actor: Actor, found: CaseRow) => can(actor, 'case:write') && ownAgency(actor, found),
  recordService: (actor: Actor, found: CaseRow) => can(actor, 'case:write') && ownAgency(actor, found),
} satisfies Policy<CaseRow>;
