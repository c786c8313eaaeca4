import { Badge, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/session.tsx';
import { useAgencyName } from '../victim-path/agencies.ts';
import { useLabel } from '../victim-path/labels.ts';
import { useActionPlanOptions } from './queries.ts';
import { RowsTable } from './RowsTable.tsx';
import { ScrollTable } from './ScrollTable.tsx';
import {
  type IndicatorProgress,
  type IndicatorStatus,
  indicatorStatuses,
  type Plan,
  type StatusCounts,
} from './types.ts';

const statusColor: Record<IndicatorStatus, string> = {
  on_track: 'lindung',
  behind: 'red.9',
  no_report: 'gray.7',
  no_target: 'gray.7',
};

function CountsTable({
  caption,
  rows,
}: {
  caption: string;
  rows: { key: string; name: ReactNode; counts: StatusCounts }[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <RowsTable
      caption={caption}
      minWidth={480}
      columns={indicatorStatuses.map((key) => ({ key, label: t(`coordedit.indicators.status.${key}`) }))}
      rows={rows}
      cell={(row, status) => format.number(row.counts[status])}
    />
  );
}

/**
 * Each indicator of the plan in a year against its targets — baseline, the year's target, the
 * latest value the responsible agency reported and whether it is on track — with the counts by
 * pillar and by agency. The year can be chosen among the plan's years.
 */
export function IndicatorsSection({
  plan,
  progress,
  onYear,
}: {
  plan: Plan;
  progress: IndicatorProgress;
  onYear: (year: number) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useLabel();
  const options = useActionPlanOptions();
  const agencyName = useAgencyName();
  const years = Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) =>
    String(plan.startYear + i),
  );
  const value = (n: number | null, unit: string) => (n === null ? '–' : `${format.number(n)} ${unit}`);
  const pillarName = (pillar: Plan['strategies'][number]['pillar']) =>
    label(options.data?.pillar[pillar], pillar);
  const caption = t('coordedit.indicators.table', { year: progress.year });
  return (
    <Stack gap="xs" component="section" aria-label={t('coordedit.indicators.title')}>
      <Title order={2} size="h4">
        {t('coordedit.indicators.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('coordedit.indicators.intro')}
      </Text>
      <NativeSelect
        label={t('coordedit.indicators.year')}
        data={years}
        value={String(progress.year)}
        onChange={(event) => onYear(Number(event.currentTarget.value))}
        w={{ base: '100%', sm: 200 }}
      />
      {progress.rows.length === 0 ? (
        <Text c="dimmed">{t('coordedit.indicators.none')}</Text>
      ) : (
        <>
          <ScrollTable label={caption} minWidth={720}>
            <Table striped withTableBorder fz="sm">
              <Table.Caption>{caption}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('coord.plan.indicatorName')}</Table.Th>
                  <Table.Th scope="col">{t('coord.plan.pillar')}</Table.Th>
                  <Table.Th scope="col">{t('coord.plan.responsible')}</Table.Th>
                  <Table.Th scope="col">{t('coord.plan.baseline')}</Table.Th>
                  <Table.Th scope="col">{t('coordedit.indicators.target', { year: progress.year })}</Table.Th>
                  <Table.Th scope="col">{t('coordedit.indicators.latest')}</Table.Th>
                  <Table.Th scope="col">{t('coordedit.indicators.expected')}</Table.Th>
                  <Table.Th scope="col">{t('coordedit.indicators.onTrack')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {progress.rows.map((row) => (
                  <Table.Tr key={row.indicatorId}>
                    <Table.Th scope="row">{row.name}</Table.Th>
                    <Table.Td>{pillarName(row.pillar)}</Table.Td>
                    <Table.Td>{agencyName(row.agencyId)}</Table.Td>
                    <Table.Td>{value(row.baseline, row.unit)}</Table.Td>
                    <Table.Td>{value(row.target, row.unit)}</Table.Td>
                    <Table.Td>
                      {row.latest
                        ? t('coordedit.indicators.latestIn', {
                            value: value(row.latest.value, row.unit),
                            year: row.latest.year,
                          })
                        : '–'}
                    </Table.Td>
                    <Table.Td>{value(row.expected, row.unit)}</Table.Td>
                    <Table.Td>
                      <Badge color={statusColor[row.status]}>
                        {t(`coordedit.indicators.status.${row.status}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <CountsTable
            caption={t('coordedit.indicators.byPillar')}
            rows={progress.byPillar.map((row) => ({
              key: row.pillar,
              name: pillarName(row.pillar),
              counts: row,
            }))}
          />
          <CountsTable
            caption={t('coordedit.indicators.byAgency')}
            rows={progress.byAgency.map((row) => ({ key: row.agencyId, name: row.agencyName, counts: row }))}
          />
        </>
      )}
    </Stack>
  );
}
