import { Checkbox, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { Controller, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCountryAgencies } from './queries.ts';

export interface VersionValues {
  effectiveOn: string;
  summary: string;
  body: string;
  requiredAgencyIds: string[];
}

export const versionFields = ['effectiveOn', 'summary', 'body', 'requiredAgencyIds'] as const;

/** A guideline version's fields: when it takes effect, what it is, its text, who must acknowledge it. */
export function VersionFields<Values extends FieldValues>({
  form,
  prefix,
}: {
  form: UseFormReturn<Values>;
  /** Where the version's fields sit in the form: '' or 'version.'. */
  prefix: '' | 'version.';
}) {
  const { t } = useTranslation();
  const agencies = useCountryAgencies();
  const name = (field: keyof VersionValues) => `${prefix}${field}` as Path<Values>;
  const error = (field: keyof VersionValues) => {
    const errors = (prefix ? form.formState.errors.version : form.formState.errors) as
      | Partial<Record<keyof VersionValues, { message?: string }>>
      | undefined;
    return errors?.[field]?.message;
  };
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('coord.guidelines.effectiveOn')}
          error={error('effectiveOn')}
          {...form.register(name('effectiveOn'))}
        />
        <TextInput
          label={t('coord.guidelines.summary')}
          error={error('summary')}
          {...form.register(name('summary'))}
        />
      </SimpleGrid>
      <Textarea
        label={t('coord.guidelines.body')}
        autosize
        minRows={5}
        maxRows={20}
        error={error('body')}
        {...form.register(name('body'))}
      />
      <Controller
        control={form.control}
        name={name('requiredAgencyIds')}
        render={({ field }) => (
          <Checkbox.Group
            label={t('coord.guidelines.required')}
            error={error('requiredAgencyIds')}
            {...field}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={4}>
              {agencies.map((agency) => (
                <Checkbox key={agency.id} value={agency.id} label={agency.name} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        )}
      />
    </Stack>
  );
}
