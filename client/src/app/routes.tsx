import type { RouteObject } from 'react-router-dom';
import { LOGIN_PATH, SETUP_PATH } from '../api/session';
import { LoginPage } from '../features/auth/LoginPage';
import { PageGate } from '../features/auth/PageGate';
import { RequireUser } from '../features/auth/RequireUser';
import { SetupPage } from '../features/auth/SetupPage';
import { ChannelsPage } from '../features/channels/ChannelsPage';
import { DataPage } from '../features/data/DataPage';
import { DriversPage } from '../features/drivers/DriversPage';
import { ExplorerPage } from '../features/explorer/ExplorerPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { ResponsesPage } from '../features/responses/ResponsesPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SiteDetailPage } from '../features/sites/SiteDetailPage';
import { SitesPage } from '../features/sites/SitesPage';
import { VopVsVocPage } from '../features/vop-vs-voc/VopVsVocPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { SITE_DETAIL_ROUTE, paths } from './paths';

// Sign-in and first setup stand outside the dashboard (no shell, no filters); every page of the
// layout route needs a signed-in user.
export const appRoutes: RouteObject[] = [
  { path: LOGIN_PATH, element: <LoginPage /> },
  { path: SETUP_PATH, element: <SetupPage /> },
  {
    element: (
      <RequireUser>
        <Layout />
      </RequireUser>
    ),
    children: [
      { path: paths.overview, element: <OverviewPage /> },
      { path: paths.sites, element: <SitesPage /> },
      { path: SITE_DETAIL_ROUTE, element: <SiteDetailPage /> },
      { path: paths.channels, element: <ChannelsPage /> },
      { path: paths.vopVsVoc, element: <VopVsVocPage /> },
      { path: paths.drivers, element: <DriversPage /> },
      { path: paths.responses, element: <ResponsesPage /> },
      {
        path: paths.data,
        element: (
          <PageGate page="data">
            <DataPage />
          </PageGate>
        ),
      },
      { path: paths.explorer, element: <ExplorerPage /> },
      { path: paths.settings, element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
