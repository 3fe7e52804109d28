import { RunningServer } from './server-process';

/** The server as seen by one organisation. */
export function asOrg(server: RunningServer, slug: string) {
  return {
    gql: <T = any>(query: string, variables?: Record<string, unknown>) => server.gql<T>(query, variables, { 'x-cxlens-org': slug }),
  };
}
