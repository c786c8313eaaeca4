import type { TFunction } from 'i18next';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiProblem, type FieldProblem } from '../api/client.ts';

/** The message for a problem the whole form has: translated by its code when we know it. */
export function problemMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiProblem)) return t('problems.unknown');
  const key = `problems.${error.code}`;
  // Every `<record>_not_found` says the same: not found, or not yours to see.
  const notFound = error.code.endsWith('_not_found') ? t('problems.not_found') : '';
  // A code this app has no message for (a newer server's) says the generic message in the user's
  // language, never the server's English `detail`.
  return t(key, { defaultValue: '' }) || notFound || t('problems.unknown');
}

/**
 * Whether the record a page shows is missing: not there or not the reader's to see (404), or named
 * in the address by something that is no id at all (400 on the path's parameters alone, e.g.
 * `/cases/not-a-uuid`). Either way the address leads nowhere.
 */
export function isMissingRecord(error: unknown): boolean {
  if (!(error instanceof ApiProblem)) return false;
  if (error.status === 404) return true;
  return (
    error.status === 400 &&
    error.errors.length > 0 &&
    error.errors.every((problem) => problem.field.startsWith('params.'))
  );
}

/** The key under `problems.fields` that says a schema problem, or undefined when only its message does. */
export function fieldProblemKey(problem: FieldProblem): string | undefined {
  const counted = problem.origin === 'array' || problem.origin === 'set' ? 'Items' : undefined;
  switch (problem.code) {
    case 'invalid_type':
      return 'required';
    case 'too_small':
      if (problem.origin === 'string') return problem.limit === 1 ? 'required' : 'tooShort';
      if (counted) return problem.limit === 1 ? 'chooseOne' : 'tooFewItems';
      if (problem.origin === 'date') return 'tooEarly';
      return 'tooLow';
    case 'too_big':
      if (problem.origin === 'string') return 'tooLong';
      if (counted) return 'tooManyItems';
      if (problem.origin === 'date') return 'tooLate';
      return 'tooHigh';
    case 'invalid_format':
      if (problem.format === 'date' || problem.format === 'datetime') return 'date';
      if (problem.format === 'email') return 'email';
      if (problem.format === 'uuid' || problem.format === 'guid') return 'choose';
      if (problem.format === 'regex' && /(country|nationality)$/i.test(problem.field)) return 'countryCode';
      return 'format';
    case 'invalid_value':
      return 'choose';
    case 'not_multiple_of':
      return 'wholeNumber';
    case 'unrecognized_keys':
      return 'unknownField';
    case 'invalid_union':
      return 'invalid';
    default:
      return undefined;
  }
}

/**
 * Problems in the order a field that shows one should take them, the most telling first: a rule of
 * the domain (`date_day_or_month_zero`) says more than the schema check that failed beside it on the
 * same value ("1990-00-00" is also no ISO date: "Enter a date", though a date was typed).
 */
export function tellingFirst(problems: readonly FieldProblem[]): FieldProblem[] {
  const rule = (problem: FieldProblem) => (fieldProblemKey(problem) === undefined && problem.code ? 1 : 0);
  return [...problems].sort((a, b) => rule(b) - rule(a));
}

/**
 * A field problem in the user's language: from its zod code when a schema check failed, from its
 * rule's code (`problems.<code>`, e.g. `date_in_future`) when a rule of the domain did, else the
 * API's (English) message behind a translated prefix, for a rule that has no code yet.
 */
export function fieldMessage(problem: FieldProblem, t: TFunction): string {
  const key = fieldProblemKey(problem);
  const text = key
    ? t(`problems.fields.${key}`, { limit: problem.limit, defaultValue: '' })
    : problem.code
      ? t(`problems.${problem.code}`, { limit: problem.limit, defaultValue: '' })
      : '';
  return text || t('problems.field', { message: problem.message });
}

/**
 * Puts the API's field problems (problem+json `errors`) on the form's fields; returns the
 * problems no field of the form shows, for an alert above it. `apiFields` renames the API's field
 * paths (`names.0.fullName`) to the form's.
 */
export function applyProblem<Values extends FieldValues>(
  error: unknown,
  fields: readonly Path<Values>[],
  setError: UseFormSetError<Values>,
  t: TFunction,
  apiFields: Record<string, Path<Values>> = {},
): string | undefined {
  if (!(error instanceof ApiProblem)) return t('problems.unknown');
  let unplaced = false;
  for (const problem of error.errors) {
    const renamed = apiFields[problem.field] ?? problem.field;
    const field = fields.find((name) => renamed === name || renamed.startsWith(`${name}.`));
    if (field) {
      setError(field, { type: 'server', message: fieldMessage(problem, t) });
    } else {
      unplaced = true;
    }
  }
  return error.errors.length === 0 || unplaced ? problemMessage(error, t) : undefined;
}
