import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { GraphQLError } from 'graphql';

/**
 * Optional lock-down for API tokens: only documents in the allow-list run.
 * The file maps sha256 hex digests to query texts ({ "<sha256>": "query …" }).
 * A client sends either the full query (its digest must be listed) or only
 * `extensions.persistedQuery.sha256Hash`. Dashboard sessions are not bound by it.
 */
export function persistedQueryAllowList(file: string): ApolloServerPlugin {
  const entries = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  const allowed = new Map(Object.entries(entries).map(([hash, query]) => [hash.toLowerCase(), query]));
  for (const [hash, query] of allowed) {
    if (createHash('sha256').update(query).digest('hex') !== hash) throw new Error(`persisted query ${hash} in ${file} does not match its text`);
  }
  return {
    async requestDidStart({ request, contextValue }) {
      const req = (contextValue as { req?: { principal?: { via: { kind: string } } } }).req;
      if (req?.principal?.via.kind !== 'token') return;
      const hash = (request.extensions?.persistedQuery as { sha256Hash?: string } | undefined)?.sha256Hash?.toLowerCase()
        ?? (request.query ? createHash('sha256').update(request.query).digest('hex') : undefined);
      const query = hash ? allowed.get(hash) : undefined;
      if (query) {
        request.query = query;
        return;
      }
      // Thrown from a request hook (not requestDidStart) so Apollo reports it as a client error.
      return {
        async didResolveOperation() {
          throw new GraphQLError('This query is not in the allow-list of persisted queries for API tokens.', {
            extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED', http: { status: 400 } },
          });
        },
      };
    },
  };
}
