import { Badge, Button, Card, Group, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan, useFormat, useMe } from '../../app/session.tsx';
import { RecordState } from '../../components/States.tsx';
import { useAgencyName } from '../victim-path/agencies.ts';
import { useLabel } from '../victim-path/labels.ts';
import { DashboardPanel } from './DashboardPanel.tsx';
import { useActionPlanOptions } from './queries.ts';
import { ReportsPanel } from './ReportsPanel.tsx';
import { ScrollTable } from './ScrollTable.tsx';
import { type Activity, type Plan, pillars } from './types.ts';

function ActivityCard({ activity, years }: { activity: Activity; years: number[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const agencyName = useAgencyName();
  const me = useMe();
  return (
    <Card withBorder padding="sm" component="article" aria-label={activity.title}>
      <Group justify="space-between" align="flex-start">
        <Text fw={600}>{activity.title}</Text>
        {activity.responsibleAgencyId === me.agency.id && <Badge>{t('coord.plan.yours')}</Badge>}
      </Group>
      <Text size="sm">
        {t('coord.plan.responsibleIs', { agency: agencyName(activity.responsibleAgencyId) })}
      </Text>
      {activity.supportingAgencyIds.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('coord.plan.supportingAre', {
            agencies: activity.supportingAgencyIds.map(agencyName).join(', '),
          })}
        </Text>
      )}
      {activity.indicators.length > 0 && (
        <ScrollTable label={t('coord.plan.indicatorsOf', { activity: activity.title })} minWidth={360}>
          <Table striped withTableBorder fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('coord.plan.indicatorName')}</Table.Th>
                <Table.Th>{t('coord.plan.baseline')}</Table.Th>
                {years.map((year) => (
                  <Table.Th key={year}>{year}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {activity.indicators.map((indicator) => (
                <Table.Tr key={indicator.id}>
                  <Table.Td>
                    {indicator.name} ({indicator.unit})
                  </Table.Td>
                  <Table.Td>{indicator.baseline === null ? '–' : format.number(indicator.baseline)}</Table.Td>
                  {years.map((year) => {
                    const target = indicator.targets[String(year)];
                    return (
                      <Table.Td key={year}>{target === undefined ? '–' : format.number(target)}</Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Card>
  );
}

/** The plan by pillar: strategies, their activities and indicators with baselines and yearly targets. */
function PlanOutline({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const label = useLabel();
  const options = useActionPlanOptions();
  const years = Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => plan.startYear + i);
  if (plan.strategies.length === 0) return <Text c="dimmed">{t('coord.plan.noStrategies')}</Text>;
  return (
    <Stack>
      {pillars
        .filter((pillar) => plan.strategies.some((strategy) => strategy.pillar === pillar))
        .map((pillar) => (
          <Stack
            key={pillar}
            gap="xs"
            component="section"
            aria-label={label(options.data?.pillar[pillar], pillar)}
          >
            <Title order={2} size="h3">
              {label(options.data?.pillar[pillar], pillar)}
            </Title>
            {plan.strategies
              .filter((strategy) => strategy.pillar === pillar)
              .map((strategy) => (
                <Stack key={strategy.id} gap="xs">
                  <Title order={3} size="h5">
                    {strategy.title}
                  </Title>
                  {strategy.activities.length === 0 && (
                    <Text size="sm" c="dimmed">
                      {t('coord.plan.noActivities')}
                    </Text>
                  )}
                  {strategy.activities.map((activity) => (
                    <ActivityCard key={activity.id} activity={activity} years={years} />
                  ))}
                </Stack>
              ))}
          </Stack>
        ))}
    </Stack>
  );
}

/** A national action plan: its outline, progress reports, and (for its coordinators) the dashboard. */
export default function PlanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const [search, setSearch] = useSearchParams();
  const manage = useCan('coordination:manage');
  const plan = useQuery({
    queryKey: ['action-plans', id],
    queryFn: () => api<Plan>('GET', `/api/action-plans/${id}`),
  });
  usePageTitle(plan.data?.title ?? t('coord.plans.title'));
  if (!plan.data) {
    return <RecordState isPending={plan.isPending} error={plan.error} />;
  }
  const coordinator = manage && plan.data.agencyId === me.agency.id;
  const tab = search.get('tab') ?? 'plan';
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Title order={1}>{plan.data.title}</Title>
        {coordinator && (
          <Button component={Link} to={`/action-plans/${id}/edit`} variant="light">
            {t('coordedit.plan.edit')}
          </Button>
        )}
      </Group>
      <Text size="sm">{t('coord.plans.years', { from: plan.data.startYear, to: plan.data.endYear })}</Text>
      <Tabs
        value={tab}
        onChange={(value) => setSearch({ tab: value ?? 'plan' }, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="plan">{t('coord.plan.tabPlan')}</Tabs.Tab>
          <Tabs.Tab value="reports">{t('coord.plan.tabReports')}</Tabs.Tab>
          {coordinator && <Tabs.Tab value="dashboard">{t('coord.plan.tabDashboard')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="plan" pt="md">
          <PlanOutline plan={plan.data} />
        </Tabs.Panel>
        <Tabs.Panel value="reports" pt="md">
          <ReportsPanel plan={plan.data} coordinator={coordinator} />
        </Tabs.Panel>
        {coordinator && (
          <Tabs.Panel value="dashboard" pt="md">
            <DashboardPanel plan={plan.data} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
