import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { type Control, type FieldPath, type FieldValues, useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { byNameOrCode, countryOptions } from './country-options.ts';

/**
 * A country, chosen by its name in the reader's language (typing its name or its two-letter code
 * finds it); its value is the ISO 3166-1 alpha-2 code the API takes. Empty: `null`.
 */
export function CountrySelect(props: Omit<SelectProps, 'data' | 'filter' | 'searchable'>) {
  const { t, i18n } = useTranslation();
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  return (
    <Select
      searchable
      clearable
      // Choosing the country already chosen keeps it (Mantine's default would clear it); × clears.
      allowDeselect={false}
      data={countries}
      filter={byNameOrCode}
      nothingFoundMessage={t('common.noCountryFound')}
      limit={300}
      {...props}
    />
  );
}

/** A `CountrySelect` bound to a form's field that holds the code ('' for none). */
export function CountryField<Values extends FieldValues>({
  control,
  name,
  label,
  description,
}: {
  control: Control<Values>;
  name: FieldPath<Values>;
  label: string;
  description?: string;
}) {
  const { field, fieldState } = useController({ control, name });
  return (
    <CountrySelect
      label={label}
      description={description}
      name={field.name}
      value={(field.value as string | undefined) || null}
      onChange={(code) => field.onChange(code ?? '')}
      onBlur={field.onBlur}
      ref={field.ref}
      error={fieldState.error?.message}
    />
  );
}
