import { recordAudit } from '../../audit/audit.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Tx } from '../../db/db.ts';
import type { PackCode } from '../../jurisdictions/index.ts';
import type { Actor } from '../../policy/policy.ts';
import { dateInFuture, type FieldProblem, ValidationError } from '../../shared/errors.ts';
import { agencyToday } from '../agencies/index.ts';

/** What every prosecution command is given. */
export interface ProsecutionProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly keyring: Keyring;
  readonly requestId: string;
  /** The deployment's jurisdiction pack, for agencies of a country without a pack of its own. */
  readonly jurisdiction: PackCode;
}

/** Audits a change to an investigation, in the same transaction as the change. */
export function auditChange(
  props: ProsecutionProps,
  action: string,
  subject: { type: string; id: string },
  detail: Record<string, unknown>,
): Promise<void> {
  return recordAudit(props.tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action,
    subject,
    requestId: props.requestId,
    detail,
  });
}

/**
 * Checks a date of the record: not in the future (the agency's time zone) and not before `earliest`
 * (what it follows: the investigation's opening, the charge). Returns the problems found.
 */
export async function dateProblems(
  props: ProsecutionProps,
  field: string,
  value: string,
  earliest: { readonly date: string; readonly what: string } | undefined,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (value > (await agencyToday(props.tx, props.actor.agencyId))) {
    problems.push(dateInFuture(field));
  }
  if (earliest && value < earliest.date) {
    problems.push({
      code: 'date_before_earlier_step',
      field,
      message: `is before ${earliest.what} (${earliest.date})`,
    });
  }
  return problems;
}

export function throwIfProblems(problems: readonly FieldProblem[]): void {
  if (problems.length > 0) throw new ValidationError(problems);
}
