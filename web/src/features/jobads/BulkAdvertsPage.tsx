import {
  Alert,
  Button,
  FileInput,
  Group,
  List,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseCsv } from '../../../../src/shared/csv.ts';
import { ApiProblem, api } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import { fieldMessage, problemMessage } from '../../app/forms.ts';
import { usePageTitle } from '../../app/page-title.ts';
import type { InvestigationSummary } from '../victim-path/types.ts';
import { type CsvEncoding, decodeCsvFile, isLegacyEncoding } from './csv-file.ts';
import { RiskBadge } from './RiskBadge.tsx';
import type { BulkScreening } from './types.ts';

/** Saves one screened advert to the chosen investigation; says when it is saved. */
function SaveToInvestigation({
  text,
  investigations,
}: {
  text: string;
  investigations: InvestigationSummary[];
}) {
  const { t } = useTranslation();
  const [investigationId, setInvestigationId] = useState('');
  const save = useMutation({
    mutationFn: () => api('POST', `/api/investigations/${investigationId}/adverts`, { text }),
  });
  if (save.isSuccess) return <Text size="sm">{t('jobads.bulk.saved')}</Text>;
  return (
    <Group gap="xs" wrap="nowrap">
      <NativeSelect
        size="xs"
        aria-label={t('jobads.bulk.investigation')}
        data={[
          { value: '', label: t('jobads.bulk.choose') },
          ...investigations.map((i) => ({ value: i.id, label: i.reference })),
        ]}
        value={investigationId}
        onChange={(event) => setInvestigationId(event.currentTarget.value)}
      />
      <Button size="xs" disabled={!investigationId} loading={save.isPending} onClick={() => save.mutate()}>
        {t('jobads.bulk.save')}
      </Button>
      {save.isError && (
        <Text size="xs" c="red">
          {t('jobads.bulk.saveFailed')}
        </Text>
      )}
    </Group>
  );
}

/** The first column named "text" (or "advert") of each row, to save the advert a row holds. */
function advertTexts(csv: string): Map<number, string> {
  // Read by the server's own reader, so that the row numbers are the ones it screened.
  const { rows } = parseCsv(csv);
  const texts = new Map<number, string>();
  const column = (rows[0] ?? []).findIndex((name) => ['text', 'advert'].includes(name.trim().toLowerCase()));
  for (const [index, fields] of rows.slice(1).entries()) texts.set(index + 2, fields[column] ?? '');
  return texts;
}

/** Officers: screen many adverts from a CSV, see each row's risk, save flagged ones to an investigation. */
export default function BulkAdvertsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('jobads.bulk.title'));
  const [csv, setCsv] = useState('');
  const [legacyEncoding, setLegacyEncoding] = useState<CsvEncoding>();
  const investigations = useQuery({
    queryKey: ['investigations', 'for-adverts'],
    queryFn: () => api<Page<InvestigationSummary>>('GET', '/api/investigations?limit=100'),
  });
  const screen = useMutation({
    mutationFn: () =>
      api<BulkScreening>('POST', '/api/jobads/screen-bulk', { csv, readerLanguage: i18n.language }),
  });
  const problem = screen.error instanceof ApiProblem ? screen.error : undefined;
  const texts = screen.data ? advertTexts(csv) : new Map<number, string>();
  return (
    <Stack>
      <Title order={1}>{t('jobads.bulk.title')}</Title>
      <Text>{t('jobads.bulk.intro')}</Text>
      <FileInput
        label={t('jobads.bulk.file')}
        accept=".csv,text/csv"
        onChange={(file) => {
          // A file taken away takes its notice with it; the text it gave stays to edit.
          if (!file) return setLegacyEncoding(undefined);
          void file.arrayBuffer().then((buffer) => {
            const { text, encoding } = decodeCsvFile(new Uint8Array(buffer), i18n.language);
            setCsv(text);
            setLegacyEncoding(isLegacyEncoding(encoding) ? encoding : undefined);
          });
        }}
      />
      {legacyEncoding && (
        <Alert color="yellow" title={t('jobads.bulk.encodingTitle')}>
          {t('jobads.bulk.encoding', { encoding: legacyEncoding })}
        </Alert>
      )}
      <Textarea
        label={t('jobads.bulk.csv')}
        autosize
        minRows={4}
        maxRows={12}
        value={csv}
        onChange={(event) => setCsv(event.currentTarget.value)}
      />
      <Group>
        <Button onClick={() => screen.mutate()} loading={screen.isPending} disabled={csv.trim() === ''}>
          {t('jobads.bulk.screen')}
        </Button>
      </Group>
      {problem && (
        <Alert color="red" title={t('jobads.bulk.refused')}>
          {problem.errors.map((e) => fieldMessage(e, t)).join('; ') || problemMessage(problem, t)}
        </Alert>
      )}
      {screen.data && (
        <>
          <Text aria-live="polite">
            {t('jobads.bulk.summary', {
              rows: screen.data.summary.rows,
              high: screen.data.summary.high,
              medium: screen.data.summary.medium,
              low: screen.data.summary.low,
            })}
          </Text>
          {screen.data.problems.length > 0 && (
            <Alert color="yellow" title={t('jobads.bulk.problems')}>
              <List>
                {screen.data.problems.map((p) => (
                  <List.Item key={p.row}>
                    {t('jobads.bulk.problem', { row: p.row, message: fieldMessage(p, t) })}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Table striped aria-label={t('jobads.bulk.results')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('jobads.bulk.row')}</Table.Th>
                <Table.Th>{t('jobads.bulk.reference')}</Table.Th>
                <Table.Th>{t('jobads.bulk.risk')}</Table.Th>
                <Table.Th>{t('jobads.bulk.reasons')}</Table.Th>
                <Table.Th>{t('jobads.bulk.action')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {screen.data.screened.map((s) => (
                <Table.Tr key={s.row}>
                  <Table.Td>{s.row}</Table.Td>
                  <Table.Td>{s.reference}</Table.Td>
                  <Table.Td>
                    <RiskBadge risk={s.screening.risk} label={s.screening.riskLabel} />
                  </Table.Td>
                  <Table.Td>
                    {s.screening.findings
                      .filter((f) => f.kind === 'red_flag')
                      .map((f) => f.reason)
                      .join('; ')}
                  </Table.Td>
                  <Table.Td>
                    {s.screening.risk !== 'low' && (
                      <SaveToInvestigation
                        text={texts.get(s.row) ?? ''}
                        investigations={investigations.data?.items ?? []}
                      />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
