import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, query } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import { problemMessage } from '../../app/forms.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan, useFormat } from '../../app/session.tsx';
import { KeyboardScroll } from '../../components/KeyboardScroll.tsx';
import { NextPageButton, QueryState } from '../../components/States.tsx';
import type { AuditEntry, AuditOutcome, AuditVerification } from './types.ts';

const filterNames = ['from', 'to', 'actorUserId', 'action', 'subjectType', 'subjectId', 'outcome'] as const;
type FilterName = (typeof filterNames)[number];
const outcomes: readonly AuditOutcome[] = ['success', 'denied', 'failure'];
const outcomeColour: Record<AuditOutcome, string> = { success: 'gray', denied: 'orange', failure: 'red' };
/** Records that have a page of their own in the app. */
const recordPages: Record<string, string> = { person: '/persons', case: '/cases', screening: '/screenings' };

/** The audit log: who saw and changed what, newest first, filtered (kept in the address), a page at a time. */
export default function AuditLogPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  usePageTitle(t('admin.audit.title'));
  const filters = Object.fromEntries(
    filterNames.map((name) => [name, params.get(name) ?? undefined]),
  ) as Record<FilterName, string | undefined>;
  const entries = useInfiniteQuery({
    queryKey: ['audit', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      api<Page<AuditEntry>>('GET', `/api/audit${query({ ...filters, limit: 50, cursor: pageParam })}`),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = entries.data?.pages.flatMap((page) => page.items) ?? [];

  const setFilter = (name: FilterName, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const textFilter = (name: FilterName, type = 'text') => (
    <TextInput
      type={type}
      label={t(`admin.audit.filter.${name}`)}
      value={filters[name] ?? ''}
      onChange={(event) => setFilter(name, event.currentTarget.value.trim())}
    />
  );

  return (
    <Stack>
      <Title order={1}>{t('admin.audit.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('admin.audit.intro')}
      </Text>
      <VerifyChain />
      <Card withBorder component="section" aria-label={t('admin.audit.filters')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {textFilter('from', 'date')}
          {textFilter('to', 'date')}
          {textFilter('action')}
          {textFilter('subjectType')}
          {textFilter('subjectId')}
          {textFilter('actorUserId')}
          <NativeSelect
            label={t('admin.audit.filter.outcome')}
            value={filters.outcome ?? ''}
            onChange={(event) => setFilter('outcome', event.currentTarget.value)}
            data={[
              { value: '', label: t('admin.audit.any') },
              ...outcomes.map((outcome) => ({ value: outcome, label: t(`admin.audit.outcome.${outcome}`) })),
            ]}
          />
        </SimpleGrid>
        {params.size > 0 && (
          <Button
            variant="subtle"
            mt="sm"
            onClick={() => setParams(new URLSearchParams(), { replace: true })}
          >
            {t('admin.audit.clear')}
          </Button>
        )}
      </Card>
      <QueryState
        isPending={entries.isPending}
        error={entries.error}
        isEmpty={items.length === 0}
        emptyText={t('admin.audit.empty')}
      />
      {items.length > 0 && (
        <KeyboardScroll label={t('admin.audit.title')} minWidth={640}>
          <Table striped aria-label={t('admin.audit.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.audit.at')}</Table.Th>
                <Table.Th>{t('admin.audit.actor')}</Table.Th>
                <Table.Th>{t('admin.audit.action')}</Table.Th>
                <Table.Th>{t('admin.audit.subject')}</Table.Th>
                <Table.Th>{t('admin.audit.outcomeLabel')}</Table.Th>
                <Table.Th>{t('admin.audit.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(entry.at)}</Table.Td>
                  <Table.Td>
                    {entry.actorUserId ? (
                      <Anchor
                        component="button"
                        type="button"
                        onClick={() => setFilter('actorUserId', entry.actorUserId ?? '')}
                      >
                        {entry.actorName ?? entry.actorUserId.slice(0, 8)}
                      </Anchor>
                    ) : (
                      t('admin.audit.platform')
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Anchor
                      component="button"
                      type="button"
                      onClick={() => setFilter('action', entry.action)}
                    >
                      <code>{entry.action}</code>
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Subject entry={entry} />
                  </Table.Td>
                  <Table.Td>
                    <Badge color={outcomeColour[entry.outcome]} variant="light">
                      {t(`admin.audit.outcome.${entry.outcome}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{entry.reason ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </KeyboardScroll>
      )}
      <NextPageButton pages={entries}>{t('admin.audit.more')}</NextPageButton>
    </Stack>
  );
}

/** The record an entry is about, by kind and short id; a link where the record has a page. */
function Subject({ entry }: { entry: AuditEntry }) {
  if (!entry.subjectType || !entry.subjectId) return null;
  const page = recordPages[entry.subjectType];
  const text = `${entry.subjectType} ${entry.subjectId.slice(0, 8)}`;
  return page ? (
    <Anchor component={Link} to={`${page}/${entry.subjectId}`}>
      {text}
    </Anchor>
  ) : (
    <Text size="sm">{text}</Text>
  );
}

/** Checking the whole hash chain, for the platform administrator (the chain spans every agency). */
function VerifyChain() {
  const { t } = useTranslation();
  const format = useFormat();
  const canVerify = useCan('audit:read_any');
  const verify = useMutation({ mutationFn: () => api<AuditVerification>('POST', '/api/audit/verification') });
  if (!canVerify) return null;
  const report = verify.data;
  return (
    <Group>
      <Button variant="default" loading={verify.isPending} onClick={() => verify.mutate()}>
        {t('admin.audit.verify')}
      </Button>
      {verify.error && (
        <Alert color="red" role="alert">
          {problemMessage(verify.error, t)}
        </Alert>
      )}
      {report && (
        <Alert color={report.intact ? 'teal' : 'red'} role="status">
          {report.intact
            ? t('admin.audit.intact', {
                entries: format.number(report.entries),
                pending: format.number(report.pending),
              })
            : t('admin.audit.broken', { seq: format.number(report.firstBreak?.seq ?? 0) })}
        </Alert>
      )}
    </Group>
  );
}
