import { Alert, Badge, Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import { problemMessage } from '../../app/forms.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useFormat } from '../../app/session.tsx';
import { QueryState } from '../../components/States.tsx';
import { NameReadingMarks, NameWithReading } from '../persons/NameWithReading.tsx';
import { HintsSection } from './HintsSection.tsx';
import { type Candidate, type CandidateStatus, type ScanResult, statuses } from './types.ts';

export const candidatesKey = ['linkage', 'candidates'] as const;

/** The queue of possible duplicate persons of the agency, the strongest first, and the scan that fills it. */
export default function LinkageQueuePage() {
  const { t } = useTranslation();
  const format = useFormat();
  usePageTitle(t('linkage.title'));
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<CandidateStatus>('open');
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const query = useQuery({
    queryKey: [...candidatesKey, status, cursor ?? ''],
    queryFn: () =>
      api<Page<Candidate>>(
        'GET',
        `/api/linkage/candidates?status=${status}&limit=25${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      ),
  });
  const scan = useMutation({
    mutationFn: () => api<ScanResult>('POST', '/api/linkage/scans'),
    onSuccess: () => {
      setCursors([]);
      void queryClient.invalidateQueries({ queryKey: candidatesKey });
    },
  });
  const items = query.data?.items ?? [];
  return (
    <Stack>
      <Title order={1}>{t('linkage.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('linkage.intro')}
      </Text>
      <Group align="end">
        <NativeSelect
          label={t('linkage.statusFilter')}
          value={status}
          onChange={(e) => {
            setStatus(e.currentTarget.value as CandidateStatus);
            setCursors([]);
          }}
          data={statuses.map((value) => ({ value, label: t(`linkage.status.${value}`) }))}
        />
        <Button onClick={() => scan.mutate()} loading={scan.isPending}>
          {t('linkage.scan')}
        </Button>
      </Group>
      {scan.data && (
        <Alert color="lindung" role="status">
          {t('linkage.scanned', {
            persons: format.number(scan.data.persons),
            pairs: format.number(scan.data.pairs),
            added: format.number(scan.data.added),
          })}
        </Alert>
      )}
      {scan.error && (
        <Alert color="red" role="alert">
          {problemMessage(scan.error, t)}
        </Alert>
      )}
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={items.length === 0}
        emptyText={t('linkage.empty')}
      />
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('linkage.personA')}</Table.Th>
                <Table.Th>{t('linkage.personB')}</Table.Th>
                <Table.Th>{t('linkage.probability')}</Table.Th>
                <Table.Th>{t('linkage.statusFilter')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((pair) => (
                <Table.Tr key={pair.id}>
                  <Table.Td>
                    <PairLink pair={pair} />
                  </Table.Td>
                  <Table.Td>
                    {pair.personB.nameReadings[0] ? (
                      <NameWithReading reading={pair.personB.nameReadings[0]} />
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm">{format.number(Math.round(pair.probability * 100))} %</Text>
                      <Badge variant="light" color={pair.band === 'likely' ? 'lindung' : 'gray'}>
                        {t(`linkage.band.${pair.band}`)}
                      </Badge>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {t(`linkage.status.${pair.status}`)}
                    {/* A pair back in the queue after an undo says so, not only "to review". */}
                    {pair.history.at(-1)?.step === 'merge_undone' && (
                      <Text size="xs" c="dimmed">
                        {t('linkageHistory.step.merge_undone')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group>
        {cursors.length > 0 && (
          <Button variant="default" onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('linkage.previous')}
          </Button>
        )}
        {query.data?.nextCursor && (
          <Button variant="default" onClick={() => setCursors([...cursors, query.data.nextCursor as string])}>
            {t('linkage.next')}
          </Button>
        )}
      </Group>
      <HintsSection />
    </Stack>
  );
}

/**
 * The pair's first record, named as its page shows it (a Zawgyi name in Unicode), linking to the
 * pair; its readings beside the link, so that the link is named by the name alone.
 */
function PairLink({ pair }: { pair: Candidate }) {
  const reading = pair.personA.nameReadings[0];
  return (
    <>
      <Link to={`/linkage/${pair.id}`}>{reading ? (reading.unicode ?? reading.name) : '—'}</Link>
      {reading && <NameReadingMarks reading={reading} />}
    </>
  );
}
