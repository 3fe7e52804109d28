import { allows } from './roles';

describe('allows', () => {
  const session = { kind: 'session' as const };
  it('lets admins do everything from a session', () => {
    expect(allows('ADMIN', 'users:manage', session)).toBe(true);
    expect(allows('ADMIN', 'data:write', session)).toBe(true);
  });
  it('keeps directors, site managers and analysts read-only in the dashboard', () => {
    expect(allows('DIRECTOR', 'data:write', session)).toBe(false);
    expect(allows('SITE_MANAGER', 'imports:read', session)).toBe(false);
    expect(allows('ANALYST', 'data:write', session)).toBe(false);
    expect(allows('SITE_MANAGER', 'data:read', session)).toBe(true);
  });
  it('lets an analyst import only with a read-write token, and never writes with a read token', () => {
    expect(allows('ANALYST', 'data:write', { kind: 'token', scope: 'READ_WRITE' })).toBe(true);
    expect(allows('ANALYST', 'data:write', { kind: 'token', scope: 'READ' })).toBe(false);
    expect(allows('ADMIN', 'org:manage', { kind: 'token', scope: 'READ' })).toBe(false);
    expect(allows('ADMIN', 'data:read', { kind: 'token', scope: 'READ' })).toBe(true);
  });
});
