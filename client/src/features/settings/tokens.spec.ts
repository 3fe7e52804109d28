import { sortTokens, tokenStatus } from './tokens';

const NOW = Date.parse('2026-11-15T12:00:00Z');
const token = (id: string, createdAt: string, extra: { revokedAt?: string; expiresAt?: string } = {}) => ({
  id,
  name: id,
  prefix: 'cxl_1_abcd',
  scope: 'READ' as const,
  ownerEmail: 'a@x.example',
  createdAt,
  lastUsedAt: null,
  expiresAt: extra.expiresAt ?? null,
  revokedAt: extra.revokedAt ?? null,
});

describe('tokenStatus', () => {
  it('is revoked, else expired once past its expiry, else active', () => {
    expect(tokenStatus(token('a', '2026-01-01T00:00:00Z'), NOW)).toBe('active');
    expect(tokenStatus(token('a', '2026-01-01T00:00:00Z', { expiresAt: '2026-11-15T11:59:59Z' }), NOW)).toBe('expired');
    expect(tokenStatus(token('a', '2026-01-01T00:00:00Z', { expiresAt: '2026-11-16T00:00:00Z' }), NOW)).toBe('active');
    expect(tokenStatus(token('a', '2026-01-01T00:00:00Z', { expiresAt: '2026-01-02T00:00:00Z', revokedAt: '2026-01-01T10:00:00Z' }), NOW)).toBe('revoked');
  });

  it('lists active tokens first, newest first', () => {
    const sorted = sortTokens(
      [token('old', '2026-01-01T00:00:00Z'), token('revoked', '2026-11-01T00:00:00Z', { revokedAt: '2026-11-02T00:00:00Z' }), token('new', '2026-10-01T00:00:00Z')],
      NOW,
    );
    expect(sorted.map((t) => t.id)).toEqual(['new', 'old', 'revoked']);
  });
});
