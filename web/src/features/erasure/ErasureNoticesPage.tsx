import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
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
import { type ErasureNotice, erasureNoticesKey } from './types.ts';

/**
 * The agency's notices that another agency erased a likely match of one of its persons (on her
 * request, or at the end of a referred case's retention period; decisions 0042 and 0049), newest
 * first: each links to the agency's own person, whose erasure it may then ask for, and is
 * acknowledged once looked at.
 */
export default function ErasureNoticesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  usePageTitle(t('erasureNotices.title'));
  const queryClient = useQueryClient();
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const query = useQuery({
    queryKey: [...erasureNoticesKey, cursor ?? ''],
    queryFn: () =>
      api<Page<ErasureNotice>>(
        'GET',
        `/api/erasure-notices?limit=25${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      ),
  });
  const acknowledge = useMutation({
    mutationFn: (notice: ErasureNotice) =>
      api<ErasureNotice>('POST', `/api/erasure-notices/${notice.id}/acknowledge`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: erasureNoticesKey }),
  });
  const items = query.data?.items ?? [];
  return (
    <Stack>
      <Title order={1}>{t('erasureNotices.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('erasureNotices.intro')}
      </Text>
      {acknowledge.error && (
        <Alert color="red" role="alert">
          {problemMessage(acknowledge.error, t)}
        </Alert>
      )}
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={items.length === 0}
        emptyText={t('erasureNotices.empty')}
      />
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('erasureNotices.noticed')}</Table.Th>
                <Table.Th>{t('erasureNotices.causeColumn')}</Table.Th>
                <Table.Th>{t('erasureNotices.probability')}</Table.Th>
                <Table.Th>{t('erasureNotices.person')}</Table.Th>
                <Table.Th>{t('erasureNotices.state')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((notice) => (
                <Table.Tr key={notice.id}>
                  <Table.Td>{format.dateTime(notice.noticedAt)}</Table.Td>
                  <Table.Td>{t(`erasureNotices.cause.${notice.cause}`)}</Table.Td>
                  <Table.Td>{format.number(Math.round(notice.probability * 100))} %</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/persons/${notice.personId}`}>
                      {t('erasureNotices.openPerson')}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="dot" color={notice.handled ? 'lindung' : 'orange'}>
                      {t(notice.handled ? 'erasureNotices.handled' : 'erasureNotices.notHandled')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {notice.acknowledgedAt ? (
                      <Text size="sm">
                        {t('erasureNotices.acknowledgedOn', { when: format.dateTime(notice.acknowledgedAt) })}
                      </Text>
                    ) : (
                      <Button
                        size="xs"
                        variant="default"
                        loading={acknowledge.isPending && acknowledge.variables?.id === notice.id}
                        onClick={() => acknowledge.mutate(notice)}
                      >
                        {t('erasureNotices.acknowledge')}
                      </Button>
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
            {t('erasureNotices.previous')}
          </Button>
        )}
        {query.data?.nextCursor && (
          <Button variant="default" onClick={() => setCursors([...cursors, query.data.nextCursor as string])}>
            {t('erasureNotices.next')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
