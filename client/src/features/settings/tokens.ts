import type { ApiToken } from '../../api/types';

export type TokenStatus = 'active' | 'expired' | 'revoked';

/** Revoked wins over expired: it is what someone did, not what time did. */
export function tokenStatus(token: Pick<ApiToken, 'revokedAt' | 'expiresAt'>, now = Date.now()): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}

/** The lifetimes offered for a new token, in days; 0 = until revoked. */
export const TOKEN_LIFETIMES = [30, 90, 365, 0] as const;
export type TokenLifetime = (typeof TOKEN_LIFETIMES)[number];

/** Active tokens first, then newest first. */
export function sortTokens(tokens: readonly ApiToken[], now = Date.now()): ApiToken[] {
  const rank = (token: ApiToken) => (tokenStatus(token, now) === 'active' ? 0 : 1);
  return [...tokens].sort((a, b) => rank(a) - rank(b) || b.createdAt.localeCompare(a.createdAt));
}
