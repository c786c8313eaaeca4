import {
  Anchor,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, query } from '../../api/client.ts';
import type { CaseSummary, Page } from '../../api/types.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan, useFormat } from '../../app/session.tsx';
import { RiskBadge, StatusBadge } from '../../components/CaseBadges.tsx';
import { DateInput } from '../../components/DateField.tsx';
import { NextPageButton, QueryState } from '../../components/States.tsx';
import { isCalendarDate } from '../../components/typed-date.ts';
import { caseStatuses, caseTypes, exploitationTypes } from './case-options.ts';

const filterNames = ['status', 'type', 'exploitationType', 'openedFrom', 'openedTo'] as const;

/** The agency's cases, newest first, filtered (kept in the address), a page at a time. */
export default function CaseListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const canOpen = useCan('case:write');
  const [params, setParams] = useSearchParams();
  usePageTitle(t('caseList.title'));
  const filters = Object.fromEntries(filterNames.map((name) => [name, params.get(name) ?? undefined]));
  const cases = useInfiniteQuery({
    queryKey: ['cases', 'list', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      api<Page<CaseSummary>>('GET', `/api/cases${query({ ...filters, limit: 25, cursor: pageParam })}`),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = cases.data?.pages.flatMap((page) => page.items) ?? [];

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const dateFilter = (name: 'openedFrom' | 'openedTo') => (
    <DateInput
      label={t(`caseList.filter.${name}`)}
      value={filters[name] ?? ''}
      // Text that is no date yet filters nothing: the list changes once the date is whole.
      onChange={(value) => {
        if (!value || isCalendarDate(value)) setFilter(name, value);
      }}
    />
  );
  const select = (name: (typeof filterNames)[number], options: readonly string[], labelKey: string) => (
    <NativeSelect
      label={t(`caseList.filter.${name}`)}
      value={filters[name] ?? ''}
      onChange={(event) => setFilter(name, event.currentTarget.value)}
      data={[
        { value: '', label: t('caseList.any') },
        ...options.map((option) => ({ value: option, label: t(`${labelKey}.${option}`) })),
      ]}
    />
  );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('caseList.title')}</Title>
        {canOpen && (
          <Button component={Link} to="/cases/new">
            {t('nav.openCase')}
          </Button>
        )}
      </Group>
      <Card withBorder component="section" aria-label={t('caseList.filters')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {select('status', caseStatuses, 'case.status')}
          {select('type', caseTypes, 'case.type')}
          {select('exploitationType', exploitationTypes, 'case.exploitation')}
          {dateFilter('openedFrom')}
          {dateFilter('openedTo')}
        </SimpleGrid>
      </Card>
      <QueryState
        isPending={cases.isPending}
        error={cases.error}
        isEmpty={items.length === 0}
        emptyText={t('caseList.empty')}
      />
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('case.reference')}</Table.Th>
                <Table.Th>{t('case.person')}</Table.Th>
                <Table.Th>{t('case.statusLabel')}</Table.Th>
                <Table.Th>{t('case.riskLabel')}</Table.Th>
                <Table.Th>{t('case.openedOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((found) => (
                <Table.Tr key={found.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/cases/${found.id}`}>
                      {found.reference}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{found.primaryPersonName ?? t('case.noPerson')}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={found.status} />
                  </Table.Td>
                  <Table.Td>
                    <RiskBadge risk={found.riskLevel} />
                  </Table.Td>
                  <Table.Td>{format.date(found.openedOn)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <NextPageButton pages={cases}>{t('caseList.more')}</NextPageButton>
      {items.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('caseList.shown', { number: format.number(items.length) })}
        </Text>
      )}
    </Stack>
  );
}
