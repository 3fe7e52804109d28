import type { ApolloServerPlugin, GraphQLRequestListener, GraphQLResponse } from '@apollo/server' with { 'resolution-mode': 'import' };
import { Inject } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import { ThrottlerStorage } from '@nestjs/throttler';
import type { AuthenticatedRequest } from '../auth/policy.decorators';
import { rateLimitTracker } from '../security/rate-limit.guard';
import { tenantContext } from '../tenancy/tenant-scope';
import { accessKey, isCacheableQuery, operationKey } from './cacheable-operation';
import { dataVersionOf } from './data-version';
import { LruByteCache } from './lru-byte-cache';
import { serialisedData, whenSerialised } from './serialised-answers';

export const CACHE_STATUS_HEADER = 'x-cxlens-cache';
export const RESPONSE_CACHE_OPTIONS = Symbol('RESPONSE_CACHE_OPTIONS');

export interface ResponseCacheOptions {
  capacityBytes: number;
  /** Cached answers count against the same per-minute budget as computed ones. */
  rateLimitPerMinute: number;
}

type Context = { req: AuthenticatedRequest };

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
 * A hit skips the resolvers and their rate-limit guard, so hits are counted here.
 * Entries hold the answer's text as sent, so neither a miss nor a hit serialises it again
 * (see serialised-answers.ts, Apollo's `stringifyResult`).
 */
@Plugin()
export class ResponseCachePlugin implements ApolloServerPlugin<Context> {
  private readonly cache: LruByteCache<string>;

  constructor(
    @Inject(RESPONSE_CACHE_OPTIONS) private readonly options: ResponseCacheOptions,
    @Inject(ThrottlerStorage) private readonly throttler: ThrottlerStorage,
  ) {
    this.cache = new LruByteCache(options.capacityBytes);
  }

  async requestDidStart(): Promise<GraphQLRequestListener<Context>> {
    const cache = this.cache;
    let pendingKey: string | null = null;
    return {
      responseForOperation: async ({ operation, document, queryHash, operationName, request, contextValue, response }) => {
        const req = contextValue.req;
        const principal = req?.principal;
        const transaction = tenantContext.getStore()?.transaction;
        if (!principal || !transaction?.readsOneSnapshot || !queryHash || !isCacheableQuery(operation, document)) return null;
        const version = await dataVersionOf(transaction);
        const key = `${accessKey(principal)}|${version}|${operationKey(queryHash, operationName, request.variables)}`;
        const bypass = /\bno-(cache|store)\b/i.test(request.http?.headers.get('cache-control') ?? '');
        const text = bypass ? undefined : cache.get(key);
        response.http.headers.set(CACHE_STATUS_HEADER, text ? 'hit' : bypass ? 'bypass' : 'miss');
        if (!text) {
          pendingKey = key;
          return null;
        }
        if (await this.overLimit(req)) {
          return {
            http: { ...response.http, status: 429 },
            body: { kind: 'single', singleResult: { errors: [{ message: `Too many requests: at most ${this.options.rateLimitPerMinute} a minute.`, extensions: { code: 'TOO_MANY_REQUESTS' } }] } },
          } satisfies GraphQLResponse;
        }
        return { http: response.http, body: { kind: 'single', singleResult: { data: serialisedData(text) } } } satisfies GraphQLResponse;
      },
      willSendResponse: async ({ response }) => {
        const key = pendingKey;
        if (!key || response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        if (errors?.length || !data) return;
        // A one-byte string (stringifyResult): its length is its size in the heap.
        whenSerialised(data, (text) => cache.set(key, text, text.length));
      },
    };
  }

  private async overLimit(req: AuthenticatedRequest): Promise<boolean> {
    const record = await this.throttler.increment(`response-cache:${rateLimitTracker(req)}`, 60_000, this.options.rateLimitPerMinute, 60_000, 'default');
    return record.isBlocked;
  }
}
