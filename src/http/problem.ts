import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { $ZodIssueCode } from 'zod/v4/core';
import { mapDatabaseError } from '../db/errors.ts';
import {
  AppError,
  type FieldProblem,
  ForbiddenError,
  fieldsOf,
  NotFoundError,
  TooManyRequestsError,
  UnacknowledgedWarningsError,
  ValidationError,
  type Warning,
} from '../shared/errors.ts';
import { isFieldRuleCode } from '../shared/field-rules.ts';
import { MethodNotAllowedError, trackAllowedMethods } from './allowed-methods.ts';
import { confirmBeforeAnswering } from './authenticate.ts';
import type { App } from './types.ts';

/** An RFC 9457 problem document, plus the stable `code` and the invalid fields. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  requestId: string;
  errors?: FieldProblem[];
  warnings?: Warning[];
  missingPermissions?: string[];
}

const titles: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthenticated',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Content too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  412: 'Precondition failed',
  422: 'Unprocessable content',
  428: 'Precondition required',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

interface ZodIssueParams {
  keys?: string[];
  /** A custom issue's own parameters: `code` names the domain rule it checks (decimal-integer.ts). */
  params?: { code?: unknown };
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
}

/** The parts of a zod issue a client needs to say the problem in its own language. */
function issueDetails(keyword: string, params: ZodIssueParams): Omit<FieldProblem, 'field' | 'message'> {
  const bound = params.minimum ?? params.maximum;
  const rule = params.params?.code;
  return {
    // zod's issue code, passed on by fastify-type-provider-zod as the keyword; a custom check's rule code.
    code:
      keyword === 'custom' && typeof rule === 'string' && isFieldRuleCode(rule)
        ? rule
        : (keyword as $ZodIssueCode),
    ...(typeof bound === 'number' || typeof bound === 'bigint' ? { limit: Number(bound) } : {}),
    ...(typeof params.origin === 'string' && { origin: params.origin }),
    ...(typeof params.format === 'string' && { format: params.format }),
  };
}

/** The request's part a validation error is about, as sent: its body, query, path parameters or headers. */
function validatedPart(request: FastifyRequest, context: string): unknown {
  if (context === 'querystring') return request.query;
  if (context === 'params') return request.params;
  if (context === 'headers') return request.headers;
  return request.body;
}

/** Issues of a value's type or choice: said of a field left out, they mean only that it is required. */
const missingValueKeywords = new Set(['invalid_type', 'invalid_value', 'invalid_union']);

/**
 * Whether the request left out the value at `path`. zod reports a field left out as a value of the
 * wrong type ("expected string, received undefined") and keeps no input on its issues (it would
 * need `reportInput`, which fastify-type-provider-zod does not pass), so the request itself says.
 */
function leftOut(sent: unknown, path: readonly string[]): boolean {
  let value = sent;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return false;
    value = (value as Record<string, unknown>)[key];
  }
  return value === undefined;
}

/** Names each invalid field: body fields by their path (`memberships.0.role`), others prefixed (`query.limit`). */
function fieldProblems(
  error: FastifyError & {
    validation: { instancePath: string; message: string; keyword: string; params: unknown }[];
  },
  request: FastifyRequest,
): FieldProblem[] {
  const context = (error as { validationContext?: string }).validationContext ?? 'body';
  const sent = validatedPart(request, context);
  const prefix = context === 'body' ? '' : `${context === 'querystring' ? 'query' : context}.`;
  // zod runs a length check on whatever has a length: a string sent for a list is answered
  // `invalid_type` and then `too_big` against the list's bound, which is not true of it. Once a
  // value has the wrong type, its other checks say nothing (decision 0145).
  const wrongType = new Set(
    error.validation.filter((issue) => issue.keyword === 'invalid_type').map((issue) => issue.instancePath),
  );
  const issues = error.validation.filter(
    (issue) => issue.keyword === 'invalid_type' || !wrongType.has(issue.instancePath),
  );
  return issues.flatMap((issue): FieldProblem[] => {
    const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const keys = (issue.params as ZodIssueParams).keys;
    if (issue.keyword === 'unrecognized_keys' && keys) {
      return keys.map((key) => ({
        field: `${prefix}${path ? `${path}.` : ''}${key}`,
        message: 'is not a known field',
        code: 'unrecognized_keys',
      }));
    }
    const missing =
      missingValueKeywords.has(issue.keyword) &&
      leftOut(
        sent,
        issue.instancePath.split('/').filter((key) => key !== ''),
      );
    const field = `${prefix}${path}` || context;
    // zod checks an enum or a literal by its values alone, so one left out is `invalid_value`, and a
    // union's `invalid_union`: a field left out reads as any other, `invalid_type` (decision 0168).
    if (missing) return [{ field, message: 'is required', code: 'invalid_type' }];
    return [
      {
        field,
        message: issue.message ?? 'is invalid',
        ...issueDetails(issue.keyword, (issue.params ?? {}) as ZodIssueParams),
      },
    ];
  });
}

/** Turns whatever was thrown into the platform's error; unknown errors become a bare 500. */
function toAppError(error: unknown, request: FastifyRequest): AppError | undefined {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error))
    return new ValidationError(fieldProblems(error as never, request));
  const mapped = mapDatabaseError(error);
  if (mapped) return mapped;
  const fastifyError = error as Partial<FastifyError>;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError('body_too_large', 413, 'The request body is too large.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported_media_type', 415, 'Send the request body as application/json.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ValidationError(
        [{ code: 'body_empty', field: 'body', message: 'is empty' }],
        'The request body is empty.',
      );
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ValidationError(
        [{ code: 'body_not_json', field: 'body', message: 'is not valid JSON' }],
        'The request body is not valid JSON.',
      );
  }
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) {
    return new ValidationError(
      [{ code: 'body_not_json', field: 'body', message: 'is not valid JSON' }],
      'The request body is not valid JSON.',
    );
  }
  if (fastifyError.statusCode === 429) {
    return new TooManyRequestsError('rate_limited', 'Too many requests; wait and try again.', 60);
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return new AppError('bad_request', fastifyError.statusCode, 'The request cannot be processed.');
  }
  return undefined;
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  const problem: Problem = {
    type: `urn:lindung:problem:${error.code}`,
    title: titles[error.status] ?? 'Error',
    status: error.status,
    detail: error.message,
    instance: request.url.split('?')[0] ?? '/',
    code: error.code,
    requestId: request.id,
  };
  const fields = fieldsOf(error);
  if (fields.length > 0) problem.errors = [...fields];
  if (error instanceof UnacknowledgedWarningsError) problem.warnings = [...error.warnings];
  if (error instanceof ForbiddenError && error.missingPermissions.length > 0) {
    problem.missingPermissions = [...error.missingPermissions];
  }
  if (error instanceof TooManyRequestsError) reply.header('retry-after', String(error.retryAfterSeconds));
  if (error instanceof MethodNotAllowedError) reply.header('allow', error.allow.join(', '));
  return reply.status(error.status).type('application/problem+json').send(problem);
}

/**
 * Errors the router raises before any route runs (a URL that cannot be decoded, a path parameter
 * longer than the router takes): problem+json like every other error (fastify's `frameworkErrors`).
 */
export function frameworkProblem(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  return sendProblem(
    request,
    reply,
    tooLong
      ? new AppError('path_too_long', 414, 'A part of the URL is too long.')
      : new AppError('bad_url', 400, 'The URL cannot be read.'),
  );
}

/**
 * One handler writes every error response, so every error reads the same. Call before any route
 * is added: a known path asked with a method it does not take answers 405 rather than 404.
 * `onRefused` is told of every refusal (a status under 500) before it is answered: the audit of a
 * refused change (decision 0130).
 */
export function registerProblemHandlers(
  app: App,
  onRefused: (request: FastifyRequest, error: AppError) => Promise<void>,
): void {
  const allowedMethods = trackAllowedMethods(app);
  app.setErrorHandler(async (thrown, request, reply) => {
    let error: unknown = thrown;
    // A request on a remembered session not yet confirmed by the database: an ended session is
    // answered 401 before anything else (decision 0056).
    await confirmBeforeAnswering(request).catch((unauthenticated: unknown) => {
      error = unauthenticated;
    });
    const appError = toAppError(error, request);
    if (appError) {
      if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
      else await onRefused(request, appError);
      return sendProblem(request, reply, appError);
    }
    // Log the error's class and stack only: messages of unknown errors may quote personal data.
    const unknown = error as Error;
    request.log.error(
      { errorName: unknown?.name, stack: unknown?.stack?.split('\n').slice(1, 6).join('\n') },
      'unexpected error',
    );
    return sendProblem(
      request,
      reply,
      new AppError(
        'internal_error',
        500,
        'Something went wrong on our side. The request id helps an administrator find out what.',
      ),
    );
  });
  app.setNotFoundHandler((request, reply) => {
    const allow = allowedMethods(request.method, request.url);
    return sendProblem(
      request,
      reply,
      allow.length > 0 ? new MethodNotAllowedError(allow) : new NotFoundError('resource'),
    );
  });
}
