import { type Actor, can, type Policy } from '../../policy/policy.ts';
import type { ConsentRow } from './consent.repo.ts';

const ownAgency = (actor: Actor, consent: ConsentRow | undefined) =>
  consent === undefined || consent.agency_id === actor.agencyId;

/** Who may do what with consents. The database's policies on `consent` say the same. */
export const consentPolicy = {
  list: (actor: Actor) => can(actor, 'person:read'),
  record: (actor: Actor) => can(actor, 'consent:record') && can(actor, 'person:read'),
  withdraw: (actor: Actor, consent: ConsentRow | undefined) =>
    can(actor, 'consent:record') && ownAgency(actor, consent),
} satisfies Policy<ConsentRow | undefined>;
