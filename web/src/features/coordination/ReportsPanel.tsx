import { Alert, Badge, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useCan, useFormat, useMe } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { QueryState } from '../../components/States.tsx';
import { FilesPanel } from '../attachments/AttachmentsPanel.tsx';
import { useAgencyName } from '../victim-path/agencies.ts';
import { useLabel } from '../victim-path/labels.ts';
import { usePaged } from './Pager.tsx';
import { useActionPlanOptions } from './queries.ts';
import { activitiesOf, ReportForm } from './ReportForm.tsx';
import type { Plan, ProgressReport, ReportState } from './types.ts';

const stateColour: Record<ReportState, string> = {
  draft: 'gray.7',
  submitted: 'blue.9',
  accepted: 'lindung',
  returned: '#a34100',
};

/** The coordinator accepts a submitted report, or returns it with a comment saying what to change. */
function ReviewForm({ report, planId }: { report: ProgressReport; planId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<{ comment: string; decision: 'accept' | 'return' }>({
    defaultValues: { comment: '', decision: 'accept' },
  });
  const { problem, onSubmit } = useApiForm(form, {
    fields: ['comment'] as const,
    send: async ({ comment, decision }) => {
      await api('POST', `/api/action-plan-reports/${report.id}/review`, {
        decision,
        ...(comment.trim() && { comment }),
      });
      await queryClient.invalidateQueries({ queryKey: ['action-plans', planId] });
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('coord.reports.review')}>
      <Stack gap={6}>
        <Textarea
          label={t('coord.reports.reviewComment')}
          autosize
          minRows={2}
          error={form.formState.errors.comment?.message}
          {...form.register('comment')}
        />
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group>
          <Button
            type="submit"
            onClick={() => form.setValue('decision', 'accept')}
            loading={form.formState.isSubmitting}
          >
            {t('coord.reports.accept')}
          </Button>
          <Button
            type="submit"
            variant="default"
            onClick={() => form.setValue('decision', 'return')}
            loading={form.formState.isSubmitting}
          >
            {t('coord.reports.return')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ReportCard({
  plan,
  report,
  coordinator,
}: {
  plan: Plan;
  report: ProgressReport;
  coordinator: boolean;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const canReport = useCan('coordination:report');
  const format = useFormat();
  const label = useLabel();
  const options = useActionPlanOptions();
  const agencyName = useAgencyName();
  const activity = plan.strategies.flatMap((s) => s.activities).find((a) => a.id === report.activityId);
  const title = `${activity?.title ?? ''} · ${report.year}`;
  const mine = report.agencyId === me.agency.id;
  const editable = mine && canReport && (report.state === 'draft' || report.state === 'returned');
  return (
    <Card withBorder component="article" aria-label={title}>
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start">
          <Text fw={600}>{title}</Text>
          <Badge color={stateColour[report.state]}>
            {label(options.data?.reportState[report.state], report.state)}
          </Badge>
        </Group>
        <Text size="sm">
          {agencyName(report.agencyId)} · {label(options.data?.status[report.status], report.status)}
        </Text>
        {report.submittedAt && (
          <Text size="xs" c="dimmed">
            {t('coord.reports.submittedAt', { date: format.dateTime(report.submittedAt) })}
          </Text>
        )}
        {report.narrative && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {report.narrative}
          </Text>
        )}
        {report.indicatorValues.map((value) => {
          const indicator = activity?.indicators.find((candidate) => candidate.id === value.indicatorId);
          return (
            <Text key={value.indicatorId} size="sm">
              {t('coord.reports.valueLine', {
                indicator: indicator?.name ?? '',
                value: format.number(value.value),
                unit: indicator?.unit ?? '',
              })}
            </Text>
          );
        })}
        {report.reviewComment && (
          <Alert
            color={report.state === 'returned' ? 'orange' : 'gray'}
            title={t('coord.reports.reviewComment')}
          >
            {report.reviewComment}
          </Alert>
        )}
        <Stack gap={4} component="section" aria-label={t('coord.reports.evidence')}>
          <Text fw={600} size="sm">
            {t('coord.reports.evidence')}
          </Text>
          <FilesPanel
            queryKey={['action-plans', plan.id, 'reports', report.id, 'evidence']}
            listUrl={`/api/action-plan-reports/${report.id}/evidence`}
            uploadUrl={`/api/action-plan-reports/${report.id}/evidence`}
            contentUrl={(id) => `/api/action-plan-evidence/${id}/content`}
            canWrite={editable}
          />
        </Stack>
        {editable && <ReportForm plan={plan} report={report} />}
        {coordinator && report.state === 'submitted' && <ReviewForm report={report} planId={plan.id} />}
      </Stack>
    </Card>
  );
}

/** Progress reports on a plan: the agency's own (and a form for new ones), and for coordinators every submitted one. */
export function ReportsPanel({ plan, coordinator }: { plan: Plan; coordinator: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const canReport = useCan('coordination:report');
  const reports = useQuery({
    queryKey: ['action-plans', plan.id, 'reports'],
    queryFn: () => api<{ items: ProgressReport[] }>('GET', `/api/action-plans/${plan.id}/reports`),
  });
  // Waiting for review first, then the latest years.
  const order: Record<ReportState, number> = { submitted: 0, returned: 1, draft: 2, accepted: 3 };
  const items = [...(reports.data?.items ?? [])].sort(
    (a, b) => order[a.state] - order[b.state] || b.year - a.year,
  );
  const { shown, pager } = usePaged(items);
  const reportable = canReport && activitiesOf(plan, me.agency.id).length > 0;
  return (
    <Stack>
      {reportable && <ReportForm plan={plan} />}
      <QueryState
        isPending={reports.isPending}
        error={reports.error}
        isEmpty={items.length === 0}
        emptyText={t('coord.reports.none')}
      />
      {shown.map((report) => (
        <ReportCard key={report.id} plan={plan} report={report} coordinator={coordinator} />
      ))}
      {pager}
    </Stack>
  );
}
