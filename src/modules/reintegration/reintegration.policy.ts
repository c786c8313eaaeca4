import { type Actor, can, type Policy } from '../../policy/policy.ts';
import type { ReintegrationPlanRow } from './reintegration.repo.ts';

const ownAgency = (actor: Actor, found: ReintegrationPlanRow) => found.agency_id === actor.agencyId;

/**
 * Who may do what with reintegration plans: the agency that runs a plan, its case readers reading
 * and its case writers recording. The provincial figures: anyone who reads cases gets their
 * agency's, `statistics:read` gets the country's. The policies on the tables say the same.
 */
export const reintegrationPolicy = {
  read: (actor: Actor, found: ReintegrationPlanRow) => can(actor, 'case:read') && ownAgency(actor, found),
  followUp: (actor: Actor, found: ReintegrationPlanRow) =>
    can(actor, 'case:write') && ownAgency(actor, found),
  close: (actor: Actor, found: ReintegrationPlanRow) => can(actor, 'case:write') && ownAgency(actor, found),
} satisfies Policy<ReintegrationPlanRow>;

export const reintegrationAgencyPolicy = {
  list: (actor: Actor) => can(actor, 'case:read'),
  plan: (actor: Actor) => can(actor, 'case:write'),
  statistics: (actor: Actor) => can(actor, 'case:read') || can(actor, 'statistics:read'),
} satisfies Policy<undefined>;
