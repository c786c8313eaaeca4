import type { FieldProblemCode } from './field-rules.ts';

/**
 * The one error hierarchy. Each error has a stable `code` (what clients switch on) and an HTTP
 * status; the HTTP layer turns any of them into RFC 9457 problem+json in one place.
 */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  constructor(code: string, status: number, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.status = status;
  }
}

export interface FieldProblem {
  /** JSON pointer-like dotted path of the field, e.g. `memberships.0.role`. */
  readonly field: string;
  readonly message: string;
  /**
   * What is wrong, for clients that say it in the user's language: the zod issue code
   * (`too_small`, `invalid_format`, …) of a schema check, or the code of a domain rule
   * (`date_in_future`, `person_not_of_case`, …; the web app translates it under `problems`);
   * absent when only the message says it.
   */
  readonly code?: FieldProblemCode;
  /** The bound a `too_small` / `too_big` value missed, and what it counts (`string`, `array`, `number`…). */
  readonly limit?: number;
  readonly origin?: string;
  /** The format an `invalid_format` value missed (`date`, `uuid`, `email`…). */
  readonly format?: string;
}

/** The commonest rule of a date: it has not happened yet (said by its code, `date_in_future`). */
export function dateInFuture(field: string): FieldProblem {
  return { code: 'date_in_future', field, message: 'is in the future' };
}

/**
 * The case a change is on is closed (409 `case_closed`), said of `caseId` wherever the request
 * names the case (its body, its path) or reaches it through another record (a referral's case).
 */
export function caseClosed(): FieldProblem {
  return { code: 'case_closed', field: 'caseId', message: 'is closed' };
}

/** 400: the request is malformed or a field is invalid. */
export class ValidationError extends AppError {
  readonly fields: readonly FieldProblem[];
  constructor(
    fields: readonly FieldProblem[],
    message = 'The request has invalid fields.',
    code = 'validation_failed',
  ) {
    super(code, 400, message);
    this.fields = fields;
  }
}

/** 401: nobody is signed in, or the session or token is no longer valid. */
export class UnauthenticatedError extends AppError {
  constructor(code = 'unauthenticated', message = 'Sign in to continue.') {
    super(code, 401, message);
  }
}

/** 403: signed in, but not allowed to do this. */
export class ForbiddenError extends AppError {
  /**
   * The permissions the refusing rule asked for that the user does not hold (problem+json's
   * `missingPermissions`): what an administrator would grant. Empty when the rule refused for
   * another reason, or the refusal came from elsewhere than a policy.
   */
  readonly missingPermissions: readonly string[];
  constructor(
    code = 'forbidden',
    message = 'You are not allowed to do this.',
    missingPermissions: readonly string[] = [],
  ) {
    super(code, 403, message);
    this.missingPermissions = missingPermissions;
  }
}

/**
 * 404: also what a user gets for another agency's record, so that nobody can learn whether
 * a record they may not see exists.
 */
export class NotFoundError extends AppError {
  constructor(what: string) {
    super(`${what}_not_found`, 404, `The ${what.replaceAll('_', ' ')} was not found.`);
  }
}

/** 409: the request conflicts with the current state (a duplicate, a stale version). */
export class ConflictError extends AppError {
  /** The fields whose values conflict, when known (a taken e-mail address). */
  readonly fields: readonly FieldProblem[];
  constructor(code: string, message: string, fields: readonly FieldProblem[] = []) {
    super(code, 409, message);
    this.fields = fields;
  }
}

/**
 * 422: well-formed, but breaks a rule of the domain. When the rule is about fields, `fields` names
 * them — problem+json carries them as `errors[]`, as a 400 does, so a form can mark the field.
 */
export class RuleViolationError extends AppError {
  readonly fields: readonly FieldProblem[];
  constructor(code: string, message: string, fields: readonly FieldProblem[] = []) {
    super(code, 422, message);
    this.fields = fields;
  }
}

/** An error that names the fields it is about (400, 409, 422): problem+json's `errors[]`. */
export function fieldsOf(error: AppError): readonly FieldProblem[] {
  return error instanceof ValidationError ||
    error instanceof ConflictError ||
    error instanceof RuleViolationError
    ? error.fields
    : [];
}

/** Something that goes against a rule the caller may knowingly set aside, by its stable code. */
export interface Warning {
  readonly code: string;
  readonly message: string;
}

/**
 * 422: the request goes against rules that are warnings, not blocks. Nothing was written; the
 * same request with every warning's code acknowledged (e.g. `acknowledgeWarnings`) goes through.
 */
export class UnacknowledgedWarningsError extends AppError {
  readonly warnings: readonly Warning[];
  constructor(warnings: readonly Warning[], message: string) {
    super('warnings_unacknowledged', 422, message);
    this.warnings = warnings;
  }
}

/** 429: too many attempts; `retryAfterSeconds` tells the client when to try again. */
export class TooManyRequestsError extends AppError {
  readonly retryAfterSeconds: number;
  constructor(code: string, message: string, retryAfterSeconds: number) {
    super(code, 429, message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
