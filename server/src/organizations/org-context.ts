import { createParamDecorator, ExecutionContext, Injectable, NestMiddleware } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { NextFunction, Request, Response } from 'express';
import { userInputError } from '../common/user-input-error';
import { OrganizationsService } from './organizations.service';

export const ORG_HEADER = 'x-cxlens-org';

export interface OrgScopedRequest extends Request {
  orgId?: string;
}

/**
 * Resolves the tenant of a request: the organisation named by the
 * `X-Cxlens-Org` header (its slug), else the default one.
 */
@Injectable()
export class OrgContextMiddleware implements NestMiddleware {
  constructor(private readonly organizations: OrganizationsService) {}

  async use(req: OrgScopedRequest, _res: Response, next: NextFunction): Promise<void> {
    try {
      const slug = req.header(ORG_HEADER);
      const org = slug ? await this.organizations.findBySlug(slug) : await this.organizations.findDefault();
      req.orgId = org?.id;
      next();
    } catch (error) {
      next(error);
    }
  }
}

function requestOf(ctx: ExecutionContext): OrgScopedRequest {
  return ctx.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(ctx).getContext<{ req: OrgScopedRequest }>().req
    : ctx.switchToHttp().getRequest<OrgScopedRequest>();
}

/** The current organisation's id; fails clearly when the request names no known organisation. */
export const CurrentOrgId = createParamDecorator((_data: unknown, ctx: ExecutionContext): string => {
  const req = requestOf(ctx);
  if (!req.orgId) {
    const slug = req.header(ORG_HEADER);
    throw userInputError(slug ? `No organisation with slug "${slug}"` : 'No organisation exists yet: load data first');
  }
  return req.orgId;
});
