import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  NativeSelect,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiProblem, api, query } from '../../api/client.ts';
import { applyProblem } from '../../app/forms.ts';
import { useCan, useFormat, useMe } from '../../app/session.tsx';
import { QueryState } from '../../components/States.tsx';
import { todayIn } from '../../i18n/format.ts';
import { useLabel, useShelterOptions } from './labels.ts';
import type { Placement, Shelter } from './types.ts';

interface DischargeValues {
  dischargedOn: string;
  reason: string;
}

/** Discharging a person: by the placing agency or the shelter's. */
export function DischargeForm({ placement, onDone }: { placement: Placement; onDone: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const label = useLabel();
  const options = useShelterOptions();
  const form = useForm<DischargeValues>({
    defaultValues: { dischargedOn: todayIn(me.agency.timeZone), reason: '' },
  });
  const [problem, setProblem] = useState<string>();
  const { errors } = form.formState;
  const reasons = Object.entries(options.data?.dischargeReason ?? {}).filter(
    ([code]) => code !== 'transferred',
  );
  const submit = form.handleSubmit(async (values) => {
    setProblem(undefined);
    try {
      await api('POST', `/api/placements/${placement.id}/discharge`, values);
      onDone();
    } catch (error) {
      setProblem(applyProblem(error, ['dischargedOn', 'reason'] as const, form.setError, t));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('vp.placement.discharge')}>
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('vp.placement.dischargedOn')}
            error={errors.dischargedOn?.message}
            {...form.register('dischargedOn')}
          />
          <NativeSelect
            label={t('vp.placement.dischargeReason')}
            error={errors.reason?.message}
            data={[
              { value: '', label: t('vp.common.choose') },
              ...reasons.map(([code, labels]) => ({ value: code, label: label(labels, code) })),
            ]}
            {...form.register('reason')}
          />
        </Group>
        <Group>
          <Button type="submit" color="red.9" loading={form.formState.isSubmitting}>
            {t('vp.placement.confirmDischarge')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Open shelters with a free bed, for choosing where to place or move someone. */
function useSheltersWithBeds(enabled: boolean) {
  return useQuery({
    queryKey: ['shelters', 'active'],
    queryFn: () => api<{ items: Shelter[] }>('GET', `/api/shelters${query({ active: 'true' })}`),
    select: (page) => page.items.filter((shelter) => shelter.active && shelter.occupancy.free > 0),
    enabled,
  });
}

/** The rules a placement goes against, and the box that acknowledges them. */
function WarningsBox({
  warnings,
  error,
  register,
}: {
  warnings: { code: string; message: string }[];
  error: string | undefined;
  register: ReturnType<typeof useForm<PlaceValues>>['register'];
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const options = useShelterOptions();
  if (warnings.length === 0) return null;
  return (
    <Alert
      color="orange"
      role="alert"
      title={t('vp.placement.warningsTitle')}
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Stack gap="xs">
        <List size="sm">
          {warnings.map((warning) => (
            <List.Item key={warning.code}>
              {label(options.data?.warning[warning.code], warning.message)}
            </List.Item>
          ))}
        </List>
        <Checkbox label={t('vp.placement.acknowledge')} error={error} {...register('acknowledge')} />
      </Stack>
    </Alert>
  );
}

/** The shelter, reason and date inputs shared by placing and moving. */
function PlaceInputs({
  form,
  exclude,
  dateLabel,
  onShelterChange,
}: {
  form: ReturnType<typeof useForm<PlaceValues>>;
  exclude?: string;
  dateLabel: string;
  onShelterChange: () => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const options = useShelterOptions();
  const shelters = useSheltersWithBeds(true);
  const { errors } = form.formState;
  const choices = (shelters.data ?? []).filter((shelter) => shelter.id !== exclude);
  return (
    <>
      <NativeSelect
        label={t('vp.placement.shelter')}
        error={errors.shelterId?.message}
        description={shelters.isSuccess && choices.length === 0 ? t('vp.placement.noFreeBeds') : undefined}
        data={[
          { value: '', label: t('vp.common.choose') },
          ...choices.map((shelter) => ({
            value: shelter.id,
            label: t('vp.placement.shelterOption', {
              name: shelter.name,
              population: label(options.data?.population[shelter.population], shelter.population),
              free: shelter.occupancy.free,
            }),
          })),
        ]}
        {...form.register('shelterId', { onChange: onShelterChange })}
      />
      <Group grow align="flex-start">
        <NativeSelect
          label={t('vp.placement.reason')}
          error={errors.reason?.message}
          data={[
            { value: '', label: t('vp.common.choose') },
            ...Object.entries(options.data?.placementReason ?? {}).map(([code, labels]) => ({
              value: code,
              label: label(labels, code),
            })),
          ]}
          {...form.register('reason')}
        />
        <TextInput
          type="date"
          label={dateLabel}
          error={errors.admittedOn?.message}
          {...form.register('admittedOn')}
        />
      </Group>
    </>
  );
}

/**
 * Places a person (POST /api/placements) or moves them (POST /api/placements/:id/transfer): the
 * API answers 422 `warnings_unacknowledged` with the shelter's rules the placement goes against;
 * they are shown, and the same request goes through once the user ticks the box.
 */
function usePlaceForm(
  send: (values: PlaceValues, acknowledge: string[]) => Promise<unknown>,
  onDone: () => void,
) {
  const { t } = useTranslation();
  const me = useMe();
  const [warnings, setWarnings] = useState<{ code: string; message: string }[]>([]);
  const [problem, setProblem] = useState<string>();
  const form = useForm<PlaceValues>({
    defaultValues: { shelterId: '', reason: '', admittedOn: todayIn(me.agency.timeZone), acknowledge: false },
  });
  const submit = form.handleSubmit(async (values) => {
    setProblem(undefined);
    if (warnings.length > 0 && !values.acknowledge) {
      form.setError('acknowledge', { type: 'required', message: t('vp.placement.acknowledgeNeeded') });
      return;
    }
    try {
      await send(
        values,
        warnings.map((warning) => warning.code),
      );
      setWarnings([]);
      form.reset();
      onDone();
    } catch (error) {
      if (error instanceof ApiProblem && error.code === 'warnings_unacknowledged') {
        setWarnings(error.warnings);
        return;
      }
      setProblem(
        applyProblem(error, ['shelterId', 'reason', 'admittedOn'] as const, form.setError, t, {
          transferredOn: 'admittedOn',
        }),
      );
    }
  });
  return { form, submit, warnings, clearWarnings: () => setWarnings([]), problem };
}

function TransferForm({ placement, onDone }: { placement: Placement; onDone: () => void }) {
  const { t } = useTranslation();
  const { form, submit, warnings, clearWarnings, problem } = usePlaceForm(
    (values, acknowledge) =>
      api('POST', `/api/placements/${placement.id}/transfer`, {
        ...(values.shelterId && { shelterId: values.shelterId }),
        ...(values.reason && { reason: values.reason }),
        transferredOn: values.admittedOn,
        ...(acknowledge.length > 0 && { acknowledgeWarnings: acknowledge }),
      }),
    onDone,
  );
  return (
    <form onSubmit={submit} noValidate aria-label={t('vp.placement.transfer')}>
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <PlaceInputs
          form={form}
          exclude={placement.shelter.id}
          dateLabel={t('vp.placement.transferredOn')}
          onShelterChange={clearWarnings}
        />
        <WarningsBox
          warnings={warnings}
          error={form.formState.errors.acknowledge?.message}
          register={form.register}
        />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t(warnings.length > 0 ? 'vp.placement.transferAnyway' : 'vp.placement.transfer')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PlacementCard({ placement, onChanged }: { placement: Placement; onChanged: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useLabel();
  const options = useShelterOptions();
  const canWrite = useCan('case:write');
  const me = useMe();
  const [action, setAction] = useState<'discharge' | 'transfer'>();
  const own = placement.agencyId === me.agency.id;
  return (
    <Card withBorder component="article" aria-label={placement.shelter.name}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>{placement.shelter.name}</Text>
          <Badge variant="dot" color={placement.current ? 'lindung' : 'gray'} style={{ flexShrink: 0 }}>
            {t(placement.current ? 'vp.placement.current' : 'vp.placement.past')}
          </Badge>
        </Group>
        <Text size="sm">
          {t('vp.placement.bedAndReason', {
            bed: placement.bed.label,
            reason: label(options.data?.placementReason[placement.reason], placement.reason),
          })}
        </Text>
        <Text size="sm">{t('vp.placement.admitted', { date: format.date(placement.admittedOn) })}</Text>
        {placement.dischargedOn && (
          <Text size="sm">
            {t('vp.placement.dischargedWith', {
              date: format.date(placement.dischargedOn),
              reason: label(options.data?.dischargeReason[placement.dischargeReason ?? ''], ''),
            })}
          </Text>
        )}
        {placement.acknowledgedWarnings.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('vp.placement.acknowledged', {
              warnings: placement.acknowledgedWarnings
                .map((code) => label(options.data?.warning[code], code))
                .join('; '),
            })}
          </Text>
        )}
        {canWrite && placement.current && !action && (
          <Group gap="xs">
            {own && (
              <Button size="xs" variant="light" onClick={() => setAction('transfer')}>
                {t('vp.placement.transfer')}
              </Button>
            )}
            <Button size="xs" variant="light" color="red" onClick={() => setAction('discharge')}>
              {t('vp.placement.discharge')}
            </Button>
          </Group>
        )}
        {action === 'discharge' && (
          <DischargeForm
            placement={placement}
            onDone={() => {
              setAction(undefined);
              onChanged();
            }}
          />
        )}
        {action === 'transfer' && (
          <TransferForm
            placement={placement}
            onDone={() => {
              setAction(undefined);
              onChanged();
            }}
          />
        )}
      </Stack>
    </Card>
  );
}

interface PlaceValues {
  shelterId: string;
  reason: string;
  admittedOn: string;
  acknowledge: boolean;
}

/** The case's shelter placements, and placing the person in a shelter with free beds. */
export function PlacementsPanel({ caseId, personId }: { caseId: string; personId: string | undefined }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const canWrite = useCan('case:write');
  const key = ['cases', caseId, 'placements'];
  const placements = useQuery({
    queryKey: key,
    queryFn: () => api<{ items: Placement[] }>('GET', `/api/cases/${caseId}/placements`),
  });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: key });
    void queryClient.invalidateQueries({ queryKey: ['shelters'] });
  };
  const { form, submit, warnings, clearWarnings, problem } = usePlaceForm(
    (values, acknowledge) =>
      api('POST', '/api/placements', {
        caseId,
        ...(personId && { personId }),
        ...(values.shelterId && { shelterId: values.shelterId }),
        ...(values.reason && { reason: values.reason }),
        admittedOn: values.admittedOn,
        ...(acknowledge.length > 0 && { acknowledgeWarnings: acknowledge }),
      }),
    refresh,
  );
  const items = placements.data?.items ?? [];
  const placedNow = items.some((placement) => placement.current);
  return (
    <Stack>
      <QueryState
        isPending={placements.isPending}
        error={placements.error}
        isEmpty={items.length === 0}
        emptyText={t('vp.placement.none')}
      />
      {items.map((placement) => (
        <PlacementCard key={placement.id} placement={placement} onChanged={refresh} />
      ))}
      {canWrite && !placedNow && placements.isSuccess && (
        <form onSubmit={submit} noValidate aria-label={t('vp.placement.place')}>
          <Stack gap="xs">
            <Text fw={600}>{t('vp.placement.place')}</Text>
            {problem && <Alert color="red">{problem}</Alert>}
            <PlaceInputs
              form={form}
              dateLabel={t('vp.placement.admittedOn')}
              onShelterChange={clearWarnings}
            />
            <WarningsBox
              warnings={warnings}
              error={form.formState.errors.acknowledge?.message}
              register={form.register}
            />
            <Group>
              <Button type="submit" loading={form.formState.isSubmitting}>
                {t(warnings.length > 0 ? 'vp.placement.placeAnyway' : 'vp.placement.placeButton')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
