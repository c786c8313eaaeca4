import type { Db } from '../db/db.ts';
import { inTenant, type TenantScope } from '../db/tenant.ts';
import { type AuditEntry, recordAudit } from './audit.ts';

/**
 * Audits a refused request as its user and agency, in a transaction of its own: the request's own
 * transaction was rolled back with the refusal, and the entry with it had it been written there.
 * A refused read is `denied` (decision 0064), a change refused by a business rule `failure`
 * (decision 0130).
 */
export function recordRefusal(
  db: Db,
  actor: TenantScope,
  entry: Omit<AuditEntry, 'actorUserId' | 'agencyId' | 'outcome'> & {
    readonly outcome: 'denied' | 'failure';
  },
): Promise<void> {
  return inTenant(db, actor, (tx) =>
    recordAudit(tx, { actorUserId: actor.userId, agencyId: actor.agencyId, ...entry }),
  );
}
