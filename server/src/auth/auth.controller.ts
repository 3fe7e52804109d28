import { Body, Controller, Get, HttpCode, HttpException, HttpStatus, Post, Req, Res } from '@nestjs/common';
import type { CookieOptions, Response } from 'express';
import { Allow, AuthenticatedRequest, CurrentPrincipal, Public } from './policy.decorators';
import type { Principal } from './principal';
import { AuthService, IssuedSession, LoginError } from './auth.service';
import { ACCESS_TTL_SECONDS, CSRF_COOKIE, REFRESH_COOKIE, REFRESH_TTL_SECONDS, SESSION_COOKIE } from './auth-settings';
import { randomSecret } from './secrets';

interface LoginBody {
  email?: unknown;
  password?: unknown;
  organization?: unknown;
}

export function publicUser(p: Principal) {
  return { id: p.userId, email: p.email, name: p.name, role: p.role, organization: p.orgSlug, siteIds: p.siteIds };
}

/** Dashboard sign-in: HttpOnly SameSite=Strict cookies carrying a 15-minute signed token and a rotating refresh secret. */
@Controller('api/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(@Body() body: LoginBody, @Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response) {
    const { email, password, organization } = body ?? {};
    if (typeof email !== 'string' || typeof password !== 'string' || !email || !password) {
      throw new HttpException({ message: 'email and password are required' }, HttpStatus.BAD_REQUEST);
    }
    try {
      const issued = await this.auth.login(email, password, typeof organization === 'string' ? organization : undefined, req.ip ?? null, req.header('user-agent') ?? null);
      return this.setCookies(req, res, issued);
    } catch (error) {
      if (!(error instanceof LoginError)) throw error;
      if (error.retryAfterSeconds) res.setHeader('Retry-After', String(error.retryAfterSeconds));
      throw new HttpException({ message: error.message }, error.retryAfterSeconds ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNAUTHORIZED);
    }
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response) {
    const issued = await this.auth.refresh(String(req.cookies?.[REFRESH_COOKIE] ?? ''));
    if (!issued) {
      this.clearCookies(req, res);
      throw new HttpException({ message: 'The session has ended; sign in again.' }, HttpStatus.UNAUTHORIZED);
    }
    return this.setCookies(req, res, issued);
  }

  @Public()
  @Post('logout')
  @HttpCode(200)
  async logout(@Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response) {
    if (req.principal) await this.auth.logout(req.principal, req.ip ?? null);
    this.clearCookies(req, res);
    return { ok: true };
  }

  @Allow('data:read')
  @Get('me')
  me(@CurrentPrincipal() principal: Principal) {
    return publicUser(principal);
  }

  private cookieOptions(req: AuthenticatedRequest, maxAgeSeconds: number, httpOnly = true): CookieOptions {
    return { httpOnly, sameSite: 'strict', secure: req.secure, path: '/', maxAge: maxAgeSeconds * 1000 };
  }

  private setCookies(req: AuthenticatedRequest, res: Response, issued: IssuedSession) {
    const csrf = randomSecret(18);
    res.cookie(SESSION_COOKIE, issued.accessToken, this.cookieOptions(req, ACCESS_TTL_SECONDS));
    res.cookie(REFRESH_COOKIE, issued.refreshToken, { ...this.cookieOptions(req, REFRESH_TTL_SECONDS), path: '/api/auth' });
    // Readable by the dashboard's script, which echoes it in the x-csrf-token header.
    res.cookie(CSRF_COOKIE, csrf, this.cookieOptions(req, REFRESH_TTL_SECONDS, false));
    return { user: publicUser(issued.principal), csrfToken: csrf, expiresInSeconds: ACCESS_TTL_SECONDS };
  }

  private clearCookies(req: AuthenticatedRequest, res: Response): void {
    for (const [name, path] of [[SESSION_COOKIE, '/'], [REFRESH_COOKIE, '/api/auth'], [CSRF_COOKIE, '/']]) {
      res.clearCookie(name, { path, sameSite: 'strict', secure: req.secure });
    }
  }
}
