import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const ReportPage = lazy(() => import('./ReportPage.tsx'));
const TrackPage = lazy(() => import('./TrackPage.tsx'));
const ProgressPage = lazy(() => import('./ProgressPage.tsx'));
const HelpPage = lazy(() => import('./HelpPage.tsx'));

/**
 * The public pages, without sign-in, under /public/…: one line each. Another feature adds its
 * public page here (a path, its page, and a link label if it belongs in the menu).
 */
export const publicPages: (RouteObject & { path: string; label?: string })[] = [
  { path: 'report', element: <ReportPage />, label: 'portal.nav.report' },
  { path: 'track', element: <TrackPage />, label: 'portal.nav.track' },
  { path: 'progress', element: <ProgressPage />, label: 'portal.nav.progress' },
  { path: 'help', element: <HelpPage />, label: 'portal.nav.help' },
];

/** Public pages with a frame of their own (routes in App.tsx), linked from the same menu. */
const standalonePages = [
  { path: 'check-advert', label: 'portal.nav.checkAdvert' },
  { path: 'certificates', label: 'portal.nav.certificates' },
];

export const publicLinks: { path: string; label: string }[] = [
  ...publicPages.filter((page): page is typeof page & { label: string } => !!page.label),
  ...standalonePages,
];
