import { Badge, Button, Card, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, query } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { NextPageButton, QueryState } from '../../components/States.tsx';
import { RegisterAgencyForm } from './RegisterAgencyForm.tsx';
import type { AgencySettings } from './types.ts';

type Shown = 'active' | 'inactive' | 'all';

/** Every agency of the platform, for its administrator: find one, register one, open one to change it. */
export default function AgenciesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t('agencies.title'));
  const [search, setSearch] = useState('');
  const [shown, setShown] = useState<Shown>('active');
  const [registering, setRegistering] = useState(false);
  const filters = { q: search.trim() || undefined, active: shown === 'all' ? undefined : shown === 'active' };
  const agencies = useInfiniteQuery({
    queryKey: ['admin', 'agencies', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      api<Page<AgencySettings>>('GET', `/api/agencies${query({ ...filters, limit: 50, cursor: pageParam })}`),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = agencies.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('agencies.title')}</Title>
        <Button onClick={() => setRegistering((open) => !open)} variant={registering ? 'default' : 'filled'}>
          {registering ? t('agencies.cancel') : t('agencies.register')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('agencies.intro')}
      </Text>
      {registering && <RegisterAgencyForm onDone={(agency) => navigate(`/admin/agencies/${agency.id}`)} />}
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('agencies.search')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          style={{ flex: '1 1 200px' }}
        />
        <SegmentedControl
          aria-label={t('agencies.show')}
          value={shown}
          onChange={(value) => setShown(value as Shown)}
          data={[
            { value: 'active', label: t('agencies.showActive') },
            { value: 'inactive', label: t('agencies.showInactive') },
            { value: 'all', label: t('agencies.showAll') },
          ]}
        />
      </Group>
      <QueryState
        isPending={agencies.isPending}
        error={agencies.error}
        isEmpty={items.length === 0}
        emptyText={t('agencies.empty')}
      />
      {items.map((agency) => (
        <Card key={agency.id} withBorder component="article" aria-label={agency.name}>
          <Group justify="space-between" wrap="wrap">
            <Stack gap={2}>
              <Link to={`/admin/agencies/${agency.id}`}>{agency.name}</Link>
              <Text size="sm" c="dimmed">
                {agencyFacts(agency, t)}
              </Text>
            </Stack>
            {!agency.active && <Badge color="gray">{t('agencies.inactive')}</Badge>}
          </Group>
        </Card>
      ))}
      <NextPageButton pages={agencies}>{t('agencies.more')}</NextPageButton>
    </Stack>
  );
}

/** "PDRM · Law enforcement · MY", with the host country of an embassy. */
export function agencyFacts(agency: AgencySettings, t: TFunction): string {
  return [
    agency.shortName,
    t(`agencies.type.${agency.type}`),
    agency.hostCountry
      ? t('agencies.embassyIn', { country: agency.country, host: agency.hostCountry })
      : agency.country,
  ]
    .filter(Boolean)
    .join(' · ');
}
