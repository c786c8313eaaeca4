import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ApiProblem } from '../api/client.ts';
import { applyLocale } from '../i18n/index.ts';
import { SessionProvider, useMeQuery } from './session.tsx';

/** A page still loading; a status, so that its label is announced (and allowed: axe refuses a label on a plain element). */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center mih={200}>
      <Loader role="status" aria-label={t('common.loading')} />
    </Center>
  );
}

/**
 * Pages behind sign-in: waits for /api/me, takes the account's language once per user (before
 * showing anything, so the page never switches language under the reader), and sends users who
 * must set up two-factor sign-in to do that first.
 */
export function RequireSession() {
  const { t } = useTranslation();
  const me = useMeQuery();
  const location = useLocation();
  const [localeFor, setLocaleFor] = useState<string | null>(null);
  const userId = me.data?.user.id;

  useEffect(() => {
    if (!me.data || localeFor === me.data.user.id) return;
    const id = me.data.user.id;
    void applyLocale(me.data.user.locale).then(() => setLocaleFor(id));
  }, [me.data, localeFor]);

  if (me.error instanceof ApiProblem && me.error.status === 401) return <Navigate to="/sign-in" replace />;
  if (me.error) {
    return (
      <Center mih="60vh" p="md">
        <Stack>
          <Alert color="red" title={t('problems.loadFailed')}>
            {t('problems.tryAgain')}
          </Alert>
          <Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>
        </Stack>
      </Center>
    );
  }
  if (!me.data || localeFor !== userId) return <PageLoader />;
  if (me.data.stage === 'enrolment_required' && location.pathname !== '/two-factor') {
    return <Navigate to="/two-factor" replace />;
  }
  return (
    <SessionProvider value={me.data}>
      <Suspense fallback={<PageLoader />}>
        <Outlet />
      </Suspense>
    </SessionProvider>
  );
}
