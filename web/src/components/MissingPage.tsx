import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { usePageTitle } from '../app/page-title.ts';

/**
 * What an address that leads nowhere shows: a path the app has no page for, an id that is none, or
 * a record that is not there or not the reader's to see (the API answers the same 404 for both, so
 * the page does not tell them apart either). In the reader's language, with the way back.
 */
export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('missingPage.notFound.title'));
  return (
    <Stack maw={640} py="xl">
      <Title order={1}>{t('missingPage.notFound.title')}</Title>
      <Text>{t('missingPage.notFound.text')}</Text>
      <WayBack />
    </Stack>
  );
}

/**
 * The router's error page: a path it cannot match is the not-found page; anything else that broke
 * while showing a page says so in the reader's language (never the router's English), and offers
 * to try again or to go home.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  usePageTitle(t('missingPage.error.title'));
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <Stack maw={640} p="xl" role="alert">
      <Title order={1}>{t('missingPage.error.title')}</Title>
      <Text>{t('missingPage.error.text')}</Text>
      <Group>
        <Button onClick={() => window.location.reload()}>{t('missingPage.error.retry')}</Button>
        <WayBack />
      </Group>
    </Stack>
  );
}

/** Home, where every list of the app starts. */
function WayBack() {
  const { t } = useTranslation();
  return (
    <Group>
      <Anchor component={Link} to="/">
        {t('missingPage.home')}
      </Anchor>
      <Anchor component={Link} to="/cases">
        {t('missingPage.cases')}
      </Anchor>
    </Group>
  );
}
