import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useMe } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { useLabel } from '../victim-path/labels.ts';
import { useActionPlanOptions } from './queries.ts';
import type { Activity, Plan, ProgressReport, ProgressStatus } from './types.ts';

const statuses: readonly ProgressStatus[] = ['not_started', 'on_track', 'delayed', 'at_risk', 'completed'];

interface ReportValues {
  activityId: string;
  year: string;
  status: ProgressStatus;
  narrative: string;
  values: Record<string, string>;
  submit: boolean;
}

/** The activities of a plan the user's agency is responsible for. */
export function activitiesOf(plan: Plan, agencyId: string): Activity[] {
  return plan.strategies.flatMap((strategy) =>
    strategy.activities.filter((activity) => activity.responsibleAgencyId === agencyId),
  );
}

function indicatorValues(activity: Activity | undefined, values: Record<string, string>) {
  return (activity?.indicators ?? [])
    .filter((indicator) => values[indicator.id]?.trim())
    .map((indicator) => ({ indicatorId: indicator.id, value: Number(values[indicator.id]) }));
}

/**
 * A progress report by the activity's responsible agency: a new one (choose activity and year), or
 * a draft or returned one submitted again with changes.
 */
export function ReportForm({
  plan,
  report,
  onDone,
}: {
  plan: Plan;
  report?: ProgressReport;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const label = useLabel();
  const options = useActionPlanOptions();
  const queryClient = useQueryClient();
  const mine = activitiesOf(plan, me.agency.id);
  const years = Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => plan.startYear + i);
  const thisYear = new Date().getFullYear();
  const form = useForm<ReportValues>({
    defaultValues: {
      activityId: report?.activityId ?? mine[0]?.id ?? '',
      year: String(report?.year ?? Math.min(Math.max(thisYear - 1, plan.startYear), plan.endYear)),
      status: report?.status ?? 'on_track',
      narrative: report?.narrative ?? '',
      values: Object.fromEntries(
        (report?.indicatorValues ?? []).map((v) => [v.indicatorId, String(v.value)]),
      ),
      submit: false,
    },
  });
  const activity = mine.find((candidate) => candidate.id === form.watch('activityId'));
  const { errors } = form.formState;
  const { problem, onSubmit } = useApiForm(form, {
    fields: ['activityId', 'year', 'status', 'narrative'] as const,
    send: async (values) => {
      const body = {
        status: values.status,
        narrative: values.narrative,
        indicatorValues: indicatorValues(activity, values.values),
      };
      if (report) {
        await api('POST', `/api/action-plan-reports/${report.id}/submit`, body);
      } else {
        await api('POST', `/api/action-plans/${plan.id}/reports`, {
          ...body,
          activityId: values.activityId,
          year: Number(values.year),
          submit: values.submit,
        });
        form.reset({ ...values, narrative: '', values: {} });
      }
      await queryClient.invalidateQueries({ queryKey: ['action-plans', plan.id] });
      onDone?.();
    },
  });
  const name = report ? t('coord.reports.resubmit') : t('coord.reports.new');
  return (
    <Card withBorder component="section" aria-label={name}>
      <form onSubmit={onSubmit} noValidate aria-label={name}>
        <Stack gap="xs">
          <Title order={3} size="h5">
            {name}
          </Title>
          {!report && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('coord.reports.activity')}
                data={mine.map((candidate) => ({ value: candidate.id, label: candidate.title }))}
                error={errors.activityId?.message}
                {...form.register('activityId')}
              />
              <NativeSelect
                label={t('coord.reports.year')}
                data={years.map(String)}
                error={errors.year?.message}
                {...form.register('year')}
              />
            </SimpleGrid>
          )}
          <NativeSelect
            label={t('coord.reports.status')}
            data={statuses.map((status) => ({
              value: status,
              label: label(options.data?.status[status], status),
            }))}
            error={errors.status?.message}
            {...form.register('status')}
          />
          <Textarea
            label={t('coord.reports.narrative')}
            autosize
            minRows={3}
            error={errors.narrative?.message}
            {...form.register('narrative')}
          />
          {(activity?.indicators ?? []).map((indicator) => (
            <TextInput
              key={indicator.id}
              inputMode="decimal"
              label={t('coord.reports.valueOf', { indicator: indicator.name, unit: indicator.unit })}
              {...form.register(`values.${indicator.id}`)}
            />
          ))}
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group>
            {report ? (
              <Button type="submit" loading={form.formState.isSubmitting}>
                {t('coord.reports.submit')}
              </Button>
            ) : (
              <>
                <Button
                  type="submit"
                  loading={form.formState.isSubmitting}
                  onClick={() => form.setValue('submit', true)}
                >
                  {t('coord.reports.submit')}
                </Button>
                <Button
                  type="submit"
                  variant="default"
                  loading={form.formState.isSubmitting}
                  onClick={() => form.setValue('submit', false)}
                >
                  {t('coord.reports.saveDraft')}
                </Button>
              </>
            )}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
