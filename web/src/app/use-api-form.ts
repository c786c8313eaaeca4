import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyProblem } from './forms.ts';

/** What a form sends to the API and which of its fields the API's problems may name. */
export interface ApiFormOptions<Values extends FieldValues> {
  /** The form's fields an API problem can be put on; problems on other fields go above the form. */
  fields: readonly Path<Values>[] | ((values: Values) => readonly Path<Values>[]);
  /** Renames the API's field paths (`names.0.fullName`) to the form's (`fullName`). */
  apiFields?: Record<string, Path<Values>>;
  /** The call(s) to the API; anything it throws is shown on the form. */
  send: (values: Values) => Promise<void>;
  /** Deals with a problem the form shows in its own way (say, warnings to acknowledge); true when it did. */
  handle?: (error: unknown) => boolean;
}

/**
 * The one shape of every form that calls the API: clears the last problem, sends, and on failure
 * puts the problem+json field problems on the fields and the rest in `problem` (shown in an alert).
 * `onSubmit` is the form's submit handler; `setProblem` lets a form show a problem of its own.
 */
export function useApiForm<Values extends FieldValues>(
  form: UseFormReturn<Values>,
  { fields, apiFields, send, handle }: ApiFormOptions<Values>,
) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string>();
  const onSubmit = form.handleSubmit(async (values) => {
    const named = typeof fields === 'function' ? fields(values) : fields;
    setProblem(undefined);
    try {
      await send(values);
    } catch (error) {
      if (handle?.(error)) return;
      setProblem(applyProblem(error, named, form.setError, t, apiFields));
    }
  });
  return { problem, setProblem, onSubmit };
}
