import { Checkbox, Group, NativeSelect, Textarea } from '@mantine/core';
import { Controller, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { riskLevels } from './case-options.ts';

/** Where a picker takes its codes and their labels from: the API's list and a translation prefix. */
interface CodePicker<Values extends FieldValues> {
  form: UseFormReturn<Values>;
  name: Path<Values>;
  label: string;
  codes: readonly string[];
  /** The translation key of a code's label, e.g. `case.risk.${code}`. */
  labelKey: (code: string) => string;
}

/**
 * One of a case's coded facts (type, form of exploitation, risk level, sector…), chosen from the
 * API's codes; `empty` adds a first choice for none. The opening and the editing of a case use it.
 */
export function CodeSelect<Values extends FieldValues>({
  form,
  name,
  label,
  codes,
  labelKey,
  empty,
}: CodePicker<Values> & { empty?: string }) {
  const { t } = useTranslation();
  const error = form.getFieldState(name, form.formState).error?.message;
  return (
    <NativeSelect
      label={label}
      data={[
        ...(empty === undefined ? [] : [{ value: '', label: empty }]),
        ...codes.map((code) => ({ value: code, label: t(labelKey(code)) })),
      ]}
      error={error}
      {...form.register(name)}
    />
  );
}

/** Several of a case's coded facts at once (forms of exploitation, means of control), as checkboxes. */
export function CodeChecks<Values extends FieldValues>({
  form,
  name,
  label,
  codes,
  labelKey,
}: CodePicker<Values>) {
  const { t } = useTranslation();
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <Checkbox.Group
          label={label}
          value={field.value}
          onChange={field.onChange}
          error={fieldState.error?.message}
        >
          <Group mt="xs" gap="sm">
            {codes.map((code) => (
              <Checkbox key={code} value={code} label={t(labelKey(code))} />
            ))}
          </Group>
        </Checkbox.Group>
      )}
    />
  );
}

/** The case's narrative, in the person's words where possible (stored encrypted by the API). */
export function CaseSummaryField<Values extends FieldValues & { summary: string }>({
  form,
}: {
  form: UseFormReturn<Values>;
}) {
  const { t } = useTranslation();
  const name = 'summary' as Path<Values>;
  return (
    <Textarea
      label={t('case.summary')}
      description={t('case.summaryHelp')}
      autosize
      minRows={3}
      error={form.getFieldState(name, form.formState).error?.message}
      {...form.register(name)}
    />
  );
}

/** The case's risk level, as the opening and the editing of a case choose it. */
export function RiskLevelSelect<Values extends FieldValues & { riskLevel: string }>({
  form,
}: {
  form: UseFormReturn<Values>;
}) {
  const { t } = useTranslation();
  return (
    <CodeSelect
      form={form}
      name={'riskLevel' as Path<Values>}
      label={t('case.riskLabel')}
      codes={riskLevels}
      labelKey={(risk) => `case.risk.${risk}`}
    />
  );
}
