import { type Actor, can, type Policy } from '../../policy/policy.ts';

/**
 * Open data: the anonymised microdata of the caller's country (statistics:read); the HTCDS export
 * and import of the caller's own agency's cases (case:read to export, case:write and person:write
 * to import).
 */
export const openDataPolicy = {
  microdata: (actor: Actor) => can(actor, 'statistics:read'),
  exportHtcds: (actor: Actor) => can(actor, 'case:read') && can(actor, 'person:read'),
  importHtcds: (actor: Actor) => can(actor, 'case:write') && can(actor, 'person:write'),
} satisfies Policy<unknown>;
