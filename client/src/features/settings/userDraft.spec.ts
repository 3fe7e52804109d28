import type { User } from '../../api/types';
import { userChanges, type UserDraft } from './userDraft';

const manager: User = { id: '7', email: 'm@x.example', name: 'Miguel', role: 'SITE_MANAGER', active: true, siteIds: ['4'], createdAt: '2026-01-01T00:00:00Z', lastLoginAt: null };
const draftOf = (user: User, extra: Partial<UserDraft> = {}): UserDraft => ({ email: user.email, name: user.name, role: user.role, active: user.active, siteIds: user.siteIds, password: '', ...extra });

describe('userChanges', () => {
  it('sends only what changed', () => {
    expect(userChanges(manager, draftOf(manager))).toEqual({});
    expect(userChanges(manager, draftOf(manager, { siteIds: ['6', '4'], active: false }))).toEqual({ siteIds: ['4', '6'], active: false });
    expect(userChanges(manager, draftOf(manager, { password: 'a-new-password' }))).toEqual({ password: 'a-new-password' });
  });

  it("clears a former site manager's sites", () => {
    expect(userChanges(manager, draftOf(manager, { role: 'DIRECTOR' }))).toEqual({ role: 'DIRECTOR', siteIds: [] });
  });

  it('sends name and role of a new user, and sites only for a site manager', () => {
    const draft: UserDraft = { email: 'n@x.example', name: ' Nora ', role: 'ANALYST', active: true, siteIds: ['4'], password: '' };
    expect(userChanges(null, draft)).toEqual({ name: 'Nora', role: 'ANALYST' });
    expect(userChanges(null, { ...draft, role: 'SITE_MANAGER' })).toEqual({ name: 'Nora', role: 'SITE_MANAGER', siteIds: ['4'] });
  });
});
