import { AppShell, Burger, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { api, setCsrfToken } from '../api/client.ts';
import { useAdminLinks } from '../features/admin/nav.ts';
import { useApprovalLinks } from '../features/approvals/nav.ts';
import { useCoordinationLinks } from '../features/coordination/nav.ts';
import { useErasureNoticeLinks } from '../features/erasure/nav.ts';
import { useJobAdvertLinks } from '../features/jobads/nav.ts';
import { useLinkageLinks } from '../features/linkage/nav.ts';
import { NotificationsButton } from '../features/notifications/NotificationsButton.tsx';
import { usePersonSearchLinks } from '../features/persons/nav.ts';
import { SendWaiting } from '../features/screening/SendWaiting.tsx';
import { useStatisticsLinks } from '../features/statistics/nav.ts';
import { useTrainingLinks } from '../features/training/nav.ts';
import { useVictimPathLinks } from '../features/victim-path/nav.ts';
import { LanguageMenu } from './LanguageMenu.tsx';
import { PageLoader } from './RequireSession.tsx';
import { useCan, useChangeLocale, useMe } from './session.tsx';

/** The frame of every signed-in page: header, navigation (a burger menu on phones), content. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const changeLocale = useChangeLocale();
  const canOpenCase = useCan('case:write');
  const victimPathLinks = useVictimPathLinks(location.pathname);
  const canScreen = useCan('screening:conduct');
  const statisticsLinks = useStatisticsLinks(location.pathname);
  const canTriage = useCan('public_report:triage');
  const jobAdvertLinks = useJobAdvertLinks(location.pathname);
  const linkageLinks = useLinkageLinks(location.pathname);
  const erasureNoticeLinks = useErasureNoticeLinks(location.pathname);
  const canEditHelp = useCan('coordination:manage');
  const coordinationLinks = useCoordinationLinks(location.pathname);
  const trainingLinks = useTrainingLinks(location.pathname);
  const adminLinks = useAdminLinks(location.pathname);
  const approvalLinks = useApprovalLinks(location.pathname);
  const personSearchLinks = usePersonSearchLinks(location.pathname);

  const signOut = async () => {
    await api('POST', '/api/auth/sign-out').catch(() => undefined);
    setCsrfToken(null);
    queryClient.clear();
    await navigate('/sign-in', { state: { signedOut: true } });
  };

  const links = [
    { to: '/', label: t('nav.home'), active: location.pathname === '/' },
    { to: '/cases', label: t('nav.cases'), active: /^\/cases(\/(?!new)|$)/.test(location.pathname) },
    ...(canOpenCase
      ? [{ to: '/cases/new', label: t('nav.openCase'), active: location.pathname === '/cases/new' }]
      : []),
    ...personSearchLinks,
    ...(canScreen
      ? [
          {
            to: '/screenings',
            label: t('screening.nav'),
            active: location.pathname.startsWith('/screenings'),
          },
        ]
      : []),
    ...approvalLinks,
    ...victimPathLinks,
    ...statisticsLinks,
    ...(canTriage
      ? [{ to: '/triage', label: t('portal.triage.nav'), active: location.pathname.startsWith('/triage') }]
      : []),
    ...jobAdvertLinks,
    ...linkageLinks,
    ...erasureNoticeLinks,
    ...coordinationLinks,
    ...trainingLinks,
    ...(canEditHelp
      ? [
          {
            to: '/help-pages',
            label: t('portal.helpEditor.nav'),
            active: location.pathname === '/help-pages',
          },
        ]
      : []),
    ...adminLinks,
  ];

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
            <Title order={2} size="h4">
              Lindung
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="sm">
              {me.agency.shortName ?? me.agency.name}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationsButton />
            <LanguageMenu onChange={changeLocale} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
        <Stack gap={4} justify="space-between" h="100%">
          <Stack gap={4}>
            {links.map((link) => (
              <NavLink
                key={link.to}
                component={Link}
                to={link.to}
                label={link.label}
                active={link.active}
                variant="filled"
                onClick={close}
              />
            ))}
          </Stack>
          <Stack gap={4}>
            <Text size="sm">{me.user.displayName}</Text>
            <Text size="xs" c="dimmed">
              {me.agency.name}
            </Text>
            <Button variant="default" onClick={() => void signOut()}>
              {t('nav.signOut')}
            </Button>
          </Stack>
        </Stack>
      </AppShell.Navbar>
      <SendWaiting />
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
