import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField.tsx';
import { useProsecutionOptions } from '../InvestigationsPage.tsx';
import { useLabel } from '../labels.ts';
import type { Investigation } from '../types.ts';
import { useRecorder, useToday } from './use-recorder.ts';

interface RestitutionValues {
  victimId: string;
  kind: string;
  amount: string;
  currency: string;
  orderedOn: string;
}

/** Restitution or compensation ordered on a conviction, for one of the investigation's victims. */
export function RestitutionForm({
  investigation,
  chargeId,
}: {
  investigation: Investigation;
  chargeId: string;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const options = useProsecutionOptions();
  const form = useForm<RestitutionValues>({
    defaultValues: { victimId: '', kind: 'restitution', amount: '', currency: 'MYR', orderedOn: useToday() },
  });
  const { problem, onSubmit } = useRecorder(investigation.id, form, {
    url: `/api/charges/${chargeId}/restitution-orders`,
    body: (values) => ({
      victimId: values.victimId,
      kind: values.kind,
      amount: { amount: values.amount.trim(), currency: values.currency.trim().toUpperCase() },
      orderedOn: values.orderedOn,
    }),
    fields: ['victimId', 'kind', 'amount', 'currency', 'orderedOn'] as const,
    apiFields: { 'amount.amount': 'amount', 'amount.currency': 'currency' },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('vp.prosecution.orderRestitution')}>
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <Group grow align="flex-start">
          <NativeSelect
            label={t('vp.prosecution.victim')}
            error={errors.victimId?.message}
            data={[
              { value: '', label: t('vp.common.choose') },
              ...investigation.victims.map((victim, index) => ({
                value: victim.id,
                label:
                  victim.caseReference ??
                  victim.victims?.[0]?.names[0] ??
                  t('vp.prosecution.victimNumber', { number: index + 1 }),
              })),
            ]}
            {...form.register('victimId')}
          />
          <NativeSelect
            label={t('vp.prosecution.kind')}
            error={errors.kind?.message}
            data={Object.entries(options.data?.restitutionKinds ?? {}).map(([code, labels]) => ({
              value: code,
              label: label(labels, code),
            }))}
            {...form.register('kind')}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label={t('vp.prosecution.amount')}
            inputMode="decimal"
            error={errors.amount?.message}
            {...form.register('amount')}
          />
          <TextInput
            label={t('vp.prosecution.currency')}
            error={errors.currency?.message}
            {...form.register('currency')}
          />
          <DateField control={form.control} name="orderedOn" label={t('vp.prosecution.orderedOn')} />
        </Group>
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('vp.prosecution.orderRestitution')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
