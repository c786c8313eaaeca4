import { createTheme, MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { setCsrfToken, whenUnauthenticated } from '../api/client.ts';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { AppLayout } from './AppLayout.tsx';
import { RequireSession } from './RequireSession.tsx';
import { meQueryKey } from './session.tsx';

// Pages after sign-in load on demand: the sign-in screen comes first and fast.
const HomePage = lazy(() => import('../features/home/HomePage.tsx'));
const CaseListPage = lazy(() => import('../features/cases/CaseListPage.tsx'));
const CaseDetailPage = lazy(() => import('../features/cases/CaseDetailPage.tsx'));
const OpenCasePage = lazy(() => import('../features/cases/OpenCasePage.tsx'));
const EnrolPage = lazy(() => import('../features/auth/EnrolPage.tsx'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: (count, error) => count < 1 && (error as { status?: number }).status === 0 },
  },
});

const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  {
    path: '/',
    element: <RequireSession />,
    children: [
      { path: 'two-factor', element: <EnrolPage /> },
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'cases', element: <CaseListPage /> },
          { path: 'cases/new', element: <OpenCasePage /> },
          { path: 'cases/:id', element: <CaseDetailPage /> },
        ],
      },
    ],
  },
]);

// A 401 after signing in means the session ended (idle, expired, or signed out elsewhere).
whenUnauthenticated(() => {
  const hadSession = queryClient.getQueryData(meQueryKey) !== undefined;
  setCsrfToken(null);
  queryClient.clear();
  if (window.location.pathname !== '/sign-in') {
    void router.navigate('/sign-in', { state: { expired: hadSession } });
  }
});

const theme = createTheme({
  primaryColor: 'teal',
  // Darker shades than the defaults keep white text on buttons above 4.5:1 contrast.
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
});

export function App() {
  return (
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
