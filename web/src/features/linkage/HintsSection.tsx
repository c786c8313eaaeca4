import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import { useFormat } from '../../app/session.tsx';
import { QueryState } from '../../components/States.tsx';
import { NamesWithReadings } from '../persons/NameWithReading.tsx';
import { DiscloseHintButton } from './DiscloseHintButton.tsx';
import type { Hint } from './types.ts';

/**
 * "Possible match held by another agency": the agency's own persons only, never the other record.
 * Where the agency recorded its person first it is told who recorded the match and may name itself
 * to them; otherwise it learns the holder only once the holder agrees (decision 0050).
 */
export function HintsSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const query = useQuery({
    queryKey: ['linkage', 'hints', cursor ?? ''],
    queryFn: () =>
      api<Page<Hint>>(
        'GET',
        `/api/linkage/hints?limit=25${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      ),
  });
  const items = query.data?.items ?? [];
  return (
    <Stack component="section" aria-labelledby="linkage-hints">
      <Title order={2} id="linkage-hints">
        {t('linkage.hints.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('linkage.hints.intro')}
      </Text>
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={items.length === 0}
        emptyText={t('linkage.hints.empty')}
      />
      {items.length > 0 && (
        <Table aria-labelledby="linkage-hints">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('linkage.hints.person')}</Table.Th>
              <Table.Th>{t('linkage.hints.heldBy')}</Table.Th>
              <Table.Th>{t('linkage.probability')}</Table.Th>
              <Table.Th>{t('hints.action')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((hint) => (
              <Table.Tr key={hint.id}>
                <Table.Td>
                  <NamesWithReadings readings={hint.nameReadings} separator=" · " />
                </Table.Td>
                <Table.Td>{heldText(hint, t)}</Table.Td>
                <Table.Td>{format.number(Math.round(hint.probability * 100))} %</Table.Td>
                <Table.Td>{hint.holds && <DiscloseHintButton hint={hint} />}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {query.data?.nextCursor && (
        <Group>
          <Button variant="default" onClick={() => setCursors([...cursors, query.data.nextCursor as string])}>
            {t('linkage.next')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** What the agency may know of where the match is held. */
function heldText(hint: Hint, t: TFunction): string {
  if (hint.holds) {
    return hint.otherAgency
      ? t('hints.recordedBy', { agency: hint.otherAgency.name })
      : t('hints.recordedElsewhere');
  }
  return hint.otherAgency
    ? t('linkage.hints.askForReferral', { agency: hint.otherAgency.name })
    : t('hints.heldElsewhere');
}
