import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField.tsx';
import { useRecorder, useToday } from './use-recorder.ts';

/** A payment towards a restitution order, in the order's currency. */
export function PaymentForm({
  investigationId,
  orderId,
  currency,
}: {
  investigationId: string;
  orderId: string;
  currency: string;
}) {
  const { t } = useTranslation();
  const form = useForm<{ amount: string; paidOn: string }>({
    defaultValues: { amount: '', paidOn: useToday() },
  });
  const { problem, onSubmit } = useRecorder(investigationId, form, {
    url: `/api/restitution-orders/${orderId}/payments`,
    body: (values) => ({
      amount: { amount: values.amount.trim(), currency },
      paidOn: values.paidOn,
    }),
    fields: ['amount', 'paidOn'] as const,
    apiFields: { 'amount.amount': 'amount' },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('vp.prosecution.recordPayment')}>
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <Group grow align="flex-end">
          <TextInput
            label={t('vp.prosecution.paymentAmount', { currency })}
            inputMode="decimal"
            error={errors.amount?.message}
            {...form.register('amount')}
          />
          <DateField control={form.control} name="paidOn" label={t('vp.prosecution.paidOn')} />
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('vp.prosecution.recordPayment')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
