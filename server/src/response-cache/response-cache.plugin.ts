import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server' with { 'resolution-mode': 'import' };
import type { AuthenticatedRequest } from '../auth/policy.decorators';
import { tenantContext } from '../tenancy/tenant-scope';
import { accessKey, isCacheableQuery, operationKey } from './cacheable-operation';
import { dataVersionOf } from './data-version';
import { LruByteCache } from './lru-byte-cache';

export const CACHE_STATUS_HEADER = 'x-cxlens-cache';

type CachedData = Record<string, unknown>;

/**
 * Answers a repeated analytics query from memory when nothing in the organisation has changed.
 *
 * The key is (organisation, role, site scope, document, operation, variables, data version).
 * The data version is read in the request's own snapshot (see TransactionMode), so the answer
 * stored under it is exactly what the resolvers would compute from that snapshot: a write raises
 * the version at its commit (migrations/…-DataVersions.ts) and every older entry becomes
 * unreachable and ages out. Each server instance keeps its own memory; the version lives in
 * PostgreSQL, so instances behind one load balancer never serve each other's stale answers.
 * `Cache-Control: no-cache` on a request skips the lookup (the fresh answer is still stored).
 */
export function responseCachePlugin(capacityBytes: number): ApolloServerPlugin<{ req: AuthenticatedRequest }> {
  const cache = new LruByteCache<CachedData>(capacityBytes);
  return {
    async requestDidStart() {
      let pendingKey: string | null = null;
      return {
        async responseForOperation({ operation, document, queryHash, operationName, request, contextValue, response }) {
          const principal = contextValue.req?.principal;
          const transaction = tenantContext.getStore()?.transaction;
          if (!principal || !transaction?.readsOneSnapshot || !queryHash || !isCacheableQuery(operation, document)) return null;
          const version = await dataVersionOf(transaction);
          const key = `${accessKey(principal)}|${version}|${operationKey(queryHash, operationName, request.variables)}`;
          const bypass = /\bno-(cache|store)\b/i.test(request.http?.headers.get('cache-control') ?? '');
          const data = bypass ? undefined : cache.get(key);
          response.http.headers.set(CACHE_STATUS_HEADER, data ? 'hit' : bypass ? 'bypass' : 'miss');
          if (data) return { http: response.http, body: { kind: 'single', singleResult: { data } } } satisfies GraphQLResponse;
          pendingKey = key;
          return null;
        },
        async willSendResponse({ response }) {
          if (!pendingKey || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (errors?.length || !data) return;
          cache.set(pendingKey, data, Buffer.byteLength(JSON.stringify(data)));
        },
      };
    },
  };
}
