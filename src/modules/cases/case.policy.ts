import { type Actor, can, type Policy } from '../../policy/policy.ts';
import type { CaseRow } from './case.repo.ts';

const ownAgency = (actor: Actor, found: CaseRow | undefined) =>
  found === undefined || found.agency_id === actor.agencyId;

/** Who may do what with cases. The database's policies on `case_file` say the same. */
export const casePolicy = {
  list: (actor: Actor) => can(actor, 'case:read'),
  read: (actor: Actor, found: CaseRow | undefined) => can(actor, 'case:read') && ownAgency(actor, found),
  open: (actor: Actor) => can(actor, 'case:write') && can(actor, 'person:read'),
  update: (actor: Actor, found: CaseRow | undefined) => can(actor, 'case:write') && ownAgency(actor, found),
  /** Choosing who works on a case is a supervisor's or case manager's call. */
  assign: (actor: Actor, found: CaseRow | undefined) => can(actor, 'case:assign') && ownAgency(actor, found),
} satisfies Policy<CaseRow | undefined>;
