import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiProblem, api } from '../../api/client.ts';
import { useCan, useFormat } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { DateField } from '../../components/DateField.tsx';
import { QueryState } from '../../components/States.tsx';
import { plannedServiceStatuses, serviceTypes } from './care-vocabulary.ts';

/** The case's care plan: the version in force and a form that makes the next one. */

interface PlannedService {
  id: string;
  type: string;
  responsibleAgencyId: string;
  startsOn: string | null;
  endsOn: string | null;
  status: string;
}
interface CarePlan {
  id: string;
  version: number;
  plannedOn: string;
  reviewOn: string;
  reviewOverdue: boolean;
  goals: string[];
  services: PlannedService[];
}

interface PlanValues {
  reviewOn: string;
  goals: string;
  services: { id?: string; type: string; startsOn: string; endsOn: string; status: string }[];
}

function PlanForm({
  caseId,
  current,
  onDone,
  onReload,
  onCancel,
}: {
  caseId: string;
  current: CarePlan | undefined;
  onDone: (awaiting: boolean) => void;
  onReload: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<PlanValues>({
    defaultValues: {
      reviewOn: current?.reviewOn ?? '',
      goals: current?.goals.join('\n') ?? '',
      services: (current?.services ?? []).map((service) => ({
        id: service.id,
        type: service.type,
        startsOn: service.startsOn ?? '',
        endsOn: service.endsOn ?? '',
        status: service.status,
      })),
    },
  });
  const services = useFieldArray({ control: form.control, name: 'services' });
  const [changed, setChanged] = useState(false);
  const { errors } = form.formState;
  const { problem, onSubmit: submit } = useApiForm(form, {
    fields: (values) => [
      'reviewOn',
      'goals',
      ...values.services.flatMap(
        (_, index) =>
          [
            `services.${index}.type`,
            `services.${index}.startsOn`,
            `services.${index}.endsOn`,
            `services.${index}.status`,
          ] as const,
      ),
    ],
    send: async (values) => {
      setChanged(false);
      const answer = await api<CarePlan | { approval: unknown }>('PUT', `/api/cases/${caseId}/care-plan`, {
        reviewOn: values.reviewOn,
        goals: values.goals
          .split('\n')
          .map((goal) => goal.trim())
          .filter(Boolean),
        services: values.services.map((service) => ({
          ...(service.id && { id: service.id }),
          type: service.type,
          ...(service.startsOn && { startsOn: service.startsOn }),
          ...(service.endsOn && { endsOn: service.endsOn }),
          status: service.status,
        })),
        basedOnVersion: current?.version ?? null,
      });
      onDone('approval' in answer);
    },
    handle: (error) => {
      if (!(error instanceof ApiProblem && error.code === 'care_plan_changed')) return false;
      setChanged(true);
      return true;
    },
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('care.plan.set')}>
      <Stack gap="xs">
        <Title order={3}>{t('care.plan.set')}</Title>
        {problem && <Alert color="red">{problem}</Alert>}
        {changed && (
          <Alert color="orange">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('care.plan.changed')}</Text>
              <Button size="xs" variant="light" onClick={onReload}>
                {t('care.plan.reload')}
              </Button>
            </Stack>
          </Alert>
        )}
        <Textarea
          label={t('care.plan.goals')}
          description={t('care.plan.goalsHint')}
          error={errors.goals?.message}
          autosize
          minRows={3}
          {...form.register('goals')}
        />
        <DateField control={form.control} name="reviewOn" label={t('care.plan.reviewOn')} />
        {services.fields.map((field, index) => (
          <Card key={field.id} withBorder p="xs">
            <SimpleGrid cols={{ base: 1, sm: 4 }}>
              <NativeSelect
                label={t('care.service.typeLabel')}
                error={errors.services?.[index]?.type?.message}
                data={serviceTypes.map((type) => ({ value: type, label: t(`care.service.type.${type}`) }))}
                {...form.register(`services.${index}.type`)}
              />
              <DateField
                control={form.control}
                name={`services.${index}.startsOn`}
                label={t('care.plan.startsOn')}
              />
              <DateField
                control={form.control}
                name={`services.${index}.endsOn`}
                label={t('care.plan.endsOn')}
              />
              <NativeSelect
                label={t('care.plan.statusLabel')}
                error={errors.services?.[index]?.status?.message}
                data={plannedServiceStatuses.map((status) => ({
                  value: status,
                  label: t(`care.plan.status.${status}`),
                }))}
                {...form.register(`services.${index}.status`)}
              />
            </SimpleGrid>
            <Group mt="xs">
              <Button size="xs" variant="subtle" color="red" onClick={() => services.remove(index)}>
                {t('care.plan.removeService')}
              </Button>
            </Group>
          </Card>
        ))}
        <Group>
          <Button
            size="xs"
            variant="light"
            onClick={() => services.append({ type: 'medical', startsOn: '', endsOn: '', status: 'planned' })}
          >
            {t('care.plan.addService')}
          </Button>
        </Group>
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('care.plan.save')}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {t('care.plan.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function PlanSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const canWrite = useCan('case:write');
  const key = ['cases', caseId, 'care-plan'];
  const plan = useQuery({
    queryKey: key,
    queryFn: async () => {
      try {
        return await api<CarePlan>('GET', `/api/cases/${caseId}/care-plan`);
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 404) return null;
        throw error;
      }
    },
  });
  const [awaiting, setAwaiting] = useState(false);
  const [editing, setEditing] = useState(false);
  const current = plan.data ?? undefined;
  return (
    <Stack component="section" aria-label={t('care.plan.title')}>
      <Title order={2}>{t('care.plan.title')}</Title>
      <QueryState
        isPending={plan.isPending}
        error={plan.error}
        isEmpty={plan.data === null}
        emptyText={t('care.plan.none')}
      />
      {awaiting && <Alert color="yellow">{t('care.plan.awaitingApproval')}</Alert>}
      {current && (
        <Card
          withBorder
          component="article"
          aria-label={t('care.plan.version', { version: current.version })}
        >
          <Stack gap={6}>
            <Group justify="space-between">
              <Text fw={600}>{t('care.plan.version', { version: current.version })}</Text>
              {current.reviewOverdue && <Badge color="red">{t('care.plan.reviewOverdue')}</Badge>}
            </Group>
            <Text size="sm">
              {t('care.plan.dates', {
                planned: format.date(current.plannedOn),
                review: format.date(current.reviewOn),
              })}
            </Text>
            <List size="sm">
              {current.goals.map((goal, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: goals have no id; the list is read-only
                <List.Item key={index}>{goal}</List.Item>
              ))}
            </List>
            {current.services.map((service) => (
              <Text key={service.id} size="sm">
                {t(`care.service.type.${service.type}`)} · {t(`care.plan.status.${service.status}`)}
                {service.startsOn && ` · ${format.date(service.startsOn)}`}
                {service.endsOn && ` – ${format.date(service.endsOn)}`}
              </Text>
            ))}
          </Stack>
        </Card>
      )}
      {canWrite &&
        plan.isSuccess &&
        (editing ? (
          <PlanForm
            key={current?.version ?? 0}
            caseId={caseId}
            current={current}
            onDone={(waiting) => {
              setAwaiting(waiting);
              setEditing(false);
              void queryClient.invalidateQueries({ queryKey: key });
            }}
            onReload={() => void plan.refetch()}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <Group>
            <Button variant="light" onClick={() => setEditing(true)}>
              {current ? t('care.plan.edit') : t('care.plan.set')}
            </Button>
          </Group>
        ))}
    </Stack>
  );
}
