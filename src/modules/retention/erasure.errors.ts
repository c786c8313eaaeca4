import { ConflictError } from '../../shared/errors.ts';

/** 409 when an open prosecution holds the case: erasure waits until its charges are decided. */
export class LegalHoldError extends ConflictError {
  constructor() {
    super(
      'erasure_legal_hold',
      'An open prosecution holds this case: it cannot be erased until every charge is decided.',
    );
  }
}
