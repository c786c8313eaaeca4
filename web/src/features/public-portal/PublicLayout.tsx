import { Anchor, AppShell, Group, Title } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageMenu } from '../../app/LanguageMenu.tsx';
import { applyLocale } from '../../i18n/index.ts';
import { publicLinks } from './public-routes.tsx';

/** The public portal's frame: no sign-in, a language menu and links to its pages. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <AppShell header={{ height: 'auto' }} padding="md">
      <AppShell.Header p="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4">
            <Anchor component={Link} to="/public" c="inherit" underline="never">
              {t('portal.name')}
            </Anchor>
          </Title>
          <Group component="nav" aria-label={t('portal.navLabel')} gap="md" wrap="wrap">
            {publicLinks.map((link) => (
              <Anchor key={link.path} component={Link} to={`/public/${link.path}`}>
                {t(link.label)}
              </Anchor>
            ))}
          </Group>
          <LanguageMenu onChange={async (locale) => applyLocale(locale)} />
        </Group>
      </AppShell.Header>
      <AppShell.Main maw={760} mx="auto">
        <Suspense fallback={null}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
