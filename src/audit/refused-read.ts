import type { Db } from '../db/db.ts';
import type { TenantScope } from '../db/tenant.ts';
import { AppError, ForbiddenError } from '../shared/errors.ts';
import { recordRefusal } from './refusal.ts';

/**
 * Runs a read of one record or of a part of it, or a step taken on a referral (`read`) and, when it
 * is refused — 404 `<type>_not_found`, which is also what another agency's record gives, or 403 —
 * audits the attempt as `action` (`<type>.read`, `<type>.read_<part>` for a part) with outcome
 * `denied`, the id asked for and the refusal's code, then rethrows. The refused request's own transaction is rolled back
 * with everything in it, so the entry is written in a transaction of its own, as the same user and
 * agency (decision 0064): someone guessing ids leaves a trace. Every GET route of a case, person or
 * screening, and every read of and step on a referral, runs through it (src/http/refused-reads.ts,
 * decisions 0067, 0101).
 * The entry does not say whether the record exists elsewhere: those who read this agency's log
 * must not learn it either.
 */
export async function auditingRefusal<T>(
  db: Db,
  attempt: {
    readonly actor: TenantScope;
    readonly subject: { readonly type: string; readonly id: string };
    /** What was refused: `case.read`, `case.read_timeline` for a part, `referral.accept`… */
    readonly action: string;
    readonly requestId: string;
  },
  read: () => Promise<T>,
): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isRefusal(error, attempt.subject.type)) {
      await recordRefusal(db, attempt.actor, {
        action: attempt.action,
        subject: attempt.subject,
        outcome: 'denied',
        requestId: attempt.requestId,
        detail: { code: error.code },
      });
    }
    throw error;
  }
}

function isRefusal(error: unknown, subjectType: string): error is AppError {
  return (
    error instanceof ForbiddenError ||
    (error instanceof AppError && error.code === `${subjectType}_not_found`)
  );
}
