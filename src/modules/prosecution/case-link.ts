import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { type CaseRow, requireCase } from '../cases/index.ts';

/** A case of the agency's own as the cases module shows it to the user, or undefined when hidden. */
export async function findCaseForLink(tx: Tx, caseId: string): Promise<CaseRow | undefined> {
  try {
    return await requireCase(tx, caseId);
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}
