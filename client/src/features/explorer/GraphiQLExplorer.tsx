import { GraphiQL, type GraphiQLProps } from 'graphiql';
// Monaco's editor, JSON and GraphQL workers, bundled by Vite (`?worker` imports): no CDN.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { useMemo } from 'react';
import { GRAPHQL_ENDPOINT } from '../../api/graphql';
import { exampleQueries, localToday } from './exampleQueries';
import './explorer.css';

const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch(GRAPHQL_ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...options?.headers },
    body: JSON.stringify(params),
    credentials: 'same-origin',
  });
  return response.json();
};

/** GraphiQL on the cxlens API, one tab per example query. Loaded on demand: Monaco is large. */
export function GraphiQLExplorer() {
  const tabs = useMemo(
    () => exampleQueries(localToday()).map(({ query, variables }) => ({ query, variables: JSON.stringify(variables, null, 2) })),
    [],
  );
  return (
    <div className="explorer">
      <GraphiQL fetcher={fetcher} defaultTabs={tabs} defaultEditorToolsVisibility="variables" isHeadersEditorEnabled />
    </div>
  );
}
