import { type Actor, can, type Policy } from '../../policy/policy.ts';
import type { CaseRow } from '../cases/index.ts';

const ownAgency = (actor: Actor, found: CaseRow) => found.agency_id === actor.agencyId;

/**
 * Who may record and read a case's health screenings: only holders of the health permissions,
 * in the case's agency. Reading the case alone is not enough. The policy on `health_screening`
 * says the same.
 */
export const healthScreeningPolicy = {
  read: (actor: Actor, found: CaseRow) => can(actor, 'health:read') && ownAgency(actor, found),
  record: (actor: Actor, found: CaseRow) => can(actor, 'health:record') && ownAgency(actor, found),
} satisfies Policy<CaseRow>;
