import { type Actor, can, type Policy } from '../../policy/policy.ts';
import type { RetentionScope } from './retention-period.schema.ts';

/**
 * Who sets retention periods (decision 0038): an agency administrator their own agency's
 * (`retention:manage`), the platform administrator a country's and the platform's defaults
 * (`retention:manage_any`). The database's policies on `retention_period` (migration 0098) say the same.
 */
export const retentionPeriodPolicy = {
  read: (actor: Actor) => can(actor, 'retention:manage') || can(actor, 'retention:manage_any'),
  /** Another country's periods than the acting agency's. */
  readCountry: (actor: Actor) => can(actor, 'retention:manage_any'),
  change: (actor: Actor, scope: RetentionScope | undefined) =>
    can(actor, 'retention:manage_any') ||
    (can(actor, 'retention:manage') && scope !== 'country' && scope !== 'default'),
} satisfies Policy<RetentionScope | undefined>;
