import { type Actor, can, type Policy } from '../../policy/policy.ts';

/**
 * Who reads the audit log: auditors and agency administrators their own agency's entries
 * (`audit:read`), the platform administrator every agency's (`audit:read_any`). Checking the
 * whole chain reads every entry, so it is the platform administrator's alone. The database's
 * policy on `audit_event` (migration 0006) limits the rows the same way.
 */
export const auditLogPolicy = {
  list: (actor: Actor) => can(actor, 'audit:read') || can(actor, 'audit:read_any'),
  verify: (actor: Actor) => can(actor, 'audit:read_any'),
} satisfies Policy<undefined>;
