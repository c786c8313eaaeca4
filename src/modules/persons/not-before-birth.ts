import type { Tx } from '../../db/db.ts';
import { ValidationError } from '../../shared/errors.ts';
import { earliestBirthOf } from './person.repo.ts';

/**
 * Refuses a date about a person (a screening, an identification decision, a consent) before their earliest
 * possible birth: a year-only birth counts from 1 January, an estimated age a year early. Cases
 * check their own dates the same way, for victims only (src/modules/cases/case.commands.ts).
 */
export async function checkNotBeforeBirth(
  tx: Tx,
  personId: string,
  field: string,
  on: string,
): Promise<void> {
  const earliestBirth = await earliestBirthOf(tx, [personId]);
  if (earliestBirth && on < earliestBirth) {
    throw new ValidationError([
      { code: 'date_before_birth', field, message: 'is before the person was born' },
    ]);
  }
}
