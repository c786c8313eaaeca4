import { Alert, Badge, List, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../api/client.ts';
import { useFormat } from '../../app/session.tsx';
import { QueryState } from '../../components/States.tsx';
import { useAgencyName } from '../victim-path/agencies.ts';
import { useLabel } from '../victim-path/labels.ts';
import { IndicatorsSection } from './IndicatorsSection.tsx';
import { useActionPlanOptions } from './queries.ts';
import { RowsTable } from './RowsTable.tsx';
import type { Dashboard, Plan, Tally } from './types.ts';

const columns = ['activities', 'reportsDue', 'submitted', 'accepted', 'returned', 'late'] as const;

function TallyTable({
  caption,
  rows,
}: {
  caption: string;
  rows: { key: string; name: ReactNode; tally: Tally }[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <RowsTable
      caption={caption}
      minWidth={520}
      columns={columns.map((key) => ({ key, label: t(`coord.dashboard.column.${key}`) }))}
      rows={rows}
      cell={(row, column) =>
        column === 'late' && row.tally.late > 0 ? (
          <Badge color="red.9">{format.number(row.tally.late)}</Badge>
        ) : (
          format.number(row.tally[column])
        )
      }
    />
  );
}

/** The coordinator's view of a plan's progress: by pillar, by responsible agency, indicators against targets, and the late reports. */
export function DashboardPanel({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const label = useLabel();
  const format = useFormat();
  const options = useActionPlanOptions();
  const agencyName = useAgencyName();
  const [year, setYear] = useState<number>();
  const dashboard = useQuery({
    queryKey: ['action-plans', plan.id, 'dashboard', year],
    queryFn: () => api<Dashboard>('GET', `/api/action-plans/${plan.id}/dashboard${query({ year })}`),
    placeholderData: keepPreviousData,
  });
  if (!dashboard.data) {
    return (
      <QueryState isPending={dashboard.isPending} error={dashboard.error} isEmpty={false} emptyText="" />
    );
  }
  const { byPillar, byAgency, late, graceDays } = dashboard.data;
  const activityTitle = (id: string) =>
    plan.strategies.flatMap((s) => s.activities).find((activity) => activity.id === id)?.title ?? '';
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('coord.dashboard.intro', { days: graceDays })}
      </Text>
      {byPillar.length === 0 ? (
        <Text c="dimmed">{t('coord.dashboard.empty')}</Text>
      ) : (
        <>
          <TallyTable
            caption={t('coord.dashboard.byPillar')}
            rows={byPillar.map((row) => ({
              key: row.pillar,
              name: label(options.data?.pillar[row.pillar], row.pillar),
              tally: row,
            }))}
          />
          <TallyTable
            caption={t('coord.dashboard.byAgency')}
            rows={byAgency.map((row) => ({ key: row.agencyId, name: row.agencyName, tally: row }))}
          />
        </>
      )}
      <IndicatorsSection plan={plan} progress={dashboard.data.indicators} onYear={setYear} />
      <Title order={2} size="h4">
        {t('coord.dashboard.lateTitle')}
      </Title>
      {late.length === 0 ? (
        <Text c="dimmed">{t('coord.dashboard.noneLate')}</Text>
      ) : (
        <Alert color="red" title={t('coord.dashboard.lateCount', { count: late.length })}>
          <List size="sm">
            {late.map((entry) => (
              <List.Item key={`${entry.activityId}-${entry.year}`}>
                {t('coord.dashboard.lateLine', {
                  activity: activityTitle(entry.activityId),
                  year: entry.year,
                  agency: agencyName(entry.agencyId),
                  date: format.date(entry.dueOn),
                })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
