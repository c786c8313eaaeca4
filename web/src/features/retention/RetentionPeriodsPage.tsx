import { Alert, Button, Card, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { problemMessage } from '../../app/forms.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan, useFormat, useMe } from '../../app/session.tsx';
import { QueryState } from '../../components/States.tsx';
import { RetentionPeriodForm } from './RetentionPeriodForm.tsx';
import {
  type RetentionOverview,
  type RetentionPeriod,
  type RetentionScope,
  retentionQueryKey,
} from './types.ts';

const scopes: readonly RetentionScope[] = ['agency', 'country', 'default'];

/**
 * How long closed records keep their personal data: the agency's own period, its country's and
 * the platform's default, which one is in force, and the legal minimum (decision 0038). Agency
 * administrators change their agency's; the platform administrator the country's and the default.
 */
export default function RetentionPeriodsPage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t('retention.title'));
  // The platform administrator may look at another country than their agency's.
  const [country, setCountry] = useState(me.agency.country.trim());
  const ownCountry = country === me.agency.country.trim();
  const overview = useQuery({
    queryKey: [...retentionQueryKey, country],
    queryFn: () =>
      api<RetentionOverview>('GET', `/api/retention-periods${ownCountry ? '' : `?country=${country}`}`),
  });
  const countries = overview.data?.countries ?? [country];
  return (
    <Stack>
      <Title order={1}>{t('retention.title')}</Title>
      <Text>{t('retention.intro')}</Text>
      {countries.length > 1 && (
        <NativeSelect
          label={t('retention.country')}
          data={countries}
          value={country}
          onChange={(event) => setCountry(event.currentTarget.value)}
          maw={240}
        />
      )}
      {overview.data ? (
        overview.data.recordTypes.map((type) => (
          <RecordTypeCard
            key={type.recordType}
            type={type}
            country={overview.data.country}
            scopes={ownCountry ? scopes : scopes.filter((scope) => scope !== 'agency')}
          />
        ))
      ) : (
        <QueryState isPending={overview.isPending} error={overview.error} isEmpty={false} emptyText="" />
      )}
    </Stack>
  );
}

type RecordTypeView = RetentionOverview['recordTypes'][number];

function RecordTypeCard(props: { type: RecordTypeView; country: string; scopes: readonly RetentionScope[] }) {
  const { type, country } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const manageAny = useCan('retention:manage_any');
  const manageOwn = useCan('retention:manage');
  const [editing, setEditing] = useState<RetentionScope>();
  const remove = useMutation({
    mutationFn: (period: RetentionPeriod) => api('DELETE', `/api/retention-periods/${period.id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: retentionQueryKey }),
  });
  const changes = (scope: RetentionScope) => manageAny || (manageOwn && scope === 'agency');
  const heading = t(`retention.recordType.${type.recordType}`);
  return (
    <Card withBorder component="section" aria-label={heading}>
      <Stack>
        <Title order={2} size="h3">
          {heading}
        </Title>
        <Text fw={600}>
          {type.effective
            ? t(props.scopes.includes('agency') ? 'retention.inForce' : 'retention.inForceCountry', {
                years: type.effective.years,
                scope: t(`retention.scope.${type.effective.scope}`, { country }),
              })
            : t('retention.noneInForce')}
        </Text>
        <Text size="sm" c="dimmed">
          {type.legalMinimum
            ? t('retention.legalMinimum', {
                years: type.legalMinimum.years,
                law: [type.legalMinimum.law, type.legalMinimum.section].filter(Boolean).join(' '),
              })
            : t('retention.noLegalMinimum')}
        </Text>
        {remove.error && (
          <Alert color="red" role="alert">
            {problemMessage(remove.error, t)}
          </Alert>
        )}
        <Table.ScrollContainer minWidth={560}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('retention.column.scope')}</Table.Th>
                <Table.Th>{t('retention.column.years')}</Table.Th>
                <Table.Th>{t('retention.column.source')}</Table.Th>
                <Table.Th>{t('retention.column.changed')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.scopes.map((scope) => {
                const period = type[scope];
                const label = t(`retention.scope.${scope}`, { country });
                return (
                  <Table.Tr key={scope}>
                    <Table.Td>{label}</Table.Td>
                    <Table.Td>{period ? format.number(period.years) : '—'}</Table.Td>
                    <Table.Td>{period?.source ?? t('retention.notSet')}</Table.Td>
                    <Table.Td>{period ? format.dateTime(period.changedAt) : ''}</Table.Td>
                    <Table.Td>
                      {changes(scope) && (
                        <Group gap="xs" justify="flex-end" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="light"
                            onClick={() => setEditing(scope)}
                            aria-label={`${t('retention.change')}: ${label}`}
                          >
                            {t('retention.change')}
                          </Button>
                          {period && scope !== 'default' && (
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              loading={remove.isPending}
                              onClick={() => remove.mutate(period)}
                              aria-label={`${t('retention.remove')}: ${label}`}
                            >
                              {t('retention.remove')}
                            </Button>
                          )}
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {editing && (
          <RetentionPeriodForm
            recordType={type.recordType}
            scope={editing}
            country={country}
            current={type[editing]}
            title={`${heading} — ${t(`retention.scope.${editing}`, { country })}`}
            onDone={() => setEditing(undefined)}
          />
        )}
      </Stack>
    </Card>
  );
}
