import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { from, Observable, lastValueFrom } from 'rxjs';
import { tenantContext } from './tenant-scope';

/**
 * Makes a GraphQL query read one snapshot (see TransactionMode), and commits a
 * GraphQL request's transaction before its response is sent, so a client never
 * hears "done" about work that did not commit; a mutation that answered with
 * errors is rolled back whole.
 */
export const transactionCompletionPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === 'query') tenantContext.getStore()?.transaction?.useSnapshot();
      },
      async willSendResponse({ response, operation }) {
        const tx = tenantContext.getStore()?.transaction;
        if (!tx) return;
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        await tx.finish(errors?.length && operation?.operation === 'mutation' ? 'rollback' : 'commit');
      },
    };
  },
};

/** The same for REST routes: commit after the handler succeeds, roll back when it throws. */
@Injectable()
export class RestTransactionInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType<string>() !== 'http') return next.handle();
    return from(
      (async () => {
        const tx = tenantContext.getStore()?.transaction;
        try {
          const result = await lastValueFrom(next.handle(), { defaultValue: undefined });
          await tx?.finish('commit');
          return result;
        } catch (error) {
          await tx?.finish('rollback');
          throw error;
        }
      })(),
    );
  }
}
