import { Alert, Button, Group, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField.tsx';
import { useProsecutionOptions } from '../InvestigationsPage.tsx';
import { useLabel } from '../labels.ts';
import { useRecorder, useToday } from './use-recorder.ts';

interface OutcomeValues {
  outcome: string;
  decidedOn: string;
  prisonMonths: number | string;
  fineAmount: string;
  fineCurrency: string;
}

/** The court's outcome of a charge; a conviction may carry prison and a fine. */
export function OutcomeForm({ investigationId, chargeId }: { investigationId: string; chargeId: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const options = useProsecutionOptions();
  const form = useForm<OutcomeValues>({
    defaultValues: {
      outcome: '',
      decidedOn: useToday(),
      prisonMonths: '',
      fineAmount: '',
      fineCurrency: 'MYR',
    },
  });
  const { problem, onSubmit } = useRecorder(investigationId, form, {
    url: `/api/charges/${chargeId}/outcomes`,
    body: (values) => {
      const prison = values.prisonMonths === '' ? undefined : Number(values.prisonMonths);
      const fine = values.fineAmount.trim()
        ? { amount: values.fineAmount.trim(), currency: values.fineCurrency.trim().toUpperCase() }
        : undefined;
      return {
        outcome: values.outcome,
        decidedOn: values.decidedOn,
        ...((prison !== undefined || fine) && {
          sentence: { ...(prison !== undefined && { prisonMonths: prison }), ...(fine && { fine }) },
        }),
      };
    },
    fields: ['outcome', 'decidedOn', 'prisonMonths', 'fineAmount', 'fineCurrency'] as const,
    apiFields: {
      'sentence.prisonMonths': 'prisonMonths',
      'sentence.fine.amount': 'fineAmount',
      'sentence.fine.currency': 'fineCurrency',
      sentence: 'outcome',
    },
  });
  const { errors } = form.formState;
  const convicted = form.watch('outcome') === 'convicted';
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('vp.prosecution.recordOutcome')}>
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <Group grow align="flex-start">
          <NativeSelect
            label={t('vp.prosecution.outcome')}
            error={errors.outcome?.message}
            data={[
              { value: '', label: t('vp.common.choose') },
              ...Object.entries(options.data?.outcomes ?? {}).map(([code, labels]) => ({
                value: code,
                label: label(labels, code),
              })),
            ]}
            {...form.register('outcome')}
          />
          <DateField control={form.control} name="decidedOn" label={t('vp.prosecution.decidedOn')} />
        </Group>
        {convicted && (
          <Group grow align="flex-start">
            <Controller
              control={form.control}
              name="prisonMonths"
              render={({ field }) => (
                <NumberInput
                  label={t('vp.prosecution.prisonMonths')}
                  error={errors.prisonMonths?.message}
                  min={0}
                  allowDecimal={false}
                  {...field}
                />
              )}
            />
            <TextInput
              label={t('vp.prosecution.fineAmount')}
              inputMode="decimal"
              error={errors.fineAmount?.message}
              {...form.register('fineAmount')}
            />
            <TextInput
              label={t('vp.prosecution.currency')}
              error={errors.fineCurrency?.message}
              {...form.register('fineCurrency')}
            />
          </Group>
        )}
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('vp.prosecution.recordOutcome')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
