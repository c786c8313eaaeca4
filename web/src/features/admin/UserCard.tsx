import { Alert, Badge, Button, Card, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { problemMessage } from '../../app/forms.ts';
import { useCan, useMe } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { useRoles } from './roles.ts';
import type { AdminUser } from './types.ts';

/**
 * One user of the agency: their roles here, two-factor and status, and what an administrator
 * does with them (change roles, deactivate or reactivate, reset two-factor after a lost phone).
 */
export function UserCard({ user, roles }: { user: AdminUser; roles: readonly string[] }) {
  const { t } = useTranslation();
  const me = useMe();
  const { label } = useRoles();
  const [opened, { toggle }] = useDisclosure(false);
  const ownRoles = user.memberships.filter((m) => m.agencyId === me.agency.id).map((m) => m.role);
  const isSelf = user.id === me.user.id;
  return (
    <Card withBorder component="article" aria-label={user.displayName}>
      <Group justify="space-between" wrap="wrap" align="flex-start">
        <Stack gap={2}>
          <Text fw={600}>{user.displayName}</Text>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {user.email}
          </Text>
          <Group gap={4} mt={4}>
            {ownRoles.map((role) => (
              <Badge key={role} variant="light">
                {label(role)}
              </Badge>
            ))}
            {!user.active && <Badge color="gray">{t('admin.users.inactive')}</Badge>}
            <Badge color={user.twoFactorEnabled ? 'lindung' : 'orange'} variant="dot">
              {user.twoFactorEnabled ? t('admin.users.twoFactorOn') : t('admin.users.twoFactorOff')}
            </Badge>
          </Group>
        </Stack>
        {!isSelf && (
          <Button variant="default" size="xs" onClick={toggle} aria-expanded={opened}>
            {t('admin.users.manage')}
          </Button>
        )}
      </Group>
      {!isSelf && opened && (
        <Stack mt="md">
          <RolesForm user={user} roles={roles} current={ownRoles} />
          <AccountActions user={user} />
        </Stack>
      )}
    </Card>
  );
}

function RolesForm({
  user,
  roles,
  current,
}: {
  user: AdminUser;
  roles: readonly string[];
  current: string[];
}) {
  const { t } = useTranslation();
  const me = useMe();
  const { label } = useRoles();
  const managesAny = useCan('user:manage_any');
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const form = useForm<{ roles: string[] }>({ defaultValues: { roles: current } });
  const { problem, onSubmit } = useApiForm(form, {
    fields: ['roles'],
    apiFields: { memberships: 'roles' },
    send: async (values) => {
      setSaved(false);
      // The platform administrator's change replaces every membership: keep the other agencies'.
      const elsewhere = managesAny ? user.memberships.filter((m) => m.agencyId !== me.agency.id) : [];
      await api('PATCH', `/api/users/${user.id}`, {
        memberships: [...elsewhere, ...values.roles.map((role) => ({ agencyId: me.agency.id, role }))],
      });
      await queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
      setSaved(true);
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('admin.users.rolesOf', { name: user.displayName })}>
      <Stack gap="xs">
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Controller
          control={form.control}
          name="roles"
          render={({ field }) => (
            <Checkbox.Group
              label={t('admin.users.roles')}
              error={form.formState.errors.roles?.message}
              {...field}
            >
              <Group gap="sm" mt={4}>
                {roles.map((role) => (
                  <Checkbox key={role} value={role} label={label(role)} />
                ))}
              </Group>
            </Checkbox.Group>
          )}
        />
        <Group>
          <Button type="submit" size="xs" loading={form.formState.isSubmitting}>
            {t('admin.users.saveRoles')}
          </Button>
          {saved && (
            <Text size="sm" role="status">
              {t('admin.users.saved')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}

function AccountActions({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const done = () => queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
  const setActive = useMutation({
    mutationFn: (active: boolean) =>
      active
        ? api('PATCH', `/api/users/${user.id}`, { active: true })
        : api('DELETE', `/api/users/${user.id}`),
    onSuccess: done,
  });
  const resetTwoFactor = useMutation({
    mutationFn: () => api('POST', `/api/users/${user.id}/reset-two-factor`),
    onSuccess: done,
  });
  const error = setActive.error ?? resetTwoFactor.error;
  return (
    <Stack gap="xs">
      {error && (
        <Alert color="red" role="alert">
          {problemMessage(error, t)}
        </Alert>
      )}
      {resetTwoFactor.isSuccess && (
        <Text size="sm" role="status">
          {t('admin.users.twoFactorReset')}
        </Text>
      )}
      <Group>
        {user.active ? (
          <Button
            color="red"
            variant="light"
            size="xs"
            loading={setActive.isPending}
            onClick={() => setActive.mutate(false)}
          >
            {t('admin.users.deactivate')}
          </Button>
        ) : (
          <Button
            variant="light"
            size="xs"
            loading={setActive.isPending}
            onClick={() => setActive.mutate(true)}
          >
            {t('admin.users.reactivate')}
          </Button>
        )}
        {user.twoFactorEnabled && (
          <Button
            variant="default"
            size="xs"
            loading={resetTwoFactor.isPending}
            onClick={() => resetTwoFactor.mutate()}
          >
            {t('admin.users.resetTwoFactor')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
