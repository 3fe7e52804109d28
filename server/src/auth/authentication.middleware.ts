import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { DataSource } from 'typeorm';
import { sameSecret } from './secrets';
import { RequestTransaction } from '../tenancy/request-transaction';
import { tenantContext } from '../tenancy/tenant-scope';
import { AuthService } from './auth.service';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from './auth-settings';
import type { AuthenticatedRequest } from './policy.decorators';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Establishes who is calling (session cookie or bearer API token) and opens
 * the request's tenant context: the lazily-started transaction in which
 * app.org_id and app.site_ids are set. Cookie sessions must echo the CSRF
 * cookie in a header on anything but GET (double-submit); bearer tokens are
 * not sent by browsers on their own, so they need no CSRF token.
 */
@Injectable()
export class AuthenticationMiddleware implements NestMiddleware {
  constructor(private readonly auth: AuthService, private readonly dataSource: DataSource) {}

  async use(req: AuthenticatedRequest, res: Response, next: NextFunction): Promise<void> {
    try {
      const header = req.header('authorization');
      const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
      const session = bearer ? undefined : (req.cookies?.[SESSION_COOKIE] as string | undefined);
      const principal = await this.auth.authenticate({ bearer, session });
      if (bearer && !principal) {
        res.status(401).json({ errors: [{ message: 'The API token is invalid, expired or revoked.', extensions: { code: 'UNAUTHENTICATED' } }] });
        return;
      }
      if (principal?.via.kind === 'session' && !SAFE_METHODS.has(req.method) && !isLogin(req)) {
        const expected = req.cookies?.[CSRF_COOKIE] as string | undefined;
        const given = req.header(CSRF_HEADER);
        if (!expected || !given || !sameSecret(expected, given)) {
          res.status(403).json({ errors: [{ message: `Missing or wrong ${CSRF_HEADER} header (it must echo the ${CSRF_COOKIE} cookie).`, extensions: { code: 'FORBIDDEN' } }] });
          return;
        }
      }
      req.principal = principal ?? undefined;
      const transaction = principal ? new RequestTransaction(this.dataSource, { orgId: principal.orgId, siteIds: principal.siteIds }) : null;
      // Anything the GraphQL plugin or REST interceptor did not commit is rolled back.
      res.on('close', () => void transaction?.finish('rollback'));
      const actor = principal && { userId: principal.userId, tokenId: principal.via.kind === 'token' ? principal.via.tokenId : null, ip: req.ip ?? null };
      tenantContext.run({ scope: transaction?.scope ?? null, transaction, actor, response: res }, next);
    } catch (error) {
      next(error);
    }
  }
}

// Sign-in routes are reached before a CSRF token exists; their cookies are SameSite=Strict.
function isLogin(req: AuthenticatedRequest): boolean {
  const path = req.originalUrl.split('?')[0];
  return path === '/api/auth/login' || path === '/api/auth/refresh' || path === '/api/auth/setup';
}
