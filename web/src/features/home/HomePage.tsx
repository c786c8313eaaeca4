import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, query } from '../../api/client.ts';
import type { CaseSummary, Page, Task } from '../../api/types.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan, useFormat, useMe } from '../../app/session.tsx';
import { StatusBadge } from '../../components/CaseBadges.tsx';
import { QueryState } from '../../components/States.tsx';
import { todayIn } from '../../i18n/format.ts';
import { PendingApprovalsPanel } from '../approvals/PendingApprovalsPanel.tsx';
import { ReferralsPanel } from './ReferralsPanel.tsx';
import { ShelterBedsPanel } from './ShelterBedsPanel.tsx';

type MyTask = Task & { caseReference: string };

interface Deadline {
  id: string;
  sourceKind: string;
  caseId: string | null;
  caseReference: string | null;
  dueOn: string;
  dueAt: string;
  bucket: 'overdue' | 'due_today' | 'upcoming';
}
interface DeadlinePage {
  items: Deadline[];
  counts: Record<Deadline['bucket'], number>;
}

const bucketColours = { overdue: 'red.9', due_today: 'orange', upcoming: 'gray' } as const;

/** The agency's open deadlines (protection orders, referral answers, reviews, court dates), overdue first. */
function DeadlinesPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const deadlines = useQuery({
    queryKey: ['deadlines', 'agency'],
    queryFn: () => api<DeadlinePage>('GET', '/api/deadlines?limit=10'),
  });
  const items = deadlines.data?.items ?? [];
  const counts = deadlines.data?.counts;
  return (
    <Card withBorder component="section" aria-labelledby="deadlines">
      <Title order={2} size="h4" id="deadlines" mb="sm">
        {t('home.deadlines')}
      </Title>
      {counts && (
        <Text size="sm" mb="xs">
          {t('deadline.counts', {
            overdue: format.number(counts.overdue),
            today: format.number(counts.due_today),
            upcoming: format.number(counts.upcoming),
          })}
        </Text>
      )}
      <QueryState
        isPending={deadlines.isPending}
        error={deadlines.error}
        isEmpty={items.length === 0}
        emptyText={t('home.noDeadlines')}
      />
      <Stack gap="xs">
        {items.map((deadline) => (
          <Group key={deadline.id} justify="space-between" wrap="nowrap" align="flex-start">
            <div>
              <Text size="sm">
                {t(`deadline.kind.${deadline.sourceKind}`, { defaultValue: t('deadline.other') })}
              </Text>
              <Text size="xs" c="dimmed">
                {deadline.caseId && deadline.caseReference ? (
                  <Anchor component={Link} to={`/cases/${deadline.caseId}`} size="xs">
                    {deadline.caseReference}
                  </Anchor>
                ) : null}
                {deadline.caseReference ? ' · ' : ''}
                {t('task.due', { date: format.date(deadline.dueOn) })}
              </Text>
            </div>
            <Badge
              variant={deadline.bucket === 'overdue' ? 'filled' : 'dot'}
              color={bucketColours[deadline.bucket]}
            >
              {t(`deadline.bucket.${deadline.bucket}`)}
            </Badge>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

function TaskPanel() {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const tasks = useQuery({
    queryKey: ['tasks', 'mine'],
    queryFn: () => api<{ items: MyTask[] }>('GET', '/api/tasks/mine'),
  });
  const today = todayIn(me.agency.timeZone);
  const items = tasks.data?.items ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="my-tasks">
      <Title order={2} size="h4" id="my-tasks" mb="sm">
        {t('home.myTasks')}
      </Title>
      <QueryState
        isPending={tasks.isPending}
        error={tasks.error}
        isEmpty={items.length === 0}
        emptyText={t('home.noTasks')}
      />
      <Stack gap="xs">
        {items.map((task) => (
          <Group key={task.id} justify="space-between" wrap="nowrap" align="flex-start">
            <div>
              <Anchor component={Link} to={`/cases/${task.caseId}`}>
                {task.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                {task.caseReference}
                {task.dueOn ? ` · ${t('task.due', { date: format.date(task.dueOn) })}` : ''}
              </Text>
            </div>
            {task.overdue ? (
              <Badge color="red.9">{t('task.overdue')}</Badge>
            ) : task.dueOn === today ? (
              <Badge variant="dot" color="orange">
                {t('task.dueToday')}
              </Badge>
            ) : null}
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

function MyCasesPanel() {
  const { t } = useTranslation();
  const me = useMe();
  const cases = useQuery({
    queryKey: ['cases', 'mine', me.user.id],
    queryFn: () => api<Page<CaseSummary>>('GET', `/api/cases${query({ workerId: me.user.id, limit: 10 })}`),
  });
  const items = cases.data?.items ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="my-cases">
      <Title order={2} size="h4" id="my-cases" mb="sm">
        {t('home.myCases')}
      </Title>
      <QueryState
        isPending={cases.isPending}
        error={cases.error}
        isEmpty={items.length === 0}
        emptyText={t('home.noCases')}
      />
      <Stack gap="xs">
        {items.map((found) => (
          <Group key={found.id} justify="space-between" wrap="nowrap">
            <div>
              <Anchor component={Link} to={`/cases/${found.id}`}>
                {found.reference}
              </Anchor>
              <Text size="xs" c="dimmed">
                {found.primaryPersonName ?? t('case.noPerson')}
              </Text>
            </div>
            <StatusBadge status={found.status} />
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

/** What needs doing today: my tasks and deadlines, my cases, referrals waiting for my agency. */
export default function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const readsCases = useCan('case:read');
  const handlesReferrals = useCan('referral:manage');
  const managesShelters = useCan('shelter:manage');
  usePageTitle(t('nav.home'));
  return (
    <Stack>
      <Title order={1}>{t('home.title', { name: me.user.displayName })}</Title>
      {!readsCases && !handlesReferrals && !managesShelters && (
        <Text c="dimmed">{t('home.nothingForRole')}</Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <PendingApprovalsPanel />
        {readsCases && <TaskPanel />}
        {(readsCases || handlesReferrals) && <DeadlinesPanel />}
        {readsCases && <MyCasesPanel />}
        {handlesReferrals && <ReferralsPanel />}
        {managesShelters && <ShelterBedsPanel />}
      </SimpleGrid>
    </Stack>
  );
}
