import { AppError } from '../shared/errors.ts';

/** A backup file that cannot be used: not a backup, damaged, altered, or under a key we lack. */
export class BackupFileError extends AppError {
  constructor(code: string, message: string) {
    super(code, 422, message);
  }
}

/**
 * A backup or restore that the database's state forbids, or a restore whose result did not match
 * the backup. A refused restore is rolled back: the database is left as it was.
 */
export class BackupRefusedError extends AppError {
  constructor(code: string, message: string) {
    super(code, 409, message);
  }
}
