import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const PortalHomePage = lazy(() => import('./PortalHomePage.tsx'));
const ReportPage = lazy(() => import('./ReportPage.tsx'));
const TrackPage = lazy(() => import('./TrackPage.tsx'));
const ProgressPage = lazy(() => import('./ProgressPage.tsx'));
const HelpPage = lazy(() => import('./HelpPage.tsx'));
// Other features' public pages, in the portal's frame like its own.
const CheckAdvertPage = lazy(() => import('../jobads/CheckAdvertPage.tsx'));
// Checking a training certificate by its code (decision 0025).
const PublicCertificatePage = lazy(() => import('../training/PublicCertificatePage.tsx'));

/** A public page and its link in the menu and on the portal's home page. */
export interface PublicLink {
  readonly path: string;
  /** The menu's label (`<label>`); the home page says what the page is for under `portal3.home.<path>`. */
  readonly label: string;
}

/**
 * The public pages, without sign-in, under /public/… in the portal's frame (PublicLayout): one
 * line each. Another feature adds its public page here (a path, its page and its label).
 */
const pages: (PublicLink & { element: RouteObject['element'] })[] = [
  { path: 'report', element: <ReportPage />, label: 'portal.nav.report' },
  { path: 'track', element: <TrackPage />, label: 'portal.nav.track' },
  { path: 'progress', element: <ProgressPage />, label: 'portal.nav.progress' },
  { path: 'help', element: <HelpPage />, label: 'portal.nav.help' },
  { path: 'check-advert', element: <CheckAdvertPage />, label: 'portal.nav.checkAdvert' },
  { path: 'certificates', element: <PublicCertificatePage />, label: 'portal.nav.certificates' },
];

/** The routes under /public: the home page (/public itself), then every page. */
export const publicPages: RouteObject[] = [
  { index: true, element: <PortalHomePage /> },
  ...pages.map(({ path, element }) => ({ path, element })),
];

export const publicLinks: readonly PublicLink[] = pages.map(({ path, label }) => ({ path, label }));
