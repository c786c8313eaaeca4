import { Badge, Card, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../api/client.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useFormat, useMe } from '../../app/session.tsx';
import { QueryState } from '../../components/States.tsx';
import { todayIn } from '../../i18n/format.ts';
import { useCountryName } from '../victim-path/labels.ts';
import { type FigureRow, FigureTable } from './FigureTable.tsx';
import { cellCsv, cellText, formatPeriod, maxPeriodYears, periodTooLong, pick } from './format.ts';
import { ReportsCard } from './ReportsCard.tsx';
import {
  type Cell,
  type Dashboard,
  type Dimension,
  dimensions,
  type GroupBy,
  prosecutionMeasures,
  type StatisticsLabels,
  type VictimMeasure,
  type VictimMedian,
  type VictimStatistics,
  victimMeasures,
  victimMedians,
} from './types.ts';
import { VictimChart } from './VictimChart.tsx';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Issue 7's dashboard: the agency's own figures, or the country's with small cells suppressed. */
export default function StatisticsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const countryName = useCountryName();
  const locale = i18n.language;
  usePageTitle(t('statistics.title'));

  const today = todayIn(me.agency.timeZone);
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [groupBy, setGroupBy] = useState<GroupBy>('month');
  const [dimension, setDimension] = useState<Dimension>('none');
  const [chartMeasure, setChartMeasure] = useState<VictimMeasure>('identified');

  const fromError = isoDate.test(from) ? undefined : t('statistics.filters.dateInvalid');
  const toError = !isoDate.test(to)
    ? t('statistics.filters.dateInvalid')
    : !fromError && to < from
      ? t('statistics.filters.toBeforeFrom')
      : !fromError && periodTooLong(from, to)
        ? t('statistics.filters.periodTooLong', { years: maxPeriodYears })
        : undefined;
  const valid = !fromError && !toError;
  const period = { from, to, groupBy };

  const labels = useQuery({
    queryKey: ['statistics', 'labels'],
    queryFn: () => api<StatisticsLabels>('GET', '/api/statistics/labels'),
    staleTime: 60 * 60_000,
  });
  const dashboard = useQuery({
    queryKey: ['statistics', 'dashboard', period],
    queryFn: () => api<Dashboard>('GET', `/api/statistics/dashboard${query(period)}`),
    enabled: valid,
  });
  const victims = useQuery({
    queryKey: ['statistics', 'victims', period, dimension],
    queryFn: () => api<VictimStatistics>('GET', `/api/statistics/victims${query({ ...period, dimension })}`),
    enabled: valid,
  });

  const label = (group: string, key: string) => pick(labels.data?.[group]?.[key], locale);
  const measureName = (measure: VictimMeasure | VictimMedian) =>
    label('measure', measure) ?? t(`statistics.measure.${measure}`);
  const dimensionName = (value: Dimension) => label('dimension', value) ?? t(`statistics.dimension.${value}`);
  const periodText = (value: string) => formatPeriod(value, groupBy, locale, t);
  const threshold = victims.data?.suppressionThreshold ?? dashboard.data?.suppressionThreshold ?? 5;
  const shown = (cell: Cell) => ({
    text: cellText(cell, threshold, format.number, t),
    suppressed: cell.suppressed,
  });
  const scope = victims.data?.scope ?? dashboard.data?.scope;

  const keyName = (row: VictimStatistics['rows'][number]) => {
    if (row.name) return row.name;
    if (dimension === 'nationality' && /^[A-Z]{2}$/.test(row.key)) return countryName(row.key);
    if (dimension === 'route') {
      return row.key
        .split('>')
        .map((code) => (/^[A-Z]{2}$/.test(code) ? countryName(code) : code))
        .join(' → ');
    }
    return pick(row.label, locale) ?? row.key;
  };

  const victimRows: FigureRow[] = (victims.data?.rows ?? []).map((row) => ({
    key: `${row.period}|${row.key}`,
    heads: dimension === 'none' ? [periodText(row.period)] : [periodText(row.period), keyName(row)],
    cells: [...victimMeasures, ...victimMedians].map((measure) => shown(row[measure])),
    csv: [...victimMeasures, ...victimMedians].map((measure) => cellCsv(row[measure], threshold, t)),
  }));
  const victimHeads =
    dimension === 'none' ? [t('statistics.period')] : [t('statistics.period'), dimensionName(dimension)];

  const prosecutionRows: FigureRow[] = (dashboard.data?.prosecution ?? []).flatMap((entry) => [
    ...entry.byCategory.map((category) => ({
      key: `${entry.period}|${category.category}`,
      heads: [periodText(entry.period), pick(category.label, locale) ?? category.category],
      cells: prosecutionMeasures.map((measure) => shown(category[measure])),
      csv: prosecutionMeasures.map((measure) => cellCsv(category[measure], threshold, t)),
    })),
    {
      key: `${entry.period}|total`,
      heads: [periodText(entry.period), t('statistics.prosecution.total')],
      cells: prosecutionMeasures.map((measure) => shown(entry.total[measure])),
      csv: prosecutionMeasures.map((measure) => cellCsv(entry.total[measure], threshold, t)),
      bold: true,
    },
  ]);

  const overdueRows: FigureRow[] = (dashboard.data?.overdueDeadlines ?? []).map((entry) => ({
    key: entry.kind,
    heads: [t(`statistics.deadline.${entry.kind}`, { defaultValue: entry.kind })],
    cells: [shown(entry.overdue)],
    csv: [cellCsv(entry.overdue, threshold, t)],
  }));

  const fileSuffix = `${from}_${to}_${groupBy}`;
  const pending = (valid && (victims.isPending || dashboard.isPending)) || labels.isPending;
  const error = victims.error ?? dashboard.error ?? labels.error;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center" gap="xs">
        <Title order={1}>{t('statistics.title')}</Title>
        {scope && (
          <Badge size="lg" variant="light" color={scope === 'national' ? 'blue' : 'lindung'}>
            {scope === 'national'
              ? t('statistics.scope.national')
              : t('statistics.scope.agency', { agency: me.agency.shortName ?? me.agency.name })}
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {scope === 'national'
          ? t('statistics.intro.national', { threshold: format.number(threshold) })
          : t('statistics.intro.agency')}
      </Text>

      <Card
        withBorder
        component="form"
        aria-label={t('statistics.filters.label')}
        onSubmit={(e) => e.preventDefault()}
      >
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <TextInput
            type="date"
            label={t('statistics.filters.from')}
            value={from}
            max={to}
            onChange={(event) => setFrom(event.currentTarget.value)}
            error={fromError}
          />
          <TextInput
            type="date"
            label={t('statistics.filters.to')}
            value={to}
            min={from}
            onChange={(event) => setTo(event.currentTarget.value)}
            error={toError}
          />
          <NativeSelect
            label={t('statistics.filters.groupBy')}
            value={groupBy}
            onChange={(event) => setGroupBy(event.currentTarget.value as GroupBy)}
            data={(['month', 'quarter', 'year'] as const).map((value) => ({
              value,
              label: t(`statistics.groupBy.${value}`),
            }))}
          />
          <NativeSelect
            label={t('statistics.filters.dimension')}
            value={dimension}
            onChange={(event) => setDimension(event.currentTarget.value as Dimension)}
            data={dimensions.map((value) => ({ value, label: dimensionName(value) }))}
          />
        </SimpleGrid>
      </Card>

      {(pending || error) && <QueryState isPending={pending} error={error} isEmpty={false} emptyText="" />}
      {valid && !pending && !error && (
        <>
          <Card withBorder>
            <FigureTable
              title={t('statistics.victims.title')}
              headColumns={victimHeads}
              columns={[...victimMeasures, ...victimMedians].map(measureName)}
              rows={victimRows}
              fileName={`victims_${dimension}_${fileSuffix}.csv`}
              emptyText={t('statistics.empty')}
            >
              {victimRows.length > 0 && (
                <Stack gap="xs" mb="md">
                  <NativeSelect
                    label={t('statistics.victims.chartMeasure')}
                    value={chartMeasure}
                    onChange={(event) => setChartMeasure(event.currentTarget.value as VictimMeasure)}
                    data={victimMeasures.map((value) => ({ value, label: measureName(value) }))}
                    maw={320}
                  />
                  <VictimChart
                    title={t('statistics.victims.chartTitle', { measure: measureName(chartMeasure) })}
                    bars={(victims.data?.rows ?? []).map((row, index) => ({
                      key: `${row.period}|${row.key}`,
                      label: (victimRows[index]?.heads ?? []).join(' · '),
                      cell: row[chartMeasure],
                      text: cellText(row[chartMeasure], threshold, format.number, t),
                    }))}
                  />
                </Stack>
              )}
            </FigureTable>
          </Card>
          <Card withBorder>
            <FigureTable
              title={t('statistics.prosecution.title')}
              headColumns={[t('statistics.period'), t('statistics.prosecution.category')]}
              columns={prosecutionMeasures.map((measure) => t(`statistics.prosecution.${measure}`))}
              rows={prosecutionRows}
              fileName={`prosecution_${fileSuffix}.csv`}
              emptyText={t('statistics.empty')}
            />
          </Card>
          <Card withBorder>
            <FigureTable
              title={t('statistics.overdue.title')}
              headColumns={[t('statistics.overdue.kind')]}
              columns={[t('statistics.overdue.count')]}
              rows={overdueRows}
              fileName={`overdue-deadlines_${today}.csv`}
              emptyText={t('statistics.overdue.none')}
            />
          </Card>
        </>
      )}
      <ReportsCard from={from} to={to} valid={valid} />
    </Stack>
  );
}
