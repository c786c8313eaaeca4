import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
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
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { applyProblem } from '../../app/forms.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan, useFormat, useMe } from '../../app/session.tsx';
import { QueryState } from '../../components/States.tsx';
import { todayIn } from '../../i18n/format.ts';
import { useAgencyName } from './agencies.ts';
import { useCountryName, useLabel } from './labels.ts';
import { DatedStep, RepatriationStatus } from './ReturnPanel.tsx';
import type { ReintegrationOptions, ReintegrationPlan, Repatriation } from './types.ts';

const plansKey = ['reintegration-plans'];

function useReintegrationOptions() {
  return useQuery({
    queryKey: ['reintegration', 'options'],
    queryFn: () => api<ReintegrationOptions>('GET', '/api/reintegration/options'),
    staleTime: 60 * 60_000,
  });
}

/** Opens a reintegration plan for a person handed over, with goals and the default follow-ups. */
function OpenPlanForm({ repatriation, onDone }: { repatriation: Repatriation; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm<{ goals: string }>({ defaultValues: { goals: '' } });
  const [problem, setProblem] = useState<string>();
  const submit = form.handleSubmit(async (values) => {
    setProblem(undefined);
    try {
      await api('POST', '/api/reintegration-plans', {
        repatriationId: repatriation.id,
        goals: values.goals
          .split('\n')
          .map((goal) => goal.trim())
          .filter(Boolean),
      });
      onDone();
    } catch (error) {
      setProblem(applyProblem(error, ['goals'] as const, form.setError, t));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('vp.reintegration.open')}>
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <Textarea
          label={t('vp.reintegration.goals')}
          description={t('vp.reintegration.goalsHint')}
          error={form.formState.errors.goals?.message}
          autosize
          minRows={2}
          {...form.register('goals')}
        />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('vp.reintegration.open')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function FollowUpForm({ plan, onDone }: { plan: ReintegrationPlan; onDone: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const label = useLabel();
  const options = useReintegrationOptions();
  const measures = options.data?.measures ?? [];
  const form = useForm<{ heldOn: string; notes: string; outcomes: Record<string, string> }>({
    defaultValues: { heldOn: todayIn(me.agency.timeZone), notes: '', outcomes: {} },
  });
  const [problem, setProblem] = useState<string>();
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setProblem(undefined);
    try {
      await api('POST', `/api/reintegration-plans/${plan.id}/follow-ups`, {
        heldOn: values.heldOn,
        outcomes: values.outcomes,
        ...(values.notes.trim() && { notes: values.notes.trim() }),
      });
      onDone();
    } catch (error) {
      const outcomeFields = measures.map((measure) => `outcomes.${measure.code}` as const);
      setProblem(applyProblem(error, ['heldOn', 'notes', ...outcomeFields], form.setError, t));
    }
  });
  // Every measure must be answered: the form waits for the list of measures.
  if (!options.data) {
    return <QueryState isPending={options.isPending} error={options.error} isEmpty={false} emptyText="" />;
  }
  return (
    <form onSubmit={submit} noValidate aria-label={t('vp.reintegration.recordFollowUp')}>
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <TextInput
          type="date"
          label={t('vp.reintegration.heldOn')}
          error={errors.heldOn?.message}
          {...form.register('heldOn')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {measures.map((measure) => (
            <NativeSelect
              key={measure.code}
              label={label(measure.label, measure.code)}
              error={errors.outcomes?.[measure.code]?.message}
              data={[
                { value: '', label: t('vp.common.choose') },
                ...measure.codes.map((code) => ({ value: code.code, label: label(code.label, code.code) })),
              ]}
              {...form.register(`outcomes.${measure.code}`)}
            />
          ))}
        </SimpleGrid>
        <Textarea
          label={t('vp.reintegration.notes')}
          error={errors.notes?.message}
          autosize
          minRows={2}
          {...form.register('notes')}
        />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('vp.reintegration.recordFollowUp')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ScheduleBadge({ followedUp, overdue }: { followedUp: boolean; overdue: boolean }) {
  const { t } = useTranslation();
  if (followedUp) {
    return (
      <Badge color="lindung" variant="light">
        {t('vp.reintegration.done')}
      </Badge>
    );
  }
  if (!overdue) return null;
  return (
    <Badge color="red" variant="light">
      {t('vp.reintegration.overdue')}
    </Badge>
  );
}

/** Closes a plan with its reason (and a note). */
function ClosureForm({ plan, onDone }: { plan: ReintegrationPlan; onDone: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const label = useLabel();
  const options = useReintegrationOptions();
  const form = useForm<{ closedOn: string; reason: string; note: string }>({
    defaultValues: { closedOn: todayIn(me.agency.timeZone), reason: '', note: '' },
  });
  const [problem, setProblem] = useState<string>();
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setProblem(undefined);
    try {
      await api('POST', `/api/reintegration-plans/${plan.id}/closure`, {
        closedOn: values.closedOn,
        reason: values.reason,
        ...(values.note.trim() && { note: values.note.trim() }),
      });
      onDone();
    } catch (error) {
      setProblem(applyProblem(error, ['closedOn', 'reason', 'note'] as const, form.setError, t));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('vp.reintegration.close')}>
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <Group grow align="flex-start">
          <NativeSelect
            label={t('vp.reintegration.closureReason')}
            error={errors.reason?.message}
            data={[
              { value: '', label: t('vp.common.choose') },
              ...(options.data?.closureReasons ?? []).map((reason) => ({
                value: reason.code,
                label: label(reason.label, reason.code),
              })),
            ]}
            {...form.register('reason')}
          />
          <TextInput
            type="date"
            label={t('vp.reintegration.closedOn')}
            error={errors.closedOn?.message}
            {...form.register('closedOn')}
          />
        </Group>
        <Textarea
          label={t('vp.reintegration.closureNote')}
          error={errors.note?.message}
          autosize
          minRows={2}
          {...form.register('note')}
        />
        <Group>
          <Button type="submit" color="red.9" loading={form.formState.isSubmitting}>
            {t('vp.reintegration.confirmClose')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PlanCard({ plan, onChanged }: { plan: ReintegrationPlan; onChanged: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useLabel();
  const options = useReintegrationOptions();
  const canWrite = useCan('case:write');
  const [recording, setRecording] = useState(false);
  const [closing, setClosing] = useState(false);
  const measureLabel = (code: string, value: string) => {
    const measure = options.data?.measures.find((item) => item.code === code);
    return `${label(measure?.label, code)}: ${label(measure?.codes.find((item) => item.code === value)?.label, value)}`;
  };
  return (
    <Card
      withBorder
      component="article"
      aria-label={t('vp.reintegration.planFor', { province: plan.province })}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>{t('vp.reintegration.planFor', { province: plan.province })}</Text>
          <Badge variant="dot" color={plan.status === 'open' ? 'lindung' : 'gray'} style={{ flexShrink: 0 }}>
            {t(`vp.reintegration.status.${plan.status}`)}
          </Badge>
        </Group>
        <Text size="sm">{t('vp.reintegration.returnedOn', { date: format.date(plan.returnedOn) })}</Text>
        <Text size="sm">{plan.goals.join('; ')}</Text>
        <Text size="sm" fw={600}>
          {t('vp.reintegration.schedule')}
        </Text>
        {plan.schedule.map((item) => (
          <Group key={item.sequence} gap="xs">
            <Text size="sm">
              {t('vp.reintegration.dueAfter', { months: item.months, date: format.date(item.dueOn) })}
            </Text>
            <ScheduleBadge followedUp={item.followUpId !== null} overdue={item.overdue} />
          </Group>
        ))}
        {plan.followUps.map((followUp) => (
          <Stack key={followUp.id} gap={2}>
            <Text size="sm" fw={600}>
              {t('vp.reintegration.followUpOn', { date: format.date(followUp.heldOn) })}
            </Text>
            <Text size="xs" c="dimmed">
              {Object.entries(followUp.outcomes)
                .map(([code, value]) => measureLabel(code, value))
                .join(' · ')}
            </Text>
          </Stack>
        ))}
        {plan.closedOn && (
          <Text size="sm">
            {t('vp.reintegration.closedWith', {
              date: format.date(plan.closedOn),
              reason: label(
                options.data?.closureReasons.find((reason) => reason.code === plan.closureReason)?.label,
                plan.closureReason ?? '',
              ),
            })}
          </Text>
        )}
        {canWrite && plan.status === 'open' && !recording && !closing && (
          <Group>
            <Button size="xs" variant="light" onClick={() => setRecording(true)}>
              {t('vp.reintegration.recordFollowUp')}
            </Button>
            <Button size="xs" variant="light" color="red" onClick={() => setClosing(true)}>
              {t('vp.reintegration.close')}
            </Button>
          </Group>
        )}
        {closing && (
          <ClosureForm
            plan={plan}
            onDone={() => {
              setClosing(false);
              onChanged();
            }}
          />
        )}
        {recording && (
          <FollowUpForm
            plan={plan}
            onDone={() => {
              setRecording(false);
              onChanged();
            }}
          />
        )}
      </Stack>
    </Card>
  );
}

/**
 * For the receiving agency: returns coming to it (confirming it has taken the person over), then
 * the reintegration plans with their follow-ups.
 */
export default function ReturnsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const agencyName = useAgencyName();
  const countryName = useCountryName();
  const canWrite = useCan('case:write');
  usePageTitle(t('vp.returns.title'));
  const incoming = useQuery({
    queryKey: ['repatriations', 'incoming'],
    queryFn: () => api<{ items: Repatriation[] }>('GET', '/api/repatriations/incoming'),
  });
  const plans = useQuery({
    queryKey: plansKey,
    queryFn: () => api<{ items: ReintegrationPlan[] }>('GET', '/api/reintegration-plans'),
  });
  const [opening, setOpening] = useState<string>();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['repatriations'] });
    void queryClient.invalidateQueries({ queryKey: plansKey });
  };
  const items = incoming.data?.items ?? [];
  const planItems = plans.data?.items ?? [];
  const planned = new Set(planItems.map((plan) => plan.repatriationId));
  return (
    <Stack>
      <Title order={1}>{t('vp.returns.title')}</Title>
      <section aria-label={t('vp.returns.incoming')}>
        <Stack>
          <Title order={2} size="h4">
            {t('vp.returns.incoming')}
          </Title>
          <QueryState
            isPending={incoming.isPending}
            error={incoming.error}
            isEmpty={items.length === 0}
            emptyText={t('vp.returns.noneIncoming')}
          />
          {items.map((item) => (
            <Card
              key={item.id}
              withBorder
              component="article"
              aria-label={item.person.fullName ?? t('vp.shelters.unnamed')}
            >
              <Stack gap={6}>
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={600}>{item.person.fullName ?? t('vp.shelters.unnamed')}</Text>
                  <RepatriationStatus status={item.status} />
                </Group>
                <Text size="sm">{t('vp.returns.from', { agency: agencyName(item.sendingAgencyId) })}</Text>
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
                {item.escort && <Text size="sm">{t('vp.returns.escort', { name: item.escort.name })}</Text>}
                {item.departedOn && (
                  <Text size="sm">{t('vp.return.departedOn', { date: format.date(item.departedOn) })}</Text>
                )}
                {item.handedOverOn && (
                  <Text size="sm">
                    {t('vp.return.handedOverOn', { date: format.date(item.handedOverOn) })}
                  </Text>
                )}
                {canWrite && item.status === 'departed' && (
                  <DatedStep
                    url={`/api/repatriations/${item.id}/receipt`}
                    field="handedOverOn"
                    label={t('vp.returns.receiptDate')}
                    button={t('vp.returns.confirmReceipt')}
                    onDone={refresh}
                  />
                )}
                {canWrite &&
                  item.status === 'handed_over' &&
                  plans.isSuccess &&
                  !planned.has(item.id) &&
                  (opening === item.id ? (
                    <OpenPlanForm
                      repatriation={item}
                      onDone={() => {
                        setOpening(undefined);
                        refresh();
                      }}
                    />
                  ) : (
                    <Group>
                      <Button size="xs" variant="light" onClick={() => setOpening(item.id)}>
                        {t('vp.reintegration.open')}
                      </Button>
                    </Group>
                  ))}
              </Stack>
            </Card>
          ))}
        </Stack>
      </section>
      <section aria-label={t('vp.reintegration.title')}>
        <Stack>
          <Title order={2} size="h4">
            {t('vp.reintegration.title')}
          </Title>
          <QueryState
            isPending={plans.isPending}
            error={plans.error}
            isEmpty={planItems.length === 0}
            emptyText={t('vp.reintegration.none')}
          />
          {planItems.map((plan) => (
            <PlanCard key={plan.id} plan={plan} onChanged={refresh} />
          ))}
        </Stack>
      </section>
    </Stack>
  );
}
