import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import type { Principal } from './principal';
import type { Permission } from './roles';

export const POLICY_KEY = 'cxlens:policy';

/** The permission an operation needs. Operations without @Allow or @Public are denied. */
export const Allow = (permission: Permission) => SetMetadata(POLICY_KEY, permission);

/** Reachable without signing in (health, login, static dashboard). */
export const Public = () => SetMetadata(POLICY_KEY, 'public');

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
}

export function requestOf(ctx: ExecutionContext): AuthenticatedRequest {
  return ctx.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(ctx).getContext<{ req: AuthenticatedRequest }>().req
    : ctx.switchToHttp().getRequest<AuthenticatedRequest>();
}

export function principalOf(ctx: ExecutionContext): Principal {
  const principal = requestOf(ctx).principal;
  if (!principal) throw new GraphQLError('Sign in first.', { extensions: { code: 'UNAUTHENTICATED' } });
  return principal;
}

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => principalOf(ctx));

/** The caller's organisation id. */
export const CurrentOrgId = createParamDecorator((_: unknown, ctx: ExecutionContext): string => principalOf(ctx).orgId);
