import { canSeePage, capabilities, settingsTabs, tokenScopes } from './permissions';

describe('role capabilities', () => {
  it('lets only admins import from the dashboard, and hides the Data page from site managers', () => {
    expect((['ADMIN', 'DIRECTOR', 'ANALYST', 'SITE_MANAGER'] as const).map((role) => [role, capabilities(role).importFromDashboard, canSeePage(role, 'data')])).toEqual([
      ['ADMIN', true, true],
      ['DIRECTOR', false, true],
      ['ANALYST', false, true],
      ['SITE_MANAGER', false, false],
    ]);
    expect(canSeePage('SITE_MANAGER', 'overview')).toBe(true);
  });

  it('shows Users and Audit log to admins only, and API tokens to everyone but site managers', () => {
    expect(settingsTabs('ADMIN')).toEqual(['account', 'tokens', 'users', 'audit']);
    expect(settingsTabs('DIRECTOR')).toEqual(['account', 'tokens']);
    expect(settingsTabs('ANALYST')).toEqual(['account', 'tokens']);
    expect(settingsTabs('SITE_MANAGER')).toEqual(['account']);
  });

  it('offers read-write tokens to the roles that can write with one', () => {
    expect(tokenScopes('ADMIN')).toEqual(['READ', 'READ_WRITE']);
    expect(tokenScopes('ANALYST')).toEqual(['READ', 'READ_WRITE']);
    expect(tokenScopes('DIRECTOR')).toEqual(['READ']);
  });
});
