import type { ServerResponse } from 'node:http';
import { Global, Injectable, Logger, Module } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { tenantContext } from '../tenancy/tenant-scope';
import { AdmissionRefused, AnswerGate, AnswerGateLimits, Permit } from './answer-gate';
import { ANSWER_LIMITS } from './answer-weight';

/** Seconds a refused client is told to wait before it asks again (Retry-After). */
export const RETRY_AFTER_SECONDS = 5;

/**
 * One HTTP exchange that answers are computed for. Their permits go back when its response
 * has been written (the answer's text, its GraphQL result and its columns live until then),
 * or at once when the computation fails; when the client leaves, a waiting answer is dropped
 * and one being computed is discarded instead of serialised.
 */
class Exchange {
  readonly left = new AbortController();
  private readonly awaitingClose: Permit[] = [];

  constructor(res: ServerResponse) {
    const close = () => {
      this.left.abort();
      for (const permit of this.awaitingClose.splice(0)) permit.release();
    };
    if (res.closed) close();
    else res.once('close', close);
  }

  get closed(): boolean {
    return this.left.signal.aborted;
  }

  releaseWhenWritten(permit: Permit): void {
    if (this.closed) permit.release();
    else this.awaitingClose.push(permit);
  }
}

const exchanges = new WeakMap<object, Exchange>();

/** The exchange of the request being served (the tenant context the authentication middleware opens), if any. */
function currentExchange(): Exchange | undefined {
  const res = tenantContext.getStore()?.response;
  if (!res) return undefined;
  let exchange = exchanges.get(res);
  if (!exchange) {
    exchange = new Exchange(res);
    exchanges.set(res, exchange);
  }
  return exchange;
}

/**
 * The error a refused answer gets: "busy, retry" (with a Retry-After header; the status stays 200, as
 * @nestjs/apollo sets it for any answer with a `data` key), or a request asking for too much at once.
 */
export function refusalError(refusal: AdmissionRefused): GraphQLError {
  if (!refusal.retryable) return new GraphQLError(refusal.message, { extensions: { code: 'BAD_USER_INPUT', reason: refusal.reason } });
  return new GraphQLError(
    `The server is busy computing other large analytics answers (${refusal.message}); retry in ${RETRY_AFTER_SECONDS} seconds.`,
    {
      extensions: {
        code: 'TOO_MANY_REQUESTS',
        reason: refusal.reason,
        retryAfterSeconds: RETRY_AFTER_SECONDS,
        // Headers Apollo adds to the response (a Map with lower-case names).
        http: { headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
      },
    },
  );
}

/**
 * Admission control for large analytics answers (answer-gate.ts): a weighted semaphore whose
 * permits last until the response that carries the answer is written.
 */
@Injectable()
export class AnswerAdmission {
  private readonly logger = new Logger('AnswerAdmission');
  readonly gate: AnswerGate;

  constructor(limits: AnswerGateLimits = ANSWER_LIMITS) {
    this.gate = new AnswerGate(limits);
  }

  /**
   * Computes an answer of about `weight` once admitted. `work` may give back weight it turns out
   * not to need (`permit.shrinkTo`). Outside an HTTP exchange the permit ends with `work`.
   */
  async admit<T>(weight: number, work: (permit: Permit) => Promise<T>): Promise<T> {
    const exchange = currentExchange();
    let permit: Permit;
    try {
      permit = await this.gate.acquire(weight, exchange ?? {}, exchange?.left.signal);
    } catch (error) {
      if (!(error instanceof AdmissionRefused)) throw error;
      if (error.reason !== 'CANCELLED') this.logger.warn(`refused an answer of ~${Math.round(weight)} MB: ${error.reason} (${JSON.stringify(this.gate.stats())})`);
      throw refusalError(error);
    }
    let keep = false;
    try {
      const answer = await work(permit);
      // The client left: do not build and serialise an answer nobody reads.
      if (exchange?.closed) throw refusalError(new AdmissionRefused('CANCELLED', 'the client left before its answer was ready'));
      keep = exchange !== undefined;
      return answer;
    } finally {
      if (keep) exchange!.releaseWhenWritten(permit);
      else permit.release();
    }
  }
}

/** The gate (one per process) for every module. */
@Global()
@Module({ providers: [{ provide: AnswerAdmission, useFactory: () => new AnswerAdmission() }], exports: [AnswerAdmission] })
export class AdmissionModule {}
