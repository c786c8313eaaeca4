import type { Db } from '../db/db.ts';
import { inTenant, type TenantScope } from '../db/tenant.ts';
import { AppError, ForbiddenError } from '../shared/errors.ts';
import { recordAudit } from './audit.ts';

/**
 * Runs a read of one record or of a part of it (`read`) and, when it is refused — 404
 * `<type>_not_found`, which is also what another agency's record gives, or 403 — audits the
 * attempt as `<type>.read` (`<type>.read_<part>` for a part) with outcome `denied`, the id asked
 * for and the refusal's code, then rethrows. The refused request's own transaction is rolled back
 * with everything in it, so the entry is written in a transaction of its own, as the same user and
 * agency (decision 0064): someone guessing ids leaves a trace. Every GET route of a case, person or
 * screening runs through it (src/http/refused-reads.ts, decision 0067).
 * The entry does not say whether the record exists elsewhere: those who read this agency's log
 * must not learn it either.
 */
export async function auditingRefusal<T>(
  db: Db,
  attempt: {
    readonly actor: TenantScope;
    readonly subject: { readonly type: string; readonly id: string };
    /** A part of the record read on its own (a case's timeline): audited as `<type>.read_<part>`. */
    readonly part?: string | undefined;
    readonly requestId: string;
  },
  read: () => Promise<T>,
): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isRefusal(error, attempt.subject.type)) {
      await inTenant(db, attempt.actor, (tx) =>
        recordAudit(tx, {
          actorUserId: attempt.actor.userId,
          agencyId: attempt.actor.agencyId,
          action: `${attempt.subject.type}.read${attempt.part ? `_${attempt.part}` : ''}`,
          subject: attempt.subject,
          outcome: 'denied',
          requestId: attempt.requestId,
          detail: { code: error.code },
        }),
      );
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
