import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useCan, useFormat, useMe } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { DateField } from '../../components/DateField.tsx';
import { QueryState } from '../../components/States.tsx';
import { todayIn } from '../../i18n/format.ts';
import { useAgencyName, useOtherAgencies } from './agencies.ts';
import { useCountryName } from './labels.ts';
import type { Repatriation } from './types.ts';

export const documentTypes = [
  'passport',
  'emergency_travel_document',
  'certificate_of_identity',
  'laissez_passer',
  'exit_permit',
  'other',
] as const;
const documentStatuses = ['to_apply', 'applied', 'issued'] as const;

export function RepatriationStatus({ status }: { status: Repatriation['status'] }) {
  const { t } = useTranslation();
  const color = status === 'handed_over' ? 'lindung' : status === 'cancelled' ? 'gray' : 'blue';
  return (
    <Badge variant="dot" color={color}>
      {t(`vp.return.status.${status}`)}
    </Badge>
  );
}

/** One step of a return with its date (departure by the sender, receipt by the receiver). */
export function DatedStep({
  url,
  field,
  label,
  button,
  onDone,
}: {
  url: string;
  field: 'departedOn' | 'handedOverOn';
  label: string;
  button: string;
  onDone: () => void;
}) {
  const me = useMe();
  const form = useForm<{ date: string }>({ defaultValues: { date: todayIn(me.agency.timeZone) } });
  const { problem, onSubmit: submit } = useApiForm(form, {
    fields: ['date'] as const,
    apiFields: { [field]: 'date' },
    send: async (values) => {
      await api('POST', url, { [field]: values.date });
      onDone();
    },
  });
  return (
    <form onSubmit={submit} noValidate aria-label={button}>
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <Group align="flex-end">
          <DateField control={form.control} name="date" label={label} />
          <Button type="submit" loading={form.formState.isSubmitting}>
            {button}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The sending agency cancels a return not yet handed over, with its reason. */
function CancelForm({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const { problem, onSubmit: submit } = useApiForm(form, {
    fields: ['reason'] as const,
    send: async (values) => {
      await api('POST', `/api/repatriations/${id}/cancellation`, { reason: values.reason.trim() });
      onDone();
    },
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('vp.return.cancel')}>
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <Textarea
          label={t('vp.return.cancelReason')}
          error={form.formState.errors.reason?.message}
          autosize
          minRows={2}
          {...form.register('reason')}
        />
        <Group>
          <Button type="submit" color="red.9" loading={form.formState.isSubmitting}>
            {t('vp.return.confirmCancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface PlanValues {
  receivingAgencyId: string;
  destinationProvince: string;
  plannedOn: string;
  documentType: string;
  documentNumber: string;
  documentStatus: string;
  escortName: string;
  escortOrganisation: string;
  route: string;
}

const apiFields = {
  'travelDocuments.0.type': 'documentType',
  'travelDocuments.0.number': 'documentNumber',
  'travelDocuments.0.status': 'documentStatus',
  'escort.name': 'escortName',
  'escort.organisation': 'escortOrganisation',
} as const;

/** The case's returns home: planning one, recording the departure; the receiver confirms receipt. */
export function ReturnPanel({ caseId, personId }: { caseId: string; personId: string | undefined }) {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const queryClient = useQueryClient();
  const canWrite = useCan('case:write');
  const agencies = useOtherAgencies();
  const agencyName = useAgencyName();
  const countryName = useCountryName();
  const key = ['cases', caseId, 'repatriations'];
  const returns = useQuery({
    queryKey: key,
    queryFn: () => api<{ items: Repatriation[] }>('GET', `/api/cases/${caseId}/repatriations`),
  });
  const [cancelling, setCancelling] = useState<string>();
  const form = useForm<PlanValues>({
    defaultValues: {
      receivingAgencyId: '',
      destinationProvince: '',
      plannedOn: todayIn(me.agency.timeZone),
      documentType: 'passport',
      documentNumber: '',
      documentStatus: 'to_apply',
      escortName: '',
      escortOrganisation: '',
      route: '',
    },
  });
  const { errors } = form.formState;
  const refresh = () => void queryClient.invalidateQueries({ queryKey: key });
  const { problem, onSubmit: plan } = useApiForm(form, {
    fields: [
      'receivingAgencyId',
      'destinationProvince',
      'plannedOn',
      'documentType',
      'documentNumber',
      'documentStatus',
      'escortName',
      'escortOrganisation',
      'route',
    ] as const,
    apiFields: apiFields,
    send: async (values) => {
      await api('POST', `/api/cases/${caseId}/repatriations`, {
        ...(personId && { personId }),
        receivingAgencyId: values.receivingAgencyId,
        destinationProvince: values.destinationProvince.trim(),
        plannedOn: values.plannedOn,
        travelDocuments: [
          {
            type: values.documentType,
            ...(values.documentNumber.trim() && { number: values.documentNumber.trim() }),
            status: values.documentStatus,
          },
        ],
        ...(values.escortName.trim() && {
          escort: {
            name: values.escortName.trim(),
            ...(values.escortOrganisation.trim() && { organisation: values.escortOrganisation.trim() }),
          },
        }),
        route: values.route.trim(),
      });
      form.reset();
      refresh();
    },
  });
  const items = returns.data?.items ?? [];
  const active = items.some((item) => item.status === 'planned' || item.status === 'departed');
  return (
    <Stack>
      <QueryState
        isPending={returns.isPending}
        error={returns.error}
        isEmpty={items.length === 0}
        emptyText={t('vp.return.none')}
      />
      {items.map((item) => (
        <Card
          key={item.id}
          withBorder
          component="article"
          aria-label={t('vp.return.to', { agency: agencyName(item.receivingAgencyId) })}
        >
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap">
              <Text fw={600}>{t('vp.return.to', { agency: agencyName(item.receivingAgencyId) })}</Text>
              <RepatriationStatus status={item.status} />
            </Group>
            <Text size="sm">
              {t('vp.return.planned', {
                date: format.date(item.plannedOn),
                province: item.destinationProvince,
                country: countryName(item.destinationCountry),
              })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {item.route}
            </Text>
            <Text size="xs" c="dimmed">
              {item.travelDocuments
                .map(
                  (doc) =>
                    `${t(`vp.return.document.${doc.type}`)} (${t(`vp.return.documentStatus.${doc.status}`)})`,
                )
                .join(', ')}
            </Text>
            {item.departedOn && (
              <Text size="sm">{t('vp.return.departedOn', { date: format.date(item.departedOn) })}</Text>
            )}
            {item.handedOverOn && (
              <Text size="sm">{t('vp.return.handedOverOn', { date: format.date(item.handedOverOn) })}</Text>
            )}
            {canWrite && item.status === 'planned' && item.sendingAgencyId === me.agency.id && (
              <DatedStep
                url={`/api/repatriations/${item.id}/departure`}
                field="departedOn"
                label={t('vp.return.departureDate')}
                button={t('vp.return.recordDeparture')}
                onDone={refresh}
              />
            )}
            {item.cancelReason && (
              <Text size="sm">{t('vp.return.cancelledWith', { reason: item.cancelReason })}</Text>
            )}
            {canWrite &&
              (item.status === 'planned' || item.status === 'departed') &&
              item.sendingAgencyId === me.agency.id &&
              (cancelling === item.id ? (
                <CancelForm
                  id={item.id}
                  onDone={() => {
                    setCancelling(undefined);
                    refresh();
                  }}
                />
              ) : (
                <Group>
                  <Button size="xs" variant="light" color="red" onClick={() => setCancelling(item.id)}>
                    {t('vp.return.cancel')}
                  </Button>
                </Group>
              ))}
          </Stack>
        </Card>
      ))}
      {canWrite && !active && returns.isSuccess && (
        <form onSubmit={plan} noValidate aria-label={t('vp.return.plan')}>
          <Stack gap="xs">
            <Text fw={600}>{t('vp.return.plan')}</Text>
            {problem && <Alert color="red">{problem}</Alert>}
            <NativeSelect
              label={t('vp.return.receivingAgency')}
              error={errors.receivingAgencyId?.message}
              data={[
                { value: '', label: t('vp.common.choose') },
                ...(agencies.data ?? []).map((agency) => ({ value: agency.id, label: agency.name })),
              ]}
              {...form.register('receivingAgencyId')}
            />
            <Group grow align="flex-start">
              <TextInput
                label={t('vp.return.province')}
                error={errors.destinationProvince?.message}
                {...form.register('destinationProvince')}
              />
              <DateField control={form.control} name="plannedOn" label={t('vp.return.plannedOn')} />
            </Group>
            <Group grow align="flex-start">
              <NativeSelect
                label={t('vp.return.documentType')}
                error={errors.documentType?.message}
                data={documentTypes.map((type) => ({ value: type, label: t(`vp.return.document.${type}`) }))}
                {...form.register('documentType')}
              />
              <NativeSelect
                label={t('vp.return.documentStatusLabel')}
                error={errors.documentStatus?.message}
                data={documentStatuses.map((status) => ({
                  value: status,
                  label: t(`vp.return.documentStatus.${status}`),
                }))}
                {...form.register('documentStatus')}
              />
            </Group>
            <TextInput
              label={t('vp.return.documentNumber')}
              error={errors.documentNumber?.message}
              {...form.register('documentNumber')}
            />
            <Group grow align="flex-start">
              <TextInput
                label={t('vp.return.escortName')}
                error={errors.escortName?.message}
                {...form.register('escortName')}
              />
              <TextInput
                label={t('vp.return.escortOrganisation')}
                error={errors.escortOrganisation?.message}
                {...form.register('escortOrganisation')}
              />
            </Group>
            <Textarea
              label={t('vp.return.route')}
              error={errors.route?.message}
              autosize
              minRows={2}
              {...form.register('route')}
            />
            <Group>
              <Button type="submit" loading={form.formState.isSubmitting}>
                {t('vp.return.planButton')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
