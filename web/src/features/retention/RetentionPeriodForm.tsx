import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useApiForm } from '../../app/use-api-form.ts';
import {
  type RetentionPeriod,
  type RetentionRecordType,
  type RetentionScope,
  retentionQueryKey,
} from './types.ts';

interface PeriodValues {
  years: number;
  source: string;
}

/** Sets one period; the API's bounds (legal minimum, the period fallen back to) come back on the years field. */
export function RetentionPeriodForm(props: {
  recordType: RetentionRecordType;
  scope: RetentionScope;
  /** The country shown: a country's period is set for it. */
  country: string;
  current: RetentionPeriod | null;
  title: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<PeriodValues>({
    defaultValues: { years: props.current?.years ?? 10, source: props.current?.source ?? '' },
  });
  const { problem, onSubmit } = useApiForm(form, {
    fields: ['years', 'source'],
    send: async (values) => {
      await api('PUT', '/api/retention-periods', {
        recordType: props.recordType,
        scope: props.scope,
        ...(props.scope === 'country' && { country: props.country }),
        years: values.years,
        source: values.source,
      });
      await queryClient.invalidateQueries({ queryKey: retentionQueryKey });
      props.onDone();
    },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <Modal
      opened
      onClose={props.onDone}
      title={props.title}
      closeButtonProps={{ 'aria-label': t('retention.cancel') }}
    >
      <form onSubmit={onSubmit} noValidate aria-label={props.title}>
        <Stack>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <TextInput
            type="number"
            min={1}
            max={100}
            step={1}
            inputMode="numeric"
            label={t('retention.column.years')}
            description={t('retention.yearsHelp')}
            error={errors.years?.message}
            {...form.register('years', { valueAsNumber: true, required: t('problems.required') })}
          />
          <TextInput
            label={t('retention.column.source')}
            description={t('retention.sourceHelp')}
            error={errors.source?.message}
            {...form.register('source', { required: t('problems.required') })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onDone}>
              {t('retention.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('retention.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
