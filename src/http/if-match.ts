import { AppError } from '../shared/errors.ts';

/** A record's version as an HTTP entity tag. */
export function versionEtag(version: number): string {
  return `"${version}"`;
}

/** 428: a change that must name the version it was made on did not. */
export class IfMatchRequiredError extends AppError {
  constructor() {
    super(
      'if_match_required',
      428,
      'Name the version you read in If-Match, so that another change since is not overwritten.',
    );
  }
}

/**
 * The version a client names in `If-Match` (the `ETag` it read, e.g. `"3"`), for a change that
 * is made only on that version. Required: an edit without it could overwrite another one unseen.
 * A header that names no version (or several) is refused like a missing one.
 */
export function versionOfIfMatch(ifMatch: string | undefined): number {
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(ifMatch ?? '');
  if (!match) throw new IfMatchRequiredError();
  return Number(match[1]);
}
