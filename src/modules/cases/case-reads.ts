import { recordRead } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';

/** A part of a case read on its own (its timeline, tasks, attachments…): `case.read_<part>`. */
export type CasePart = 'timeline' | 'tasks' | 'attachments' | 'progress';

/**
 * Audits a user's read of a part of a case, as `case.read` and `case.read_notes` are (issue 4:
 * every read of a person or case is audited); a lazily committed read (decision 0028).
 */
export function recordCasePartRead(
  tx: Tx,
  read: {
    readonly actor: { readonly userId: string; readonly agencyId: string };
    readonly caseId: string;
    readonly part: CasePart;
    readonly requestId: string;
    readonly detail?: Record<string, unknown>;
  },
): Promise<void> {
  const { caseId, ...rest } = read;
  return recordRead(tx, { ...rest, subject: { type: 'case', id: caseId } });
}
