import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { AuthenticatedRequest } from '../auth/policy.decorators';

/** Who a request counts against: its API token, else its signed-in user, else its address. */
export function rateLimitTracker(req: Pick<AuthenticatedRequest, 'principal' | 'ip'>): string {
  const principal = req.principal;
  if (principal?.via.kind === 'token') return `token:${principal.via.tokenId}`;
  if (principal) return `user:${principal.userId}`;
  return `ip:${req.ip}`;
}

/**
 * Rate limits per API token, else per signed-in user, else per address, for
 * REST routes and GraphQL operations alike (one count per operation).
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, any>): Promise<string> {
    return rateLimitTracker(req as AuthenticatedRequest);
  }

  override getRequestResponse(context: ExecutionContext) {
    if (context.getType<string>() === 'graphql') {
      const ctx = GqlExecutionContext.create(context).getContext<{ req: any }>();
      return { req: ctx.req, res: ctx.req.res };
    }
    return super.getRequestResponse(context);
  }
}
