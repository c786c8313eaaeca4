import { type Actor, can, type Policy } from '../../policy/policy.ts';

/**
 * Who reviews possible duplicates: holders of `person:link` (the agency's case managers) who can
 * read persons. Which pairs and merges they reach is the database's: migration 0084 shows a pair or
 * a merge only to an agency that can see both persons.
 */
export const linkagePolicy = {
  review: (actor: Actor) => can(actor, 'person:link') && can(actor, 'person:read'),
  /** Which persons resolve to one: whoever reads persons. */
  readLinks: (actor: Actor) => can(actor, 'person:read'),
} satisfies Policy<undefined>;
