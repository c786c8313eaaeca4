import { Alert, Button, Card, Group, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useCan, useFormat, useMe } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { DateField } from '../../components/DateField.tsx';
import { QueryState } from '../../components/States.tsx';
import { todayIn } from '../../i18n/format.ts';
import { serviceTypes } from './care-vocabulary.ts';

/** The services delivered to the victim of the case. */

interface ServiceDelivery {
  id: string;
  type: string;
  deliveredOn: string;
  description: string;
}

interface DeliveryValues {
  type: string;
  deliveredOn: string;
  description: string;
}

export function DeliveriesSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const queryClient = useQueryClient();
  const canWrite = useCan('case:write');
  const key = ['cases', caseId, 'services'];
  const found = useQuery({
    queryKey: key,
    queryFn: () => api<{ items: ServiceDelivery[] }>('GET', `/api/cases/${caseId}/services`),
  });
  const form = useForm<DeliveryValues>({
    defaultValues: { type: 'medical', deliveredOn: todayIn(me.agency.timeZone), description: '' },
  });
  const { errors } = form.formState;
  const { problem, onSubmit: submit } = useApiForm(form, {
    fields: ['type', 'deliveredOn', 'description'] as const,
    send: async (values) => {
      await api('POST', `/api/cases/${caseId}/services`, {
        type: values.type,
        deliveredOn: values.deliveredOn,
        description: values.description.trim(),
      });
      form.reset({ ...values, description: '' });
      void queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const items = found.data?.items ?? [];
  return (
    <Stack component="section" aria-label={t('care.delivered.title')}>
      <Title order={2}>{t('care.delivered.title')}</Title>
      <QueryState
        isPending={found.isPending}
        error={found.error}
        isEmpty={items.length === 0}
        emptyText={t('care.delivered.none')}
      />
      {items.map((item) => (
        <Card key={item.id} withBorder component="article" aria-label={t(`care.service.type.${item.type}`)}>
          <Group justify="space-between" wrap="nowrap">
            <Text fw={600}>{t(`care.service.type.${item.type}`)}</Text>
            <Text size="xs" c="dimmed">
              {format.date(item.deliveredOn)}
            </Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {item.description}
          </Text>
        </Card>
      ))}
      {canWrite && found.isSuccess && (
        <form onSubmit={submit} noValidate aria-label={t('care.delivered.record')}>
          <Stack gap="xs">
            <Title order={3}>{t('care.delivered.record')}</Title>
            {problem && <Alert color="red">{problem}</Alert>}
            <Group grow align="flex-start">
              <NativeSelect
                label={t('care.service.typeLabel')}
                error={errors.type?.message}
                data={serviceTypes.map((type) => ({ value: type, label: t(`care.service.type.${type}`) }))}
                {...form.register('type')}
              />
              <DateField control={form.control} name="deliveredOn" label={t('care.delivered.date')} />
            </Group>
            <Textarea
              label={t('care.delivered.description')}
              error={errors.description?.message}
              autosize
              minRows={2}
              {...form.register('description')}
            />
            <Group>
              <Button type="submit" loading={form.formState.isSubmitting}>
                {t('care.delivered.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
