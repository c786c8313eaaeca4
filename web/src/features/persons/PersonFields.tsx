import { NativeSelect } from '@mantine/core';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CountryField } from '../../components/CountrySelect.tsx';
import { sexes } from './types.ts';

/** The values of a person's sex and nationality (a country code, '' for none), in any person form. */
export interface SexAndNationalityValues {
  sex: string;
  nationality: string;
}

/**
 * A person's sex and nationality, as recording a new person and editing one both ask them. The
 * two fields come as siblings, so that the form lays them out in its own stack or grid.
 */
export function SexAndNationalityFields<Values extends FieldValues & SexAndNationalityValues>({
  form: anyForm,
}: {
  form: UseFormReturn<Values>;
}) {
  const form = anyForm as unknown as UseFormReturn<SexAndNationalityValues>;
  const { t } = useTranslation();
  return (
    <>
      <NativeSelect
        label={t('person.sexLabel')}
        data={sexes.map((sex) => ({ value: sex, label: t(`person.sex.${sex}`) }))}
        {...form.register('sex')}
      />
      <CountryField
        control={form.control}
        name="nationality"
        label={t('person.nationality')}
        description={t('person.nationalityHelp')}
      />
    </>
  );
}
