import type { TFunction } from 'i18next';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiProblem } from '../api/client.ts';

/** The message for a problem the whole form has: translated by its code when we know it. */
export function problemMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiProblem)) return t('problems.unknown');
  const key = `problems.${error.code}`;
  return t(key, { defaultValue: '' }) || error.detail || t('problems.unknown');
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
      setError(field, { type: 'server', message: t('problems.field', { message: problem.message }) });
    } else {
      unplaced = true;
    }
  }
  return error.errors.length === 0 || unplaced ? problemMessage(error, t) : undefined;
}
