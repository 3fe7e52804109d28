import { newApiToken, parseApiToken, signSession, verifySession } from './secrets';

describe('session tokens', () => {
  const claims = { sub: '7', org: '3', sid: '11', exp: Math.floor(Date.now() / 1000) + 60 };
  it('verify with the same key and reject tampering, other keys and expiry', () => {
    const token = signSession(claims, 'k1');
    expect(verifySession(token, 'k1')).toEqual(claims);
    expect(verifySession(token, 'k2')).toBeNull();
    const [body, mac] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, org: '4' })).toString('base64url');
    expect(verifySession(`${forged}.${mac}`, 'k1')).toBeNull();
    expect(verifySession(`${body}.${mac}.x`, 'k1')).toBeNull();
    expect(verifySession(signSession({ ...claims, exp: 1 }, 'k1'), 'k1')).toBeNull();
  });
});

describe('API tokens', () => {
  it('carry their org id and are stored only as a digest', () => {
    const { token, prefix, hash } = newApiToken('42');
    expect(token).toMatch(/^cxl_42_[A-Za-z0-9_-]{40}$/);
    expect(token.startsWith(prefix)).toBe(true);
    expect(parseApiToken(token)).toEqual({ orgId: '42', hash });
    expect(hash).not.toContain(token.slice(8));
    expect(parseApiToken('cxl_42_short')).toBeNull();
    expect(parseApiToken("cxl_1;DROP_TABLE_x'")).toBeNull();
  });
});
