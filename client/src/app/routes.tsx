import type { RouteObject } from 'react-router-dom';
import { ChannelsPage } from '../features/channels/ChannelsPage';
import { DataPage } from '../features/data/DataPage';
import { DriversPage } from '../features/drivers/DriversPage';
import { ExplorerPage } from '../features/explorer/ExplorerPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { ResponsesPage } from '../features/responses/ResponsesPage';
import { SitesPage } from '../features/sites/SitesPage';
import { VopVsVocPage } from '../features/vop-vs-voc/VopVsVocPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { paths } from './paths';

export const appRoutes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: paths.overview, element: <OverviewPage /> },
      { path: paths.sites, element: <SitesPage /> },
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
