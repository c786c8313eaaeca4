import { type Actor, can, type Policy } from '../../policy/policy.ts';

/** Reports: figures of one's own agency (case:read) or one's country (statistics:read), as statistics are. */
export const reportPolicy = {
  request: (actor: Actor) => can(actor, 'statistics:read') || can(actor, 'case:read'),
  read: (actor: Actor) => can(actor, 'statistics:read') || can(actor, 'case:read'),
} satisfies Policy<unknown>;

/** The requester's permissions that decide what a report's figures cover, kept with the report. */
export const scopePermissions = ['statistics:read', 'case:read', 'prosecution:manage'] as const;
