import { Alert, Badge, type CSSVariablesResolver, createTheme, MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { setCsrfToken, whenUnauthenticated } from '../api/client.ts';
import { NotFoundPage, RouteErrorPage } from '../components/MissingPage.tsx';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { PublicLayout } from '../features/public-portal/PublicLayout.tsx';
import { publicPages } from '../features/public-portal/public-routes.tsx';
import { AppLayout } from './AppLayout.tsx';
import { RequireSession } from './RequireSession.tsx';
import { meQueryKey } from './session.tsx';

// Pages after sign-in load on demand: the sign-in screen comes first and fast.
const HomePage = lazy(() => import('../features/home/HomePage.tsx'));
const CaseListPage = lazy(() => import('../features/cases/CaseListPage.tsx'));
const CaseDetailPage = lazy(() => import('../features/cases/CaseDetailPage.tsx'));
const OpenCasePage = lazy(() => import('../features/cases/OpenCasePage.tsx'));
const ShelterOccupancyPage = lazy(() => import('../features/victim-path/ShelterOccupancyPage.tsx'));
const ReturnsPage = lazy(() => import('../features/victim-path/ReturnsPage.tsx'));
const InvestigationsPage = lazy(() => import('../features/victim-path/InvestigationsPage.tsx'));
const InvestigationPage = lazy(() => import('../features/victim-path/InvestigationPage.tsx'));
const EnrolPage = lazy(() => import('../features/auth/EnrolPage.tsx'));
const ScreeningsPage = lazy(() => import('../features/screening/ScreeningsPage.tsx'));
const ScreeningWizardPage = lazy(() => import('../features/screening/ScreeningWizardPage.tsx'));
const ScreeningResultPage = lazy(() => import('../features/screening/ScreeningResultPage.tsx'));
const StatisticsPage = lazy(() => import('../features/statistics/StatisticsPage.tsx'));
const HelpEditorPage = lazy(() => import('../features/public-portal/HelpEditorPage.tsx'));
const TriageListPage = lazy(() =>
  import('../features/public-portal/TriagePage.tsx').then((m) => ({ default: m.TriageListPage })),
);
const TriageReportPage = lazy(() =>
  import('../features/public-portal/TriagePage.tsx').then((m) => ({ default: m.TriageReportPage })),
);
const BulkAdvertsPage = lazy(() => import('../features/jobads/BulkAdvertsPage.tsx'));
const LinkageQueuePage = lazy(() => import('../features/linkage/LinkageQueuePage.tsx'));
const LinkagePairPage = lazy(() => import('../features/linkage/LinkagePairPage.tsx'));
const ActionPlansPage = lazy(() => import('../features/coordination/ActionPlansPage.tsx'));
const NewPlanPage = lazy(() => import('../features/coordination/NewPlanPage.tsx'));
const EditPlanPage = lazy(() => import('../features/coordination/EditPlanPage.tsx'));
const PlanPage = lazy(() => import('../features/coordination/PlanPage.tsx'));
const CommitteesPage = lazy(() => import('../features/coordination/CommitteesPage.tsx'));
const CommitteePage = lazy(() => import('../features/coordination/CommitteePage.tsx'));
const MeetingPage = lazy(() => import('../features/coordination/MeetingPage.tsx'));
const GuidelinesPage = lazy(() => import('../features/coordination/GuidelinesPage.tsx'));
const GuidelinePage = lazy(() => import('../features/coordination/GuidelinePage.tsx'));
const PartnersPage = lazy(() => import('../features/coordination/PartnersPage.tsx'));
const PartnerPage = lazy(() => import('../features/coordination/PartnerPage.tsx'));
const CampaignsPage = lazy(() => import('../features/coordination/CampaignsPage.tsx'));
const CampaignPage = lazy(() => import('../features/coordination/CampaignPage.tsx'));
const TrainingPage = lazy(() => import('../features/training/TrainingPage.tsx'));
const CoursePage = lazy(() => import('../features/training/CoursePage.tsx'));
const SessionPage = lazy(() => import('../features/training/SessionPage.tsx'));
const TrainingReportPage = lazy(() => import('../features/training/ReportPage.tsx'));

const PersonPage = lazy(() => import('../features/persons/PersonPage.tsx'));
const PersonSearchPage = lazy(() => import('../features/persons/PersonSearchPage.tsx'));
const UsersPage = lazy(() => import('../features/admin/UsersPage.tsx'));
const AgencySettingsPage = lazy(() => import('../features/admin/AgencySettingsPage.tsx'));
const AgenciesPage = lazy(() => import('../features/admin/AgenciesPage.tsx'));
const AgencyAdminPage = lazy(() => import('../features/admin/AgencyAdminPage.tsx'));
const ErasureNoticesPage = lazy(() => import('../features/erasure/ErasureNoticesPage.tsx'));
const RetentionPeriodsPage = lazy(() => import('../features/retention/RetentionPeriodsPage.tsx'));
const AuditLogPage = lazy(() => import('../features/admin/AuditLogPage.tsx'));
const ApprovalsPage = lazy(() => import('../features/approvals/ApprovalsPage.tsx'));
const ReferralPage = lazy(() => import('../features/referrals/ReferralPage.tsx'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: (count, error) => count < 1 && (error as { status?: number }).status === 0 },
  },
});

// A page that fails to show is the router's error page, in the reader's language (MissingPage.tsx).
const errorElement = <RouteErrorPage />;

const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage />, errorElement },
  // The public portal: no sign-in (features/public-portal/public-routes.tsx lists its pages,
  // the job-advert check and the certificate check among them, all in the portal's frame).
  { path: '/public', element: <PublicLayout />, errorElement, children: publicPages },
  {
    path: '/',
    element: <RequireSession />,
    errorElement,
    children: [
      { path: 'two-factor', element: <EnrolPage /> },
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'cases', element: <CaseListPage /> },
          { path: 'cases/new', element: <OpenCasePage /> },
          { path: 'cases/:id', element: <CaseDetailPage /> },
          { path: 'screenings', element: <ScreeningsPage /> },
          { path: 'screenings/new', element: <ScreeningWizardPage /> },
          { path: 'screenings/drafts/:localId', element: <ScreeningWizardPage /> },
          { path: 'screenings/:id', element: <ScreeningResultPage /> },
          { path: 'shelters', element: <ShelterOccupancyPage /> },
          { path: 'returns', element: <ReturnsPage /> },
          { path: 'investigations', element: <InvestigationsPage /> },
          { path: 'investigations/:id', element: <InvestigationPage /> },
          { path: 'statistics', element: <StatisticsPage /> },
          { path: 'triage', element: <TriageListPage /> },
          { path: 'help-pages', element: <HelpEditorPage /> },
          { path: 'triage/:id', element: <TriageReportPage /> },
          { path: 'adverts', element: <BulkAdvertsPage /> },
          { path: 'linkage', element: <LinkageQueuePage /> },
          { path: 'linkage/:id', element: <LinkagePairPage /> },
          { path: 'action-plans', element: <ActionPlansPage /> },
          { path: 'action-plans/new', element: <NewPlanPage /> },
          { path: 'action-plans/:id', element: <PlanPage /> },
          { path: 'action-plans/:id/edit', element: <EditPlanPage /> },
          { path: 'committees', element: <CommitteesPage /> },
          { path: 'committees/:id', element: <CommitteePage /> },
          { path: 'meetings/:id', element: <MeetingPage /> },
          { path: 'guidelines', element: <GuidelinesPage /> },
          { path: 'guidelines/:id', element: <GuidelinePage /> },
          { path: 'partners', element: <PartnersPage /> },
          { path: 'partners/:id', element: <PartnerPage /> },
          { path: 'campaigns', element: <CampaignsPage /> },
          { path: 'campaigns/:id', element: <CampaignPage /> },
          { path: 'training', element: <TrainingPage /> },
          { path: 'training/report', element: <TrainingReportPage /> },
          { path: 'training/courses/:id', element: <CoursePage /> },
          { path: 'training/sessions/:id', element: <SessionPage /> },
          { path: 'persons', element: <PersonSearchPage /> },
          { path: 'persons/:id', element: <PersonPage /> },
          { path: 'erasure-notices', element: <ErasureNoticesPage /> },
          { path: 'approvals', element: <ApprovalsPage /> },
          { path: 'referrals/:id', element: <ReferralPage /> },
          { path: 'admin/audit', element: <AuditLogPage /> },
          { path: 'admin/users', element: <UsersPage /> },
          { path: 'admin/agency', element: <AgencySettingsPage /> },
          { path: 'admin/agencies', element: <AgenciesPage /> },
          { path: 'admin/agencies/:id', element: <AgencyAdminPage /> },
          { path: 'admin/retention', element: <RetentionPeriodsPage /> },
          // An address with no page, in the app's frame: its menu is the way on.
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

// A 401 after signing in means the session ended (idle, expired, or signed out elsewhere).
// Leave the signed-in pages first, then forget what they showed (clearing first would make them
// ask for /api/me again and answer a second 401 without the message).
whenUnauthenticated(() => {
  if (window.location.pathname === '/sign-in') return;
  const hadSession = queryClient.getQueryData(meQueryKey) !== undefined;
  setCsrfToken(null);
  void router.navigate('/sign-in', { state: { expired: hadSession } }).then(() => queryClient.clear());
});

/**
 * The app's own fonts for Burmese, Thai and Khmer script first (script-fonts.css: each covers only
 * its script, so every other letter falls through to the system's font): a device whose own
 * Myanmar font is a Zawgyi one still shows Unicode names right (decision 0083).
 */
const fontFamily =
  '"Noto Sans Myanmar", "Noto Sans Thai", "Noto Sans Khmer", system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

const theme = createTheme({
  // Mantine's teal with darker shades from 6 on: text and white-on-colour (buttons, active links,
  // their hover shade) stay above 4.5:1 contrast (WCAG AA).
  colors: {
    lindung: [
      '#e6fcf5',
      '#c3fae8',
      '#96f2d7',
      '#63e6be',
      '#38d9a9',
      '#20c997',
      '#0b7d5c',
      '#097353',
      '#08684b',
      '#065a41',
    ],
  },
  primaryColor: 'lindung',
  primaryShade: 8,
  autoContrast: true,
  // Filled colours lighter than this get black text, not white: white on the theme's green, orange,
  // teal and yellow (shade 8) is 2.4–4.0:1, black on them 5.3–9:1 (Mantine's 0.3 kept them white).
  // The reds, blues and Lindung's own teal stay darker than it and keep white at 4.5:1 or more.
  luminanceThreshold: 0.2,
  fontFamily,
  headings: { fontFamily },
  components: {
    // Alert titles in the text colour: Mantine's light yellow and red titles fall below 4.5:1 on
    // their own background; the icon, border and background still carry the alert's colour.
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-text)' } } }),
    // A badge is a few words: never cut to an ellipsis by a narrow table column or a full row.
    Badge: Badge.extend({ styles: { root: { minWidth: 'max-content' } } }),
  },
});

// Mantine's dimmed grey is 3.3:1 on white; this one is above 4.5:1. So is the error red (red.9,
// not red.6 at 3.6:1), which colours a field's problem and the text of a field in error.
const cssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5c636a', '--mantine-color-error': '#c92a2a' },
  dark: {},
});

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
