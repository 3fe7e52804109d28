import type { RouteObject } from 'react-router-dom';
import { ChannelsPage } from '../features/channels/ChannelsPage';
import { DataPage } from '../features/data/DataPage';
import { DriversPage } from '../features/drivers/DriversPage';
import { ExplorerPage } from '../features/explorer/ExplorerPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { ResponsesPage } from '../features/responses/ResponsesPage';
import { SiteDetailPage } from '../features/sites/SiteDetailPage';
import { SitesPage } from '../features/sites/SitesPage';
import { VopVsVocPage } from '../features/vop-vs-voc/VopVsVocPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { SITE_DETAIL_ROUTE, paths } from './paths';

// Authentication comes later: its sign-in page is a sibling of the layout route below (no shell,
// no filters), and the layout route will then require a signed-in user.
export const appRoutes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: paths.overview, element: <OverviewPage /> },
      { path: paths.sites, element: <SitesPage /> },
      { path: SITE_DETAIL_ROUTE, element: <SiteDetailPage /> },
      { path: paths.channels, element: <ChannelsPage /> },
      { path: paths.vopVsVoc, element: <VopVsVocPage /> },
      { path: paths.drivers, element: <DriversPage /> },
      { path: paths.responses, element: <ResponsesPage /> },
      { path: paths.data, element: <DataPage /> },
      { path: paths.explorer, element: <ExplorerPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
