import { Inject, Injectable, Logger } from '@nestjs/common';
import { verify } from '@node-rs/argon2';
import { AuthRepository, UserRow } from './auth.repository';
import { ACCESS_TTL_SECONDS, PRINCIPAL_CACHE_MS, REFRESH_TTL_SECONDS, SESSION_KEY } from './auth-settings';
import { LoginThrottle } from './login-throttle';
import type { Principal } from './principal';
import { digest, parseApiToken, randomSecret, signSession, verifySession } from './secrets';

export interface IssuedSession {
  principal: Principal;
  accessToken: string;
  /** `<org>.<session>.<secret>` */
  refreshToken: string;
}

export class LoginError extends Error {
  constructor(message: string, readonly retryAfterSeconds = 0) {
    super(message);
  }
}

// A real hash of a random password: verifying against it costs what a real check costs,
// so an unknown email answers as slowly as a wrong password.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$8hSdHWAcyvyaYukfwsrbBw$fTG0mnhgxcrwDWOi8SomVkBwXn/Bl2vP0ev+TI8Gh+M';

function principalOf(user: UserRow, via: Principal['via']): Principal {
  const { userId, orgId, orgSlug, email, name, role } = user;
  return { userId, orgId, orgSlug, email, name, role, siteIds: role === 'SITE_MANAGER' ? user.siteIds : '*', via };
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');
  private readonly throttle = new LoginThrottle();
  private readonly cache = new Map<string, { principal: Principal; until: number }>();

  constructor(private readonly repository: AuthRepository, @Inject(SESSION_KEY) private readonly key: string) {}

  async login(email: string, password: string, orgSlug: string | undefined, ip: string | null, userAgent: string | null): Promise<IssuedSession> {
    const normalized = email.trim().toLowerCase();
    const keys = [`email:${normalized}`, `ip:${ip ?? 'unknown'}`];
    const wait = this.throttle.retryAfter(keys);
    if (wait > 0) throw new LoginError(`Too many failed sign-ins. Try again in ${Math.ceil(wait / 60)} minute(s).`, wait);

    const candidates = (await this.repository.loginCandidates(normalized)).filter((c) => !orgSlug || c.orgSlug === orgSlug);
    let match: (typeof candidates)[number] | undefined;
    for (const candidate of candidates) {
      if (await verify(candidate.passwordHash, password).catch(() => false)) {
        match = candidate;
        break;
      }
    }
    if (!candidates.length) await verify(DUMMY_HASH, password).catch(() => false);
    if (!match) {
      this.throttle.fail(keys);
      for (const c of candidates) await this.repository.audit({ orgId: c.orgId, userId: null, via: null }, 'auth.login_failed', normalized, {}, ip);
      throw new LoginError('Email or password is wrong.');
    }
    this.throttle.succeed(keys);
    const user = (await this.repository.user(match.orgId, match.userId))!;
    const refreshSecret = randomSecret();
    const sessionId = await this.repository.createSession(user.orgId, user.userId, digest(refreshSecret), REFRESH_TTL_SECONDS, userAgent, ip);
    const principal = principalOf(user, { kind: 'session', sessionId });
    await this.repository.audit(principal, 'auth.login', user.email, {}, ip);
    return { principal, accessToken: this.accessToken(principal, sessionId), refreshToken: `${user.orgId}.${sessionId}.${refreshSecret}` };
  }

  async refresh(refreshToken: string): Promise<IssuedSession | null> {
    const m = /^(\d{1,18})\.(\d{1,18})\.([A-Za-z0-9_-]{20,})$/.exec(refreshToken);
    if (!m) return null;
    const [, orgId, sessionId, secret] = m;
    const next = randomSecret();
    const rotated = await this.repository.rotateSession(orgId, sessionId, digest(secret), digest(next));
    if (!rotated) return null;
    const user = await this.repository.user(orgId, rotated.userId);
    if (!user?.active) return null;
    const principal = principalOf(user, { kind: 'session', sessionId });
    return { principal, accessToken: this.accessToken(principal, sessionId), refreshToken: `${orgId}.${sessionId}.${next}` };
  }

  async logout(principal: Principal, ip: string | null): Promise<void> {
    if (principal.via.kind !== 'session') return;
    await this.repository.revokeSession(principal.orgId, principal.via.sessionId);
    this.forget(`s:${principal.via.sessionId}`);
    await this.repository.audit(principal, 'auth.logout', principal.email, {}, ip);
  }

  /** The principal behind a session access token or an API token, or null. */
  async authenticate(credential: { session?: string; bearer?: string }): Promise<Principal | null> {
    if (credential.bearer) return this.fromApiToken(credential.bearer);
    if (credential.session) return this.fromSession(credential.session);
    return null;
  }

  forget(cacheKey: string): void {
    this.cache.delete(cacheKey);
  }

  forgetAll(): void {
    this.cache.clear();
  }

  private accessToken(principal: Principal, sessionId: string): string {
    return signSession({ sub: principal.userId, org: principal.orgId, sid: sessionId, exp: Math.floor(Date.now() / 1000) + ACCESS_TTL_SECONDS }, this.key);
  }

  private async fromSession(token: string): Promise<Principal | null> {
    const claims = verifySession(token, this.key);
    if (!claims) return null;
    return this.cached(`s:${claims.sid}`, async () => {
      if (!(await this.repository.sessionIsLive(claims.org, claims.sid, claims.sub))) return null;
      const user = await this.repository.user(claims.org, claims.sub);
      return user?.active ? principalOf(user, { kind: 'session', sessionId: claims.sid }) : null;
    });
  }

  private async fromApiToken(token: string): Promise<Principal | null> {
    const parsed = parseApiToken(token);
    if (!parsed) return null;
    return this.cached(`t:${parsed.hash}`, async () => {
      const found = await this.repository.tokenPrincipal(parsed.orgId, parsed.hash);
      if (!found?.user.active) return null;
      return principalOf(found.user, { kind: 'token', tokenId: found.tokenId, scope: found.scope });
    });
  }

  private async cached(key: string, load: () => Promise<Principal | null>): Promise<Principal | null> {
    const hit = this.cache.get(key);
    if (hit && hit.until > Date.now()) return hit.principal;
    const principal = await load();
    if (principal) this.cache.set(key, { principal, until: Date.now() + PRINCIPAL_CACHE_MS });
    else this.cache.delete(key);
    return principal;
  }
}
