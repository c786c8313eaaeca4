import { type Actor, can, type Policy } from '../../policy/policy.ts';

/**
 * Campaigns are read by every agency of their country (the database limits them to it); the
 * running agency's coordinators (coordination:manage) add events and materials. Migration 0078.
 */
export const campaignPolicy = {
  create: (actor: Actor) => can(actor, 'coordination:manage'),
  run: (actor: Actor, campaign: { agency_id: string } | undefined) =>
    can(actor, 'coordination:manage') && (campaign === undefined || campaign.agency_id === actor.agencyId),
} satisfies Policy<{ agency_id: string } | undefined>;
