import { type Actor, can, type Policy } from '../../policy/policy.ts';

/** Anything that belongs to one agency: an investigation, or the agency itself when opening one. */
interface Owned {
  readonly agency_id: string;
}

const ownAgency = (actor: Actor, subject: Owned) => subject.agency_id === actor.agencyId;
const manages = (actor: Actor) => can(actor, 'prosecution:manage');

/**
 * Who may do what with investigations: users who manage prosecutions, in the investigating agency
 * only. Linking a victim's case needs the case in view (case:read). The policies on the tables
 * say the same.
 */
export const investigationPolicy = {
  open: (actor: Actor, subject: Owned) => manages(actor) && ownAgency(actor, subject),
  list: (actor: Actor, subject: Owned) => manages(actor) && ownAgency(actor, subject),
  read: (actor: Actor, subject: Owned) => manages(actor) && ownAgency(actor, subject),
  record: (actor: Actor, subject: Owned) => manages(actor) && ownAgency(actor, subject),
  linkVictim: (actor: Actor, subject: Owned) =>
    manages(actor) && can(actor, 'case:read') && ownAgency(actor, subject),
} satisfies Policy<Owned>;

/**
 * Who sees a victim's identity on an investigation: only a user who may read cases and persons.
 * Others (a prosecutor's clerk, say) see that a victim's case is linked, and nothing of who she is.
 */
export const victimIdentityPolicy = {
  see: (actor: Actor) => can(actor, 'case:read') && can(actor, 'person:read'),
} satisfies Policy<unknown>;

/** Figures: an agency's own for those who manage prosecutions; the country's for statistics readers. */
export const figuresPolicy = {
  read: (actor: Actor) => manages(actor) || can(actor, 'statistics:read'),
} satisfies Policy<unknown>;

/**
 * Whether the application would ask the database for something; with the checks switched off (a
 * test proving row-level security alone) it always asks, and the database answers.
 */
export function wouldAsk(actor: Actor, rule: (actor: Actor) => boolean): boolean {
  return actor.skipPolicyChecks || rule(actor);
}
