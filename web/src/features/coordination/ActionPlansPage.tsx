import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan } from '../../app/session.tsx';
import { QueryState } from '../../components/States.tsx';
import { PendingAcknowledgements } from './PendingAcknowledgements.tsx';
import type { PlanSummary } from './types.ts';

/** The national action plans of the user's country; coordinators start a new one from here. */
export default function ActionPlansPage() {
  const { t } = useTranslation();
  const canCreate = useCan('coordination:manage');
  usePageTitle(t('coord.plans.title'));
  const plans = useQuery({
    queryKey: ['action-plans'],
    queryFn: () => api<{ items: PlanSummary[] }>('GET', '/api/action-plans'),
  });
  const items = plans.data?.items ?? [];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('coord.plans.title')}</Title>
        {canCreate && (
          <Button component={Link} to="/action-plans/new">
            {t('coord.plans.new')}
          </Button>
        )}
      </Group>
      <PendingAcknowledgements />
      <QueryState
        isPending={plans.isPending}
        error={plans.error}
        isEmpty={items.length === 0}
        emptyText={t('coord.plans.none')}
      />
      {items.map((plan) => (
        <Card key={plan.id} withBorder component="article" aria-label={plan.title}>
          <Anchor component={Link} to={`/action-plans/${plan.id}`} fw={600}>
            {plan.title}
          </Anchor>
          <Text size="sm">{t('coord.plans.years', { from: plan.startYear, to: plan.endYear })}</Text>
        </Card>
      ))}
    </Stack>
  );
}
