import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GraphQLError } from 'graphql';
import { POLICY_KEY, requestOf } from './policy.decorators';
import { allows, Permission } from './roles';

/**
 * Authorisation in one place: every resolver and route needs an @Allow(permission)
 * (or @Public) and the caller's role must grant it. Anything undeclared is denied.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(ctx: ExecutionContext): boolean {
    const policy = this.reflector.getAllAndOverride<Permission | 'public' | undefined>(POLICY_KEY, [ctx.getHandler(), ctx.getClass()]);
    if (policy === 'public') return true;
    const graphql = ctx.getType<string>() === 'graphql';
    const deny = (code: 'UNAUTHENTICATED' | 'FORBIDDEN', message: string) => {
      if (graphql) throw new GraphQLError(message, { extensions: { code } });
      throw code === 'UNAUTHENTICATED' ? new UnauthorizedException(message) : new ForbiddenException(message);
    };
    if (!policy) return deny('FORBIDDEN', 'This operation is not open to anyone.');
    const principal = requestOf(ctx).principal;
    if (!principal) return deny('UNAUTHENTICATED', 'Sign in first (a session cookie or an Authorization: Bearer API token).');
    if (!allows(principal.role, policy, principal.via)) {
      return deny('FORBIDDEN', `Your role (${principal.role}${principal.via.kind === 'token' ? `, ${principal.via.scope} token` : ''}) may not ${policy.replace(':', ' ')}.`);
    }
    return true;
  }
}
