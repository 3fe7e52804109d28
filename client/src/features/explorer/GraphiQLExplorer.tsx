import { GraphiQL, type GraphiQLProps } from 'graphiql';
// Monaco's editor, JSON and GraphQL workers, bundled by Vite (`?worker` imports): no CDN.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { useMemo } from 'react';
import { GRAPHQL_ENDPOINT } from '../../api/graphql';
import { isAuthFailure } from '../../api/session';
import { readJson, sessionGuard, withCsrf } from '../../api/sessionClient';
import { exampleQueries, localToday } from './exampleQueries';
import './explorer.css';

// Sent within the dashboard's session (CSRF header, one renewal when it expired), unless the
// headers editor names other credentials: a bad API token there must not sign the user out.
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', ...options?.headers };
  const ownCredentials = Object.keys(headers).some((name) => name.toLowerCase() === 'authorization');
  const send = async () => {
    const response = await fetch(GRAPHQL_ENDPOINT, withCsrf({ method: 'POST', headers, body: JSON.stringify(params) }));
    return { status: response.status, body: await readJson<Record<string, unknown>>(response) };
  };
  const answer = ownCredentials ? await send() : await sessionGuard.run(send, ({ status, body }) => isAuthFailure(status, body));
  return answer.body ?? { errors: [{ message: `HTTP ${answer.status}` }] };
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
