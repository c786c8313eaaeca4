import { type Actor, can, type Policy } from '../../policy/policy.ts';

/**
 * The partner directory is read by every agency of its country (the database limits it to it);
 * the coordinating agency that keeps an entry changes it and records its MoUs (coordination:manage).
 * Migration 0077 says the same.
 */
export const partnerPolicy = {
  create: (actor: Actor) => can(actor, 'coordination:manage'),
  keep: (actor: Actor, partner: { agency_id: string } | undefined) =>
    can(actor, 'coordination:manage') && (partner === undefined || partner.agency_id === actor.agencyId),
} satisfies Policy<{ agency_id: string } | undefined>;
