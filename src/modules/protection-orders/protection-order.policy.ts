import { type Actor, can, type Policy } from '../../policy/policy.ts';
import type { CaseRow } from '../cases/index.ts';

const ownAgency = (actor: Actor, found: CaseRow) => found.agency_id === actor.agencyId;

/** Whoever may read a case reads its protection orders; whoever may change it records them. */
export const protectionOrderPolicy = {
  read: (actor: Actor, found: CaseRow) => can(actor, 'case:read') && ownAgency(actor, found),
  record: (actor: Actor, found: CaseRow) => can(actor, 'case:write') && ownAgency(actor, found),
} satisfies Policy<CaseRow>;
