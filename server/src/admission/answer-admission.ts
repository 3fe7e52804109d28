import { AsyncLocalStorage } from 'node:async_hooks';
import type { ServerResponse } from 'node:http';
import { CallHandler, ExecutionContext, Global, Injectable, Logger, Module, NestInterceptor } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import type { Observable } from 'rxjs';
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
const currentExchange = new AsyncLocalStorage<Exchange>();

function exchangeOf(res: ServerResponse): Exchange {
  let exchange = exchanges.get(res);
  if (!exchange) {
    exchange = new Exchange(res);
    exchanges.set(res, exchange);
  }
  return exchange;
}

/** Runs `work` as part of the exchange of `res` (what the interceptor does for each GraphQL root field). */
export function withinExchange<T>(res: ServerResponse, work: () => T): T {
  return currentExchange.run(exchangeOf(res), work);
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
    const exchange = currentExchange.getStore();
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

/** Puts each GraphQL root field's resolver inside its HTTP exchange (field resolvers get no interceptors: see fieldResolverEnhancers). */
@Injectable()
export class AnswerAdmissionInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const res = GqlExecutionContext.create(context).getContext<{ req?: Request }>().req?.res;
    // Nest binds the handler to the async context in which handle() is called.
    return res ? withinExchange(res, () => next.handle()) : next.handle();
  }
}

/** The gate (one per process) for every module, and the interceptor that tells it which request an answer is for. */
@Global()
@Module({
  providers: [{ provide: AnswerAdmission, useFactory: () => new AnswerAdmission() }, { provide: APP_INTERCEPTOR, useClass: AnswerAdmissionInterceptor }],
  exports: [AnswerAdmission],
})
export class AdmissionModule {}
