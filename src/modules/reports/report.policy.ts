import { type Actor, can, type Policy } from '../../policy/policy.ts';

/** Reports: figures of one's own agency (case:read) or one's country (statistics:read), as statistics are. */
export const reportPolicy = {
  request: (actor: Actor) => can(actor, 'statistics:read') || can(actor, 'case:read'),
  read: (actor: Actor) => can(actor, 'statistics:read') || can(actor, 'case:read'),
} satisfies Policy<unknown>;

/**
 * The requester's permissions that decide what a report's figures cover, kept with the report: the
 * figures' scope, and the coordination permissions under which row-level security lets the
 * coordinating agency read its plan's progress reports (the National Report's tables of them).
 */
export const scopePermissions = [
  'statistics:read',
  'case:read',
  'prosecution:manage',
  'coordination:manage',
  'coordination:report',
] as const;
