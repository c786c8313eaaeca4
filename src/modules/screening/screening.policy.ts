import { type Actor, can, type Policy } from '../../policy/policy.ts';
import type { ScreeningRow } from './screening.repo.ts';

const ownAgency = (actor: Actor, row: { agency_id: string } | undefined) =>
  row === undefined || row.agency_id === actor.agencyId;

/** Who may do what with screenings. The database's policies on `screening` say the same. */
export const screeningPolicy = {
  // The instruments are published reference material (the ILO/EC indicators), not victims' data.
  viewInstruments: (_actor: Actor) => true,
  read: (actor: Actor, screening: ScreeningRow | undefined) =>
    can(actor, 'person:read') && ownAgency(actor, screening),
  conduct: (actor: Actor, screening: ScreeningRow | undefined) =>
    can(actor, 'screening:conduct') && ownAgency(actor, screening),
} satisfies Policy<ScreeningRow | undefined>;

/**
 * Who may see and record identification decisions (`identification_decision`'s policies say the
 * same). Deciding is casework, so it takes `case:write`: everyone who screens holds it, and so do
 * investigators, the competent authority for identification in several countries.
 */
export const identificationDecisionPolicy = {
  list: (actor: Actor) => can(actor, 'person:read'),
  record: (actor: Actor) => can(actor, 'case:write'),
} satisfies Policy<undefined>;
