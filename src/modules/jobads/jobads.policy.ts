import { type Actor, can, type Policy } from '../../policy/policy.ts';

/**
 * Screening one advert is open to everyone (the public page; rate-limited). Screening adverts in
 * bulk is an investigator's tool: users who manage prosecutions. Saved adverts follow their
 * investigation (see the prosecution module's investigation policy).
 */
export const bulkScreeningPolicy = {
  screen: (actor: Actor) => can(actor, 'prosecution:manage'),
} satisfies Policy<unknown>;
