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
import type { ProtectionOrder } from './types.ts';

interface CourtValues {
  court: string;
  magistrate: string;
  courtReference: string;
  appliedOn: string;
  issuedOn: string;
}

interface IssueValues extends CourtValues {
  kind: 'interim' | 'full';
}

const courtFields = ['court', 'magistrate', 'courtReference', 'appliedOn', 'issuedOn'] as const;

/** The court's part of an order, as the API takes it (empty optional fields left out). */
function courtBody(values: CourtValues) {
  return {
    court: values.court.trim(),
    ...(values.magistrate.trim() && { magistrate: values.magistrate.trim() }),
    ...(values.courtReference.trim() && { courtReference: values.courtReference.trim() }),
    appliedOn: values.appliedOn,
    issuedOn: values.issuedOn,
  };
}

function CourtInputs({ form }: { form: ReturnType<typeof useForm<IssueValues>> }) {
  const { t } = useTranslation();
  const { errors } = form.formState;
  return (
    <>
      <TextInput label={t('vp.orders.court')} error={errors.court?.message} {...form.register('court')} />
      <TextInput
        label={t('vp.orders.magistrate')}
        error={errors.magistrate?.message}
        {...form.register('magistrate')}
      />
      <TextInput
        label={t('vp.orders.courtReference')}
        error={errors.courtReference?.message}
        {...form.register('courtReference')}
      />
      <Group grow>
        <DateField control={form.control} name="appliedOn" label={t('vp.orders.appliedOn')} />
        <DateField control={form.control} name="issuedOn" label={t('vp.orders.issuedOn')} />
      </Group>
    </>
  );
}

function useCourtForm(kind: IssueValues['kind']) {
  const me = useMe();
  const today = todayIn(me.agency.timeZone);
  return useForm<IssueValues>({
    defaultValues: { kind, court: '', magistrate: '', courtReference: '', appliedOn: today, issuedOn: today },
  });
}

/** Follows an order in force: an interim order becomes a protection order, or one is extended. */
function ExtendForm({ order, onDone }: { order: ProtectionOrder; onDone: (saved: ProtectionOrder) => void }) {
  const { t } = useTranslation();
  const form = useCourtForm('full');
  const { problem, onSubmit: submit } = useApiForm(form, {
    fields: courtFields,
    send: async (values) => {
      onDone(
        await api<ProtectionOrder>('POST', `/api/protection-orders/${order.id}/extend`, courtBody(values)),
      );
    },
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('vp.orders.extend')}>
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <CourtInputs form={form} />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('vp.orders.saveExtension')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface RevokeValues {
  revokedOn: string;
  reason: string;
}

function RevokeForm({ order, onDone }: { order: ProtectionOrder; onDone: (saved: ProtectionOrder) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const form = useForm<RevokeValues>({
    defaultValues: { revokedOn: todayIn(me.agency.timeZone), reason: '' },
  });
  const { errors } = form.formState;
  const { problem, onSubmit: submit } = useApiForm(form, {
    fields: ['revokedOn', 'reason'] as const,
    send: async (values) => {
      onDone(
        await api<ProtectionOrder>('POST', `/api/protection-orders/${order.id}/revoke`, {
          revokedOn: values.revokedOn,
          reason: values.reason.trim(),
        }),
      );
    },
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('vp.orders.revoke')}>
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <DateField control={form.control} name="revokedOn" label={t('vp.orders.revokedOn')} />
        <Textarea
          label={t('vp.orders.revokeReason')}
          error={errors.reason?.message}
          autosize
          minRows={2}
          {...form.register('reason')}
        />
        <Group>
          <Button type="submit" color="red.9" loading={form.formState.isSubmitting}>
            {t('vp.orders.confirmRevoke')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function OrderCard({
  order,
  canRecord,
  onSaved,
}: {
  order: ProtectionOrder;
  canRecord: boolean;
  onSaved: (o: ProtectionOrder) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [action, setAction] = useState<'extend' | 'revoke'>();
  const statusColor = order.status === 'in_force' ? 'lindung' : order.status === 'revoked' ? 'red' : 'gray';
  return (
    <Card withBorder component="article" aria-label={t(`vp.orders.kind.${order.kind}`)}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>{t(`vp.orders.kind.${order.kind}`)}</Text>
          <Badge variant="dot" color={statusColor}>
            {t(`vp.orders.status.${order.status}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {order.court}
          {order.courtReference ? ` · ${order.courtReference}` : ''}
        </Text>
        <Text size="sm">
          {t('vp.orders.inForce', { from: format.date(order.issuedOn), until: format.date(order.expiresOn) })}
        </Text>
        <Text size="xs" c="dimmed">
          {order.legalBasis}
        </Text>
        {order.unconfirmedLimit && (
          <Text size="xs" c="red.9">
            {t('vp.orders.unconfirmedLimit')}
          </Text>
        )}
        {order.status === 'in_force' && order.deadline && order.deadline.reminders.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('vp.orders.reminders', {
              dates: order.deadline.reminders.map((reminder) => format.dateTime(reminder.at)).join(', '),
            })}
          </Text>
        )}
        {order.revokedOn && (
          <Text size="sm">
            {t('vp.orders.revokedWith', {
              date: format.date(order.revokedOn),
              reason: order.revocationReason ?? '',
            })}
          </Text>
        )}
        {canRecord && order.status === 'in_force' && (
          <Group gap="xs">
            <Button
              size="xs"
              variant="light"
              onClick={() => setAction(action === 'extend' ? undefined : 'extend')}
            >
              {t(order.kind === 'interim' ? 'vp.orders.makeFull' : 'vp.orders.extend')}
            </Button>
            <Button
              size="xs"
              variant="light"
              color="red"
              onClick={() => setAction(action === 'revoke' ? undefined : 'revoke')}
            >
              {t('vp.orders.revoke')}
            </Button>
          </Group>
        )}
        {action === 'extend' && (
          <ExtendForm
            order={order}
            onDone={(saved) => {
              setAction(undefined);
              onSaved(saved);
            }}
          />
        )}
        {action === 'revoke' && (
          <RevokeForm
            order={order}
            onDone={(saved) => {
              setAction(undefined);
              onSaved(saved);
            }}
          />
        )}
      </Stack>
    </Card>
  );
}

/** The case's protection orders (expiry computed by the API from the jurisdiction pack), and issuing one. */
export function ProtectionOrdersPanel({
  caseId,
  personId,
}: {
  caseId: string;
  personId: string | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const canRecord = useCan('case:write');
  const key = ['cases', caseId, 'protection-orders'];
  const orders = useQuery({
    queryKey: key,
    queryFn: () => api<{ items: ProtectionOrder[] }>('GET', `/api/cases/${caseId}/protection-orders`),
  });
  const [saved, setSaved] = useState<ProtectionOrder>();
  const form = useCourtForm('interim');
  const { errors } = form.formState;
  const onSaved = async (order: ProtectionOrder) => {
    setSaved(order);
    await queryClient.invalidateQueries({ queryKey: key });
  };
  const { problem, onSubmit: issue } = useApiForm(form, {
    fields: ['kind', ...courtFields] as const,
    send: async (values) => {
      setSaved(undefined);
      const order = await api<ProtectionOrder>('POST', `/api/cases/${caseId}/protection-orders`, {
        kind: values.kind,
        personId,
        ...courtBody(values),
      });
      form.reset();
      await onSaved(order);
    },
  });
  const items = orders.data?.items ?? [];
  return (
    <Stack>
      {saved && (
        <Alert color="lindung" role="status" title={t(`vp.orders.kind.${saved.kind}`)}>
          {t('vp.orders.savedExpiry', { date: format.date(saved.expiresOn) })}
        </Alert>
      )}
      <QueryState
        isPending={orders.isPending}
        error={orders.error}
        isEmpty={items.length === 0}
        emptyText={t('vp.orders.none')}
      />
      {items.map((order) => (
        <OrderCard key={order.id} order={order} canRecord={canRecord} onSaved={(o) => void onSaved(o)} />
      ))}
      {canRecord && personId && (
        <form onSubmit={issue} noValidate aria-label={t('vp.orders.issue')}>
          <Stack gap="xs">
            <Text fw={600}>{t('vp.orders.issue')}</Text>
            {problem && <Alert color="red">{problem}</Alert>}
            <NativeSelect
              label={t('vp.orders.kindLabel')}
              error={errors.kind?.message}
              data={(['interim', 'full'] as const).map((kind) => ({
                value: kind,
                label: t(`vp.orders.kind.${kind}`),
              }))}
              {...form.register('kind')}
            />
            <CourtInputs form={form} />
            <Text size="xs" c="dimmed">
              {t('vp.orders.expiryComputed')}
            </Text>
            <Group>
              <Button type="submit" loading={form.formState.isSubmitting}>
                {t('vp.orders.issueButton')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
