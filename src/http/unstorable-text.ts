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

/**
 * The fields of `value` (parsed JSON, query or path parameters) holding unstorable text, by path.
 * Walked with a list of its own, not by recursion: a body of 10,000 nested arrays must not
 * overflow the stack (the fuzzer sent one).
 */
function unstorableFields(value: unknown, root: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const pending: [unknown, string][] = [[value, root]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [inner, path] = next;
    if (typeof inner === 'string') {
      if (isUnstorable(inner)) {
        problems.push({
          field: path || 'body',
          code: 'character_not_storable',
          message: 'holds a character that cannot be kept (NUL or a lone surrogate)',
        });
      }
    } else if (inner !== null && typeof inner === 'object') {
      for (const [key, child] of Object.entries(inner)) {
        if (isUnstorable(key)) {
          problems.push({
            field: path || 'body',
            code: 'character_not_storable',
            message: 'has a field name that cannot be kept',
          });
        } else {
          pending.push([child, path ? `${path}.${key}` : key]);
        }
      }
    }
  }
  return problems.reverse();
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
