import { type ComboboxItem, type OptionsFilter, Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { type Control, type FieldPath, type FieldValues, useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { countryCodes } from '../../../src/shared/country-codes.ts';
import { intlTag } from '../i18n/format.ts';

/** Case and accents aside: "viet" finds "Việt Nam". */
const folded = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/**
 * The countries in the reader's language, in its alphabetical order: the ISO 3166-1 codes the API
 * takes, named by the browser (src/shared/country-codes.ts).
 */
function useCountries(): ComboboxItem[] {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const tag = intlTag(i18n.language);
    const names = new Intl.DisplayNames([tag], { type: 'region' });
    const collator = new Intl.Collator(tag);
    return countryCodes
      .map((code) => ({ value: code, label: names.of(code) ?? code }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [i18n.language]);
}

/** A name's words that begin with what was typed, or the code typed whole: "my" finds Malaysia and Myanmar. */
const byNameOrCode: OptionsFilter = ({ options, search }) => {
  const typed = folded(search.trim());
  if (!typed) return options;
  return options.filter((option) => {
    if (!('value' in option)) return false;
    if (option.value.toLowerCase() === typed) return true;
    const name = folded(option.label);
    return name.startsWith(typed) || name.includes(` ${typed}`) || name.includes(`(${typed}`);
  });
};

/**
 * A country, chosen by its name in the reader's language (typing its name or its two-letter code
 * finds it); its value is the ISO 3166-1 alpha-2 code the API takes. Empty: `null`.
 */
export function CountrySelect(props: Omit<SelectProps, 'data' | 'filter' | 'searchable'>) {
  const { t } = useTranslation();
  const countries = useCountries();
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
