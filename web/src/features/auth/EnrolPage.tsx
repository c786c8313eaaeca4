import { Alert, Button, Center, Code, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { problemMessage } from '../../app/forms.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { meQueryKey, useMe } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';

interface Enrolment {
  secret: string;
  otpauthUri: string;
  qrCodeSvg: string;
}

/** Two-factor enrolment: scan the QR code, confirm with a code, keep the recovery codes. */
export default function EnrolPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();
  const enrol = useMutation({ mutationFn: () => api<Enrolment>('POST', '/api/auth/two-factor/enrol') });
  const form = useForm<{ code: string }>({ defaultValues: { code: '' } });
  const alreadyEnabled = me.user.twoFactorEnabled;
  usePageTitle(t('enrol.title'));

  // One enrolment per visit (StrictMode mounts twice in development; the mutation keeps the first).
  const { mutate, isIdle } = enrol;
  useEffect(() => {
    if (!alreadyEnabled && isIdle) mutate();
  }, [alreadyEnabled, isIdle, mutate]);

  const { problem, onSubmit: confirm } = useApiForm(form, {
    fields: ['code'],
    send: async ({ code }) => {
      const answer = await api<{ recoveryCodes: string[] }>('POST', '/api/auth/two-factor/confirm', {
        code: code.trim(),
      });
      setRecoveryCodes(answer.recoveryCodes);
    },
  });

  const finish = async () => {
    await queryClient.invalidateQueries({ queryKey: meQueryKey });
    await navigate('/', { replace: true });
  };

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="lg" radius="md" w="100%" maw={480}>
        {recoveryCodes ? (
          <Stack>
            <Title order={1} size="h2">
              {t('enrol.recoveryTitle')}
            </Title>
            <Text>{t('enrol.recoveryIntro')}</Text>
            <List aria-label={t('enrol.recoveryTitle')} spacing={4}>
              {recoveryCodes.map((code) => (
                <List.Item key={code}>
                  <Code>{code}</Code>
                </List.Item>
              ))}
            </List>
            <Button onClick={() => void finish()}>{t('enrol.done')}</Button>
          </Stack>
        ) : (
          <form onSubmit={confirm} noValidate>
            <Stack>
              <Title order={1} size="h2">
                {t('enrol.title')}
              </Title>
              <Text>{t('enrol.intro')}</Text>
              {alreadyEnabled && <Alert color="teal">{t('enrol.alreadyEnabled')}</Alert>}
              {enrol.error && <Alert color="red">{problemMessage(enrol.error, t)}</Alert>}
              {enrol.data && (
                <>
                  <img
                    src={`data:image/svg+xml;base64,${btoa(enrol.data.qrCodeSvg)}`}
                    alt={t('enrol.qrAlt')}
                    width={200}
                    height={200}
                    style={{ alignSelf: 'center', background: 'white' }}
                  />
                  <Text size="sm">
                    {t('enrol.secret')} <Code data-testid="totp-secret">{enrol.data.secret}</Code>
                  </Text>
                  {problem && <Alert color="red">{problem}</Alert>}
                  <TextInput
                    label={t('enrol.code')}
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    error={form.formState.errors.code?.message}
                    {...form.register('code', { required: t('problems.required') })}
                  />
                  <Button type="submit" loading={form.formState.isSubmitting}>
                    {t('enrol.confirm')}
                  </Button>
                </>
              )}
              {alreadyEnabled && <Button onClick={() => void finish()}>{t('enrol.done')}</Button>}
            </Stack>
          </form>
        )}
      </Paper>
    </Center>
  );
}
