import { NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/page-title.ts';
import { useFormat } from '../../app/session.tsx';
import { QueryState } from '../../components/States.tsx';
import { useRoles } from '../admin/roles.ts';
import { useLabel } from '../victim-path/labels.ts';
import { type ReportGrouping, reportGroupings, useTrainingOptions, useTrainingReport } from './queries.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** People trained and certified in a period, by agency, role, topic or month. */
export default function ReportPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const roles = useRoles();
  const format = useFormat();
  const options = useTrainingOptions();
  const [from, setFrom] = useState(() => `${today().slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [by, setBy] = useState<ReportGrouping>('agency');
  const report = useTrainingReport({ from, to, by });
  const rows = report.data?.rows ?? [];
  usePageTitle(t('trainingWeb.report.title'));
  const threshold = report.data?.suppressionThreshold ?? 5;
  /** A suppressed small cell says so (never 0). */
  const count = (value: number | null) =>
    value === null
      ? t('statistics.suppressed', { threshold: format.number(threshold) })
      : format.number(value);
  const rowLabel = (row: { key: string; label: string }) => {
    if (by === 'topic') return label(options.data?.topic[row.key], row.label);
    if (by === 'role') return roles.label(row.key, row.label);
    return row.label;
  };
  return (
    <Stack>
      <Title order={1}>{t('trainingWeb.report.title')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          type="date"
          label={t('trainingWeb.report.from')}
          value={from}
          onChange={(event) => setFrom(event.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('trainingWeb.report.to')}
          value={to}
          onChange={(event) => setTo(event.currentTarget.value)}
        />
        <NativeSelect
          label={t('trainingWeb.report.by')}
          value={by}
          onChange={(event) => setBy(event.currentTarget.value as ReportGrouping)}
          data={reportGroupings.map((value) => ({ value, label: t(`trainingWeb.report.group.${value}`) }))}
        />
      </SimpleGrid>
      <QueryState
        isPending={report.isPending}
        error={report.error}
        isEmpty={rows.length === 0}
        emptyText={t('trainingWeb.report.none')}
      />
      {report.data?.scope === 'national' && (
        <Text size="sm" c="dimmed">
          {t('trainingReport.national', { threshold: format.number(threshold) })}
        </Text>
      )}
      {report.data && rows.length > 0 && (
        <Table.ScrollContainer minWidth={400}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t(`trainingWeb.report.group.${by}`)}</Table.Th>
                <Table.Th>{t('trainingWeb.report.trained')}</Table.Th>
                <Table.Th>{t('trainingWeb.report.certified')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Td>{rowLabel(row)}</Table.Td>
                  <Table.Td>{count(row.trained)}</Table.Td>
                  <Table.Td>{count(row.certified)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>{t('trainingWeb.report.total')}</Table.Th>
                <Table.Th>{count(report.data.total.trained)}</Table.Th>
                <Table.Th>{count(report.data.total.certified)}</Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
