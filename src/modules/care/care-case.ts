import { recordAudit } from '../../audit/audit.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import type { FieldProblem } from '../../shared/errors.ts';
import { findAgency } from '../agencies/index.ts';
import { isAgencyMember } from '../cases/index.ts';

/** What every care command is given. */
export interface CareCommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly keyring: Keyring;
  readonly requestId: string;
}

/** Audits a read of a case's care records (they hold health and other sensitive detail). */
export async function recordCareRead(
  props: CareCommandProps,
  caseId: string,
  action: string,
  detail: Record<string, unknown> = {},
): Promise<void> {
  await recordAudit(props.tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action,
    subject: { type: 'case', id: caseId },
    requestId: props.requestId,
    detail,
  });
}

/** A problem with `field` unless it names an active agency (any agency: care is often given by others). */
export async function agencyProblem(tx: Tx, agencyId: string, field: string): Promise<FieldProblem[]> {
  const agency = await findAgency(tx, agencyId);
  return agency?.active ? [] : [{ code: 'agency_inactive', field, message: 'is not an active agency' }];
}

/** A problem with `field` unless the user is a member of the actor's agency. */
export async function memberProblem(
  tx: Tx,
  userId: string,
  agencyId: string,
  field: string,
): Promise<FieldProblem[]> {
  return (await isAgencyMember(tx, userId, agencyId))
    ? []
    : [{ code: 'user_not_of_agency', field, message: 'is not a member of your agency' }];
}
