import type { Tx } from '../../db/db.ts';
import { AppError } from '../../shared/errors.ts';
import { lockScreeningVersion } from './screening.repo.ts';

/** The screening's version as an HTTP entity tag: when it last changed, to the millisecond. */
export function screeningEtag(updatedAt: Date): string {
  return `"${updatedAt.toISOString()}"`;
}

/** 412: the screening changed since the version the client names in `If-Match`. */
export class ScreeningChangedError extends AppError {
  constructor() {
    super(
      'screening_changed',
      412,
      'The screening was changed by someone else since you read it: read it again before saving.',
    );
  }
}

/**
 * When the client names the version it read (`If-Match`), the save goes through only on that
 * version: the row is locked first, so two near-simultaneous saves cannot both pass the check.
 * Without the header the save is unconditional, as before (older clients).
 */
export async function checkIfMatch(tx: Tx, screeningId: string, ifMatch: string | undefined): Promise<void> {
  if (ifMatch === undefined) return;
  const current = await lockScreeningVersion(tx, screeningId);
  if (ifMatch.trim() === '*' && current) return;
  const named = ifMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (!current || !named.includes(screeningEtag(current))) throw new ScreeningChangedError();
}
