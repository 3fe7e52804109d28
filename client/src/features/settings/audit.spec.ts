import { auditDetails } from './audit';

describe('auditDetails', () => {
  it('writes a JSON object as key: value pairs, nested values as JSON', () => {
    expect(auditDetails('{"id":"12","scope":"READ"}')).toBe('id: 12 · scope: READ');
    expect(auditDetails('{"role":"SITE_MANAGER","siteIds":["4"],"password":null}')).toBe('role: SITE_MANAGER · siteIds: ["4"]');
    expect(auditDetails('{}')).toBe('');
  });

  it('keeps text that is not a JSON object as it is', () => {
    expect(auditDetails('not json')).toBe('not json');
    expect(auditDetails('[1,2]')).toBe('[1,2]');
  });
});
