import { z } from 'zod';
import { AppError, ValidationError } from '../shared/errors.ts';

/** An entity tag naming one version, as `versionEtag` writes it (a weak one is read the same). */
const versionEtagPattern = /^\s*(?:W\/)?"(\d{1,9})"\s*$/;
const malformed = 'must be the ETag you read, in double quotes, e.g. "3"';
/** RFC 9110 §13.1.1: `*`, or entity tags in double quotes (weak ones with `W/`), comma-separated. */
const entityTagListPattern = /^\s*(?:\*|(?:W\/)?"[^"]*"(?:\s*,\s*(?:W\/)?"[^"]*")*)\s*$/;

/**
 * The header of a change made only on the version read. Optional in the schema so that a missing
 * one is answered 428 (RFC 6585) rather than as a malformed request; a malformed one is a 400
 * naming the header, so a client that sent `If-Match: 3` is not told it sent nothing.
 */
export const ifMatchHeaders = z.object({
  'if-match': z
    .string()
    .regex(versionEtagPattern, malformed)
    .optional()
    .describe('Required: the ETag of the version you read, e.g. "3" (without it the change is refused, 428)'),
});

/** The header of a change that may name the version it was made on: when it does, 412 if it moved. */
export const optionalIfMatchHeaders = z.object({
  'if-match': z
    .string()
    .regex(versionEtagPattern, malformed)
    .optional()
    .describe(
      'Optional: the ETag of the version you read, e.g. "3"; the change is refused (412) if it moved since',
    ),
});

/**
 * The optional `If-Match` of a record whose entity tag is not a version number (a screening's is
 * when it last changed): malformed is a 400 naming the header, as for the numbered versions above,
 * so that a client's quoting slip is not taken for someone else's change (412).
 */
export const entityTagIfMatchHeaders = z.object({
  'if-match': z
    .string()
    .regex(entityTagListPattern, 'must be the ETag you read, in double quotes')
    .optional()
    .describe('Optional: the ETag you read; the change is refused (412) if it moved since'),
});

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
 */
export function versionOfIfMatch(ifMatch: string | undefined): number {
  if (ifMatch === undefined || ifMatch.trim() === '') throw new IfMatchRequiredError();
  const match = versionEtagPattern.exec(ifMatch);
  if (!match)
    throw new ValidationError([{ field: 'headers.if-match', code: 'invalid_format', message: malformed }]);
  return Number(match[1]);
}

/** The version named in an optional `If-Match`, or undefined when none was sent. */
export function versionOfOptionalIfMatch(ifMatch: string | undefined): number | undefined {
  return ifMatch === undefined || ifMatch.trim() === '' ? undefined : versionOfIfMatch(ifMatch);
}
