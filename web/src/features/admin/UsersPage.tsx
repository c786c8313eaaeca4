import { Alert, Button, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useMe } from '../../app/session.tsx';
import { NextPageButton, QueryState } from '../../components/States.tsx';
import { CreateUserForm } from './CreateUserForm.tsx';
import { useRoles } from './roles.ts';
import type { AdminUser } from './types.ts';
import { UserCard } from './UserCard.tsx';

type Shown = 'active' | 'inactive' | 'all';

/** The users of the administrator's agency: find, add, change roles, deactivate, reset two-factor. */
export default function UsersPage() {
  const { t } = useTranslation();
  const me = useMe();
  // The roles this administrator may give, from the server (a platform administrator's include their own).
  const roles = useRoles().assignable;
  usePageTitle(t('admin.users.title'));
  const [search, setSearch] = useState('');
  const [shown, setShown] = useState<Shown>('active');
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<string>();
  const filters = {
    agencyId: me.agency.id,
    q: search.trim() || undefined,
    active: shown === 'all' ? undefined : shown === 'active',
  };
  const users = useInfiniteQuery({
    queryKey: ['admin', 'users', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      api<Page<AdminUser>>('GET', `/api/users${query({ ...filters, limit: 50, cursor: pageParam })}`),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = users.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('admin.users.title')}</Title>
        <Button onClick={() => setAdding((open) => !open)} variant={adding ? 'default' : 'filled'}>
          {adding ? t('admin.users.cancel') : t('admin.users.add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('admin.users.intro', { agency: me.agency.name })}
      </Text>
      {created && (
        <Alert color="teal" role="status">
          {t('admin.users.created', { name: created })}
        </Alert>
      )}
      {adding && (
        <CreateUserForm
          roles={roles}
          onDone={(user) => {
            setAdding(false);
            setCreated(user.displayName);
          }}
        />
      )}
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('admin.users.search')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          style={{ flex: '1 1 200px' }}
        />
        <SegmentedControl
          aria-label={t('admin.users.show')}
          value={shown}
          onChange={(value) => setShown(value as Shown)}
          data={[
            { value: 'active', label: t('admin.users.showActive') },
            { value: 'inactive', label: t('admin.users.showInactive') },
            { value: 'all', label: t('admin.users.showAll') },
          ]}
        />
      </Group>
      <QueryState
        isPending={users.isPending}
        error={users.error}
        isEmpty={items.length === 0}
        emptyText={t('admin.users.empty')}
      />
      {items.map((user) => (
        <UserCard key={user.id} user={user} roles={roles} />
      ))}
      <NextPageButton pages={users}>{t('admin.audit.more')}</NextPageButton>
    </Stack>
  );
}
