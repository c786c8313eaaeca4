import type { Keyring } from '../../crypto/keyring.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { ConflictError } from '../../shared/errors.ts';
import { type ApprovalAppliers, type ApprovalRow, requestApproval } from '../approvals/index.ts';
import { type CaseRow, recordCaseEvent } from '../cases/index.ts';
import { LegalHoldError } from './erasure.errors.ts';
import { casesToEraseForPerson, erasedPersonOf } from './person-erasure.commands.ts';
import { casesOnLegalHold } from './retention.job.ts';

export const eraseCaseJob = 'retention.erase_case';

async function refuseHeld(tx: Tx, caseId: string): Promise<void> {
  if ((await casesOnLegalHold(tx, [caseId])).has(caseId)) throw new LegalHoldError();
}

/**
 * A case worker asks for the personal data of a closed case (and of the persons only it concerns)
 * to be erased, on the person's request. It waits for a supervisor: the request carries the reason
 * encrypted; a case still open, already anonymised, or held by a prosecution is refused.
 */
export async function requestErasure(props: {
  tx: Tx;
  actor: Actor;
  keyring: Keyring;
  found: CaseRow;
  reason: string;
  requestId: string;
}): Promise<ApprovalRow> {
  const { tx, actor, found } = props;
  if (found.status !== 'closed') {
    throw new ConflictError('case_not_closed', 'Close the case before asking for its erasure.');
  }
  const [marked] = await tx.query<{ anonymised_at: Date | null }>(
    'select anonymised_at from case_file where id = $1',
    [found.id],
  );
  if (marked?.anonymised_at) {
    throw new ConflictError('case_anonymised', "The case's personal data was already erased.");
  }
  await refuseHeld(tx, found.id);
  const approval = await requestApproval({
    tx,
    actor,
    kind: 'erasure',
    caseId: found.id,
    change: {},
    sealed: { keyring: props.keyring, change: { reason: props.reason } },
    requestId: props.requestId,
  });
  await recordCaseEvent(tx, {
    caseId: found.id,
    agencyId: actor.agencyId,
    actorUserId: actor.userId,
    kind: 'case.erasure_requested',
    detail: { approvalId: approval.id },
  });
  return approval;
}

/**
 * What an approved erasure does: checks the legal hold again at this moment, then queues the
 * erasure with the approval, so that it happens if and only if the approval is committed. The job
 * runs as the platform (it removes files and search keys no agency role may touch) and audits it.
 */
export function erasureApprovalAppliers(): Pick<ApprovalAppliers, 'erasure'> {
  return {
    erasure: async (tx, actor, approval) => {
      // A person's erasure: every case of theirs again, as at the request (still closed, none held).
      const personId = erasedPersonOf(approval);
      const caseIds = personId
        ? await casesToEraseForPerson(tx, personId, actor.agencyId)
        : [approval.case_id];
      if (!personId) await refuseHeld(tx, approval.case_id);
      for (const caseId of caseIds) {
        await recordCaseEvent(tx, {
          caseId,
          agencyId: actor.agencyId,
          actorUserId: actor.userId,
          kind: 'case.erasure_approved',
          detail: { approvalId: approval.id, ...(personId && { personId }) },
        });
      }
      // The job's kind is eraseCaseJob, queued by the database (migration 0087).
      await tx.query('select lindung_enqueue_erasure($1)', [approval.id]);
    },
  };
}
