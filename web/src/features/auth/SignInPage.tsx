import {
  Alert,
  Anchor,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { ApiProblem, api, setCsrfToken } from '../../api/client.ts';
import type { SignedIn } from '../../api/types.ts';
import { LanguageMenu } from '../../app/LanguageMenu.tsx';
import { usePageTitle } from '../../app/page-title.ts';
import { meQueryKey } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { applyLocale } from '../../i18n/index.ts';

interface SignInValues {
  email: string;
  password: string;
  totp: string;
  recoveryCode: string;
}

/** E-mail and password, then the authenticator code (or a recovery code) when the account has one. */
export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const state = (location.state ?? {}) as { expired?: boolean; signedOut?: boolean };
  const [secondFactor, setSecondFactor] = useState<'totp' | 'recovery' | null>(null);
  usePageTitle(t('signIn.title'));
  const form = useForm<SignInValues>({
    defaultValues: { email: '', password: '', totp: '', recoveryCode: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const { problem, onSubmit: submit } = useApiForm(form, {
    fields: ['email', 'password', 'totp', 'recoveryCode'],
    send: async (values) => {
      const signedIn = await api<SignedIn>('POST', '/api/auth/sign-in', {
        email: values.email,
        password: values.password,
        ...(secondFactor === 'totp' && { totp: values.totp.trim() }),
        ...(secondFactor === 'recovery' && { recoveryCode: values.recoveryCode.trim() }),
      });
      setCsrfToken(signedIn.csrfToken);
      queryClient.clear();
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      await navigate(signedIn.stage === 'enrolment_required' ? '/two-factor' : '/', { replace: true });
    },
    handle: (error) => {
      if (error instanceof ApiProblem && error.code === 'two_factor_required') {
        setSecondFactor((current) => current ?? 'totp');
        return true;
      }
      if (error instanceof ApiProblem && error.code === 'two_factor_invalid') {
        form.setError(secondFactor === 'recovery' ? 'recoveryCode' : 'totp', {
          type: 'server',
          message: t('problems.two_factor_invalid'),
        });
        return true;
      }
      return false;
    },
  });

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="lg" radius="md" w="100%" maw={420}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Group justify="space-between" wrap="nowrap">
              <Title order={1} size="h2">
                {t('signIn.title')}
              </Title>
              <LanguageMenu onChange={applyLocale} />
            </Group>
            <Text size="sm" c="dimmed">
              {t('signIn.intro')}
            </Text>
            {state.expired && (
              <Alert color="yellow" role="status" title={t('signIn.expiredTitle')}>
                {t('signIn.expired')}
              </Alert>
            )}
            {state.signedOut && !state.expired && (
              <Alert color="teal" role="status">
                {t('signIn.signedOut')}
              </Alert>
            )}
            {problem && (
              <Alert color="red" role="alert">
                {problem}
              </Alert>
            )}
            <TextInput
              label={t('signIn.email')}
              type="email"
              autoComplete="username"
              required
              error={errors.email?.message}
              {...form.register('email', { required: t('problems.required') })}
            />
            <PasswordInput
              label={t('signIn.password')}
              autoComplete="current-password"
              visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
              required
              error={errors.password?.message}
              {...form.register('password', { required: t('problems.required') })}
            />
            {secondFactor === 'totp' && (
              <TextInput
                label={t('signIn.totp')}
                description={t('signIn.totpHelp')}
                inputMode="numeric"
                autoComplete="one-time-code"
                data-autofocus
                error={errors.totp?.message}
                {...form.register('totp', { required: t('problems.required') })}
              />
            )}
            {secondFactor === 'recovery' && (
              <TextInput
                label={t('signIn.recoveryCode')}
                autoComplete="off"
                error={errors.recoveryCode?.message}
                {...form.register('recoveryCode', { required: t('problems.required') })}
              />
            )}
            {secondFactor && (
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => setSecondFactor(secondFactor === 'totp' ? 'recovery' : 'totp')}
              >
                {secondFactor === 'totp' ? t('signIn.useRecoveryCode') : t('signIn.useTotp')}
              </Anchor>
            )}
            <Button type="submit" loading={isSubmitting}>
              {t('signIn.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
