import { type FieldProblem, ValidationError } from '../shared/errors.ts';
import type { App } from './types.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route keeps none of its body's text and reports unreadable text itself, row by row (the
     * job-advert screens: a CSV with one binary row still has its good rows screened).
     */
    readsUnstorableText?: boolean;
  }
}

/*
 * Text PostgreSQL cannot keep, refused at the door of every route with the field that holds it: the
 * NUL character (U+0000: a text column cannot hold it, and the insert failed as a server error) and a
 * lone UTF-16 surrogate (JSON may escape one, `"\ud800"`; it would be kept as U+FFFD, silently
 * changing what was typed). One rule for the body, the query and the path, on every route, so that
 * no field is forgotten: encrypted fields included, so the same text is refused wherever it goes.
 */

/** Whether a string holds a character it cannot be kept with. */
function isUnstorable(text: string): boolean {
  return text.includes('\u0000') || !text.isWellFormed();
}

/** The fields of `value` (parsed JSON, query or path parameters) holding unstorable text, by path. */
function unstorableFields(value: unknown, path: string): FieldProblem[] {
  if (typeof value === 'string') {
    return isUnstorable(value)
      ? [
          {
            field: path || 'body',
            code: 'character_not_storable',
            message: 'holds a character that cannot be kept (NUL or a lone surrogate)',
          },
        ]
      : [];
  }
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const at = path ? `${path}.${key}` : key;
    if (isUnstorable(key)) {
      return [
        {
          field: path || 'body',
          code: 'character_not_storable' as const,
          message: 'has a field name that cannot be kept',
        },
      ];
    }
    return unstorableFields(inner, at);
  });
}

/** Before any schema or route sees a request: a 400 naming every field that holds unstorable text. */
export function registerUnstorableTextCheck(app: App): void {
  app.addHook('preValidation', async (request) => {
    const problems = [
      ...unstorableFields(request.params, 'params'),
      ...unstorableFields(request.query, 'query'),
      ...(request.routeOptions.config?.readsUnstorableText ? [] : unstorableFields(request.body, '')),
    ];
    if (problems.length > 0) {
      throw new ValidationError(
        problems,
        'Some text holds a character that cannot be kept (NUL or a lone surrogate).',
      );
    }
  });
}
