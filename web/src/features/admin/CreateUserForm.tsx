import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  PasswordInput,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useMe } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { localeNames } from '../../i18n/index.ts';
import { locales, useRoles } from './roles.ts';
import type { AdminUser } from './types.ts';

interface NewUser {
  displayName: string;
  email: string;
  locale: (typeof locales)[number];
  password: string;
  roles: string[];
}

/** Creates a user of the administrator's agency with an initial password and their roles. */
export function CreateUserForm({
  roles,
  onDone,
}: {
  roles: readonly string[];
  onDone: (user: AdminUser) => void;
}) {
  const { t } = useTranslation();
  const { label } = useRoles();
  const me = useMe();
  const queryClient = useQueryClient();
  const form = useForm<NewUser>({
    defaultValues: { displayName: '', email: '', locale: me.user.locale, password: '', roles: [] },
  });
  const { problem, onSubmit } = useApiForm(form, {
    fields: ['displayName', 'email', 'locale', 'password', 'roles'],
    apiFields: { memberships: 'roles' },
    send: async (values) => {
      const user = await api<AdminUser>('POST', '/api/users', {
        displayName: values.displayName,
        email: values.email.trim(),
        locale: values.locale,
        password: values.password,
        memberships: values.roles.map((role) => ({ agencyId: me.agency.id, role })),
      });
      await queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
      form.reset();
      onDone(user);
    },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <Card withBorder component="section" aria-labelledby="new-user">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Title order={2} size="h4" id="new-user">
            {t('admin.users.new')}
          </Title>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('admin.users.displayName')}
              error={errors.displayName?.message}
              {...form.register('displayName')}
            />
            <TextInput
              type="email"
              label={t('admin.users.email')}
              error={errors.email?.message}
              {...form.register('email')}
            />
            <NativeSelect
              label={t('admin.users.locale')}
              error={errors.locale?.message}
              data={locales.map((locale) => ({ value: locale, label: localeNames[locale] }))}
              {...form.register('locale')}
            />
            <PasswordInput
              label={t('admin.users.password')}
              description={t('admin.users.passwordHelp')}
              error={errors.password?.message}
              autoComplete="new-password"
              {...form.register('password')}
            />
          </SimpleGrid>
          <Controller
            control={form.control}
            name="roles"
            render={({ field }) => (
              <Checkbox.Group label={t('admin.users.roles')} error={errors.roles?.message} {...field}>
                <Group gap="sm" mt={4}>
                  {roles.map((role) => (
                    <Checkbox key={role} value={role} label={label(role)} />
                  ))}
                </Group>
              </Checkbox.Group>
            )}
          />
          <Group>
            <Button type="submit" loading={isSubmitting}>
              {t('admin.users.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
