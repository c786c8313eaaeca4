import { TextInput } from '@mantine/core';
import { type ReactNode, type Ref, useEffect, useState } from 'react';
import { type Control, type FieldPath, type FieldValues, useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format.ts';
import { readTypedDate, typedDateOf } from './typed-date.ts';

/** The value a typed text stands for: its ISO date, nothing for nothing, or the text itself (no date). */
function valueOfText(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' ? '' : (readTypedDate(trimmed) ?? trimmed);
}

export interface DateInputProps {
  label: string;
  /** The date as the API takes it (`yyyy-mm-dd`), '' for none, or text that is no date yet. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: ReactNode;
  name?: string;
  /** The input, for a form to focus when the field is refused. */
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A date typed as text, day first (`14/03/2026`) or ISO, the same in every browser (decision
 * 0091): a browser's own date box shows the date in the browser's locale, month first in some.
 * The value is the ISO date as soon as the text is one; the date understood is said under the
 * field ("14 Mar 2026"), so that a day and a month swapped are seen before saving.
 */
export function DateInput({ label, value, onChange, onBlur, error, name, inputRef }: DateInputProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(() => typedDateOf(value));
  // A value set from outside (the form reset, a filter cleared) replaces the text; the value the
  // text itself gave does not (the text stays as typed). A caller may ignore text that is no date
  // yet (a filter): the value then stays, and so does the text.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new value replaces the text
  useEffect(() => {
    if (valueOfText(text) !== value) setText(typedDateOf(value));
  }, [value]);
  const understood = readTypedDate(text);
  return (
    <TextInput
      ref={inputRef}
      label={label}
      name={name}
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('dateField.placeholder')}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        onChange(valueOfText(event.currentTarget.value));
      }}
      onBlur={onBlur}
      error={error}
      description={
        understood && !error ? (
          <span data-date-understood>{formatDate(understood, i18n.language)}</span>
        ) : (
          t('dateField.help')
        )
      }
    />
  );
}

/**
 * A form's date field (react-hook-form): a {@link DateInput} that refuses text that is no date of
 * the calendar before anything is sent, saying so under the field and naming it. A problem the
 * API puts on the field (`setError`) is shown the same way, and a refused field is focused.
 */
export function DateField<Values extends FieldValues>({
  control,
  name,
  label,
}: {
  control: Control<Values>;
  name: FieldPath<Values>;
  label: string;
}) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({
    control,
    name,
    rules: {
      validate: (value: string) =>
        !value || readTypedDate(value) !== undefined || t('dateField.malformed', { field: label }),
    },
  });
  return (
    <DateInput
      label={label}
      name={field.name}
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
      inputRef={field.ref}
    />
  );
}
