import {
  Anchor,
  Button,
  Card,
  Group,
  NativeSelect,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiProblem, api } from '../../api/client.ts';

type ReportKind = 'national-report' | 'tip-table';
type ReportFormat = 'pdf' | 'xlsx' | 'csv';
type Language = 'en' | 'ms' | 'id' | 'vi';

interface Report {
  id: string;
  kind: ReportKind;
  format: ReportFormat;
  language: Language;
  from: string;
  to: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: number;
  fileName: string;
}

const kinds: ReportKind[] = ['national-report', 'tip-table'];
const formats: ReportFormat[] = ['pdf', 'xlsx', 'csv'];
const languages: Language[] = ['en', 'ms', 'id', 'vi'];

/**
 * The statistics page's reports: ask for the National Report or the TIP table of the period shown,
 * in a format and language; watch its progress (the list refreshes while one is being generated);
 * download it when done.
 */
export function ReportsCard({ from, to, valid }: { from: string; to: string; valid: boolean }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [kind, setKind] = useState<ReportKind>('national-report');
  const [format, setFormat] = useState<ReportFormat>('pdf');
  const [language, setLanguage] = useState<Language>(
    (languages as string[]).includes(i18n.language) ? (i18n.language as Language) : 'en',
  );
  const reports = useQuery({
    queryKey: ['reports'],
    queryFn: () => api<{ items: Report[] }>('GET', '/api/reports'),
    refetchInterval: (q) =>
      q.state.data?.items.some((item) => item.status === 'queued' || item.status === 'running')
        ? 1000
        : false,
  });
  const request = useMutation({
    mutationFn: () => api<Report>('POST', '/api/reports', { kind, format, language, from, to }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reports'] }),
  });
  const items = reports.data?.items ?? [];
  return (
    <Card withBorder>
      <section aria-label={t('reports.title')}>
        <Stack gap="sm">
          <Title order={2}>{t('reports.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('reports.intro', { from, to })}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <NativeSelect
              label={t('reports.kind')}
              value={kind}
              onChange={(event) => setKind(event.currentTarget.value as ReportKind)}
              data={kinds.map((value) => ({ value, label: t(`reports.kinds.${value}`) }))}
            />
            <NativeSelect
              label={t('reports.format')}
              value={format}
              onChange={(event) => setFormat(event.currentTarget.value as ReportFormat)}
              data={formats.map((value) => ({ value, label: value.toUpperCase() }))}
            />
            <NativeSelect
              label={t('reports.language')}
              value={language}
              onChange={(event) => setLanguage(event.currentTarget.value as Language)}
              data={languages.map((value) => ({ value, label: t(`reports.languages.${value}`) }))}
            />
          </SimpleGrid>
          <Group>
            <Button onClick={() => request.mutate()} loading={request.isPending} disabled={!valid}>
              {t('reports.request')}
            </Button>
            {request.error && (
              <Text c="red" size="sm" role="alert">
                {(request.error as ApiProblem).message}
              </Text>
            )}
          </Group>
          {items.length === 0 ? (
            <Text size="sm">{t('reports.none')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table aria-label={t('reports.list')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('reports.kind')}</Table.Th>
                    <Table.Th>{t('reports.period')}</Table.Th>
                    <Table.Th>{t('reports.format')}</Table.Th>
                    <Table.Th>{t('reports.status')}</Table.Th>
                    <Table.Th>{t('reports.file')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((item) => (
                    <Table.Tr key={item.id}>
                      <Table.Td>{t(`reports.kinds.${item.kind}`)}</Table.Td>
                      <Table.Td>
                        {item.from} – {item.to}
                      </Table.Td>
                      <Table.Td>
                        {item.format.toUpperCase()} · {t(`reports.languages.${item.language}`)}
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={2}>
                          <Text size="sm">{t(`reports.statuses.${item.status}`)}</Text>
                          {(item.status === 'queued' || item.status === 'running') && (
                            <Progress value={item.progress} aria-label={t('reports.progress')} />
                          )}
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        {item.status === 'done' ? (
                          <Anchor href={`/api/reports/${item.id}/file`} download={item.fileName}>
                            {t('reports.download')}
                          </Anchor>
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </section>
    </Card>
  );
}
