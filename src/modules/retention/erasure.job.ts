import { recordAudit } from '../../audit/audit.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Db } from '../../db/db.ts';
import type { JobHandler } from '../../jobs/queue.ts';
import { anonymiseCases } from './anonymise.ts';
import { eraseCaseJob } from './erasure.commands.ts';
import { auditAnonymised, casesOnLegalHold, removeErasedFiles } from './retention.job.ts';

export { eraseCaseJob };

/**
 * Carries out an approved erasure as the platform. It trusts only what the database says: the
 * request must be an approved erasure of a case of the requesting agency. A prosecution linked
 * since the approval holds it again (audited as refused; nothing erased). Running twice erases once.
 */
export function eraseCaseHandler(db: Db, keyring: Keyring, config: { attachmentsDir: string }): JobHandler {
  return async (job) => {
    const approvalId = String(job.payload.approvalId);
    const done = await db.transaction(async (tx) => {
      const [approval] = await tx.query<{ case_id: string; agency_id: string; decided_by: string }>(
        `select a.case_id, a.agency_id, a.decided_by from approval_request a
           join case_file c on c.id = a.case_id and c.agency_id = a.agency_id
          where a.id = $1 and a.kind = 'erasure' and a.status = 'approved'`,
        [approvalId],
      );
      if (!approval) return undefined;
      const entry = { actorUserId: approval.decided_by, agencyId: approval.agency_id };
      if ((await casesOnLegalHold(tx, [approval.case_id])).size > 0) {
        await recordAudit(tx, {
          ...entry,
          action: 'case.erase',
          subject: { type: 'case', id: approval.case_id },
          outcome: 'denied',
          detail: { approvalId, code: 'erasure_legal_hold' },
        });
        return undefined;
      }
      const anonymised = await anonymiseCases(tx, keyring, [approval.case_id]);
      await auditAnonymised(tx, anonymised, { ...entry, cause: 'erasure', detail: { approvalId } });
      return anonymised;
    });
    if (done) await removeErasedFiles(config.attachmentsDir, done);
  };
}
