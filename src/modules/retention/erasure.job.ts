import { recordAudit } from '../../audit/audit.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Db, Tx } from '../../db/db.ts';
import type { JobHandler } from '../../jobs/queue.ts';
import { AppError } from '../../shared/errors.ts';
import { anonymiseCases } from './anonymise.ts';
import { eraseCaseJob } from './erasure.commands.ts';
import { matchesToNotice, noticeOtherAgencies } from './erasure-notice.ts';
import { casesToEraseForPerson, erasedPersonOf } from './person-erasure.commands.ts';
import { auditAnonymised, casesOnLegalHold, removeErasedFiles } from './retention.job.ts';

export { eraseCaseJob };

/**
 * The cases an approved erasure erases now, or the code of why it may not: one case, or every case
 * of the person the approval names in the requesting agency — which must still hold the approval's
 * own case, all closed and none held by a prosecution.
 */
async function casesToErase(
  tx: Tx,
  approval: { case_id: string; agency_id: string; change: Record<string, unknown> },
): Promise<string[] | string> {
  const personId = erasedPersonOf(approval);
  if (!personId) {
    return (await casesOnLegalHold(tx, [approval.case_id])).size > 0
      ? 'erasure_legal_hold'
      : [approval.case_id];
  }
  try {
    const caseIds = await casesToEraseForPerson(tx, personId, approval.agency_id);
    return caseIds.includes(approval.case_id) ? caseIds : 'person_not_in_case';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

/**
 * Carries out an approved erasure as the platform. It trusts only what the database says: the
 * request must be an approved erasure of a case (or of a person, through their cases) of the
 * requesting agency. A prosecution linked since the approval holds it again (audited as refused;
 * nothing erased). Running twice erases once.
 */
export function eraseCaseHandler(db: Db, keyring: Keyring, config: { attachmentsDir: string }): JobHandler {
  return async (job) => {
    const approvalId = String(job.payload.approvalId);
    const done = await db.transaction(async (tx) => {
      const [approval] = await tx.query<{
        case_id: string;
        agency_id: string;
        decided_by: string;
        change: Record<string, unknown>;
      }>(
        `select a.case_id, a.agency_id, a.decided_by, a.change from approval_request a
           join case_file c on c.id = a.case_id and c.agency_id = a.agency_id
          where a.id = $1 and a.kind = 'erasure' and a.status = 'approved'`,
        [approvalId],
      );
      if (!approval) return undefined;
      const entry = { actorUserId: approval.decided_by, agencyId: approval.agency_id };
      const caseIds = await casesToErase(tx, approval);
      if (caseIds === 'person_anonymised') return undefined; // erased already: a second run
      if (typeof caseIds === 'string') {
        await recordAudit(tx, {
          ...entry,
          action: 'case.erase',
          subject: { type: 'case', id: approval.case_id },
          outcome: 'denied',
          detail: { approvalId, code: caseIds },
        });
        return undefined;
      }
      // Other agencies' likely matches of the person, found while her names still exist (decision 0042).
      const personId = erasedPersonOf(approval);
      const elsewhere = personId ? await matchesToNotice(tx, personId) : [];
      const anonymised = await anonymiseCases(tx, keyring, caseIds);
      await auditAnonymised(tx, anonymised, { ...entry, cause: 'erasure', detail: { approvalId } });
      if (personId && anonymised.personIds.includes(personId)) {
        await noticeOtherAgencies(tx, elsewhere, {
          kind: 'request',
          approvalId,
          agencyId: approval.agency_id,
        });
      }
      return anonymised;
    });
    if (done) await removeErasedFiles(config.attachmentsDir, done);
  };
}
