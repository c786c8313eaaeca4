import { z } from 'zod';

/**
 * Every permission the code checks. Which role holds which permission is data
 * (`role_permission`); a test checks that the data names only these.
 */
export const permissionSchema = z.enum([
  'agency:manage',
  'agency:update_own',
  'user:manage',
  'user:manage_any',
  'audit:read',
  'audit:read_any',
  'person:read',
  'person:write',
  /** Review possible duplicate persons of the agency, merge them and undo a merge (decision 0029). */
  'person:link',
  'case:read',
  'case:write',
  'case:assign',
  'screening:conduct',
  'consent:record',
  'referral:manage',
  'health:read',
  'health:record',
  'shelter:manage',
  'prosecution:manage',
  'coordination:manage',
  'coordination:report',
  'statistics:read',
  'training:manage',
  'approval:decide',
  'public_report:triage',
  /** Set the own agency's retention periods (decision 0038). */
  'retention:manage',
  /** Set the retention periods of a country, the platform's defaults and any agency's. */
  'retention:manage_any',
]);

export type Permission = z.infer<typeof permissionSchema>;

/** Holding any of these means seeing victims' data, so two-factor sign-in is required where enforced. */
export const victimDataPermissions: ReadonlySet<Permission> = new Set([
  'person:read',
  'case:read',
  'health:read',
]);

export function seesVictimData(permissions: Iterable<string>): boolean {
  for (const permission of permissions) {
    if (victimDataPermissions.has(permission as Permission)) return true;
  }
  return false;
}
