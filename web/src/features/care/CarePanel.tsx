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
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type Path, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiProblem, api } from '../../api/client.ts';
import { applyProblem } from '../../app/forms.ts';
import { useCan, useFormat, useMe } from '../../app/session.tsx';
import { QueryState } from '../../components/States.tsx';
import { todayIn } from '../../i18n/format.ts';

/*
 * The case's care (issue: care plans, needs assessments, services delivered), as one tab of the
 * case page. Shapes follow src/modules/care/*.schema.ts.
 */

export const serviceTypes = [
  'medical',
  'psychosocial',
  'legal_aid',
  'interpretation',
  'shelter',
  'financial',
  'vocational',
  'education',
  'repatriation',
  'family_tracing',
  'documentation',
  'reintegration',
  'other',
] as const;
const needDomains = [
  'safety',
  'shelter',
  'medical',
  'mental_health',
  'legal',
  'documentation',
  'financial',
  'employment',
  'education',
  'family',
  'repatriation',
  'interpretation',
] as const;
const needLevels = ['none', 'low', 'medium', 'high', 'urgent'] as const;
type NeedDomain = (typeof needDomains)[number];
type NeedLevel = (typeof needLevels)[number];

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
interface NeedsAssessment {
  id: string;
  assessedOn: string;
  needs: Record<NeedDomain, { level: NeedLevel; note: string | null }>;
  supersededById: string | null;
}
interface ServiceDelivery {
  id: string;
  type: string;
  deliveredOn: string;
  description: string;
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
  const [problem, setProblem] = useState<string>();
  const [changed, setChanged] = useState(false);
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setProblem(undefined);
    setChanged(false);
    try {
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
    } catch (error) {
      if (error instanceof ApiProblem && error.code === 'care_plan_changed') {
        setChanged(true);
        return;
      }
      const fields: Path<PlanValues>[] = [
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
      ];
      setProblem(applyProblem(error, fields, form.setError, t));
    }
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
        <TextInput
          type="date"
          label={t('care.plan.reviewOn')}
          error={errors.reviewOn?.message}
          {...form.register('reviewOn')}
        />
        {services.fields.map((field, index) => (
          <Card key={field.id} withBorder p="xs">
            <SimpleGrid cols={{ base: 1, sm: 4 }}>
              <NativeSelect
                label={t('care.service.typeLabel')}
                error={errors.services?.[index]?.type?.message}
                data={serviceTypes.map((type) => ({ value: type, label: t(`care.service.type.${type}`) }))}
                {...form.register(`services.${index}.type`)}
              />
              <TextInput
                type="date"
                label={t('care.plan.startsOn')}
                error={errors.services?.[index]?.startsOn?.message}
                {...form.register(`services.${index}.startsOn`)}
              />
              <TextInput
                type="date"
                label={t('care.plan.endsOn')}
                error={errors.services?.[index]?.endsOn?.message}
                {...form.register(`services.${index}.endsOn`)}
              />
              <NativeSelect
                label={t('care.plan.statusLabel')}
                error={errors.services?.[index]?.status?.message}
                data={(['planned', 'active', 'done', 'cancelled'] as const).map((status) => ({
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

function PlanSection({ caseId }: { caseId: string }) {
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

type NeedsValues = { assessedOn: string; needs: Record<NeedDomain, NeedLevel> };

function NeedsSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const queryClient = useQueryClient();
  const canWrite = useCan('case:write');
  const key = ['cases', caseId, 'needs-assessments'];
  const found = useQuery({
    queryKey: key,
    queryFn: () => api<{ items: NeedsAssessment[] }>('GET', `/api/cases/${caseId}/needs-assessments`),
  });
  const form = useForm<NeedsValues>({
    defaultValues: {
      assessedOn: todayIn(me.agency.timeZone),
      needs: Object.fromEntries(needDomains.map((domain) => [domain, 'none'])) as Record<
        NeedDomain,
        NeedLevel
      >,
    },
  });
  const [problem, setProblem] = useState<string>();
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setProblem(undefined);
    try {
      await api('POST', `/api/cases/${caseId}/needs-assessments`, {
        assessedOn: values.assessedOn,
        needs: Object.fromEntries(needDomains.map((domain) => [domain, { level: values.needs[domain] }])),
      });
      void queryClient.invalidateQueries({ queryKey: key });
    } catch (error) {
      const fields: Path<NeedsValues>[] = ['assessedOn', ...needDomains.map((d) => `needs.${d}` as const)];
      setProblem(applyProblem(error, fields, form.setError, t));
    }
  });
  const items = found.data?.items ?? [];
  const latest = items.find((item) => !item.supersededById) ?? items[0];
  return (
    <Stack component="section" aria-label={t('care.needs.title')}>
      <Title order={2}>{t('care.needs.title')}</Title>
      <QueryState
        isPending={found.isPending}
        error={found.error}
        isEmpty={items.length === 0}
        emptyText={t('care.needs.none')}
      />
      {latest && (
        <Card withBorder component="article" aria-label={t('care.needs.latest')}>
          <Text fw={600}>{t('care.needs.assessedOn', { date: format.date(latest.assessedOn) })}</Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
            {needDomains.map((domain) => (
              <Text key={domain} size="sm">
                {t(`care.needs.domain.${domain}`)}: {t(`care.needs.level.${latest.needs[domain].level}`)}
              </Text>
            ))}
          </SimpleGrid>
        </Card>
      )}
      {canWrite && found.isSuccess && (
        <form onSubmit={submit} noValidate aria-label={t('care.needs.record')}>
          <Stack gap="xs">
            <Title order={3}>{t('care.needs.record')}</Title>
            {problem && <Alert color="red">{problem}</Alert>}
            <TextInput
              type="date"
              label={t('care.needs.date')}
              error={errors.assessedOn?.message}
              {...form.register('assessedOn')}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {needDomains.map((domain) => (
                <NativeSelect
                  key={domain}
                  label={t(`care.needs.domain.${domain}`)}
                  error={errors.needs?.[domain]?.message}
                  data={needLevels.map((level) => ({ value: level, label: t(`care.needs.level.${level}`) }))}
                  {...form.register(`needs.${domain}`)}
                />
              ))}
            </SimpleGrid>
            <Group>
              <Button type="submit" loading={form.formState.isSubmitting}>
                {t('care.needs.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

interface DeliveryValues {
  type: string;
  deliveredOn: string;
  description: string;
}

function DeliveriesSection({ caseId }: { caseId: string }) {
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
  const [problem, setProblem] = useState<string>();
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setProblem(undefined);
    try {
      await api('POST', `/api/cases/${caseId}/services`, {
        type: values.type,
        deliveredOn: values.deliveredOn,
        description: values.description.trim(),
      });
      form.reset({ ...values, description: '' });
      void queryClient.invalidateQueries({ queryKey: key });
    } catch (error) {
      setProblem(applyProblem(error, ['type', 'deliveredOn', 'description'] as const, form.setError, t));
    }
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
              <TextInput
                type="date"
                label={t('care.delivered.date')}
                error={errors.deliveredOn?.message}
                {...form.register('deliveredOn')}
              />
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

/** The Care tab: the plan in force, the needs assessed, the services delivered. */
export function CarePanel({ caseId }: { caseId: string }) {
  return (
    <Stack gap="xl">
      <PlanSection caseId={caseId} />
      <NeedsSection caseId={caseId} />
      <DeliveriesSection caseId={caseId} />
    </Stack>
  );
}
