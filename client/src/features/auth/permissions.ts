import type { PageId } from '../../app/paths';
import type { Role, TokenScope } from '../../api/types';

/**
 * What the dashboard offers each role, mirroring server/src/auth/roles.ts. The server decides
 * (it refuses anything else); the dashboard hides what would only be refused.
 */
export interface Capabilities {
  /** The Data page: import history and freshness. */
  seeImports: boolean;
  /** Upload files from the dashboard (a session writes only for admins). */
  importFromDashboard: boolean;
  /** Create and revoke one's own API tokens. */
  ownTokens: boolean;
  /** A READ_WRITE token can write for this role (admins; analysts import only this way). */
  writeTokens: boolean;
  manageUsers: boolean;
  readAudit: boolean;
}

export function capabilities(role: Role): Capabilities {
  switch (role) {
    case 'ADMIN':
      return { seeImports: true, importFromDashboard: true, ownTokens: true, writeTokens: true, manageUsers: true, readAudit: true };
    case 'ANALYST':
      return { seeImports: true, importFromDashboard: false, ownTokens: true, writeTokens: true, manageUsers: false, readAudit: false };
    case 'DIRECTOR':
      return { seeImports: true, importFromDashboard: false, ownTokens: true, writeTokens: false, manageUsers: false, readAudit: false };
    case 'SITE_MANAGER':
      return { seeImports: false, importFromDashboard: false, ownTokens: false, writeTokens: false, manageUsers: false, readAudit: false };
    default: {
      const unknown: never = role;
      throw new Error(`Unknown role ${String(unknown)}`);
    }
  }
}

/** Whether a page of the navigation is open to the role. */
export function canSeePage(role: Role, page: PageId): boolean {
  return page === 'data' ? capabilities(role).seeImports : true;
}

export const SETTINGS_TABS = ['account', 'tokens', 'users', 'audit'] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];

/** The Settings tabs of a role, in order. */
export function settingsTabs(role: Role): SettingsTab[] {
  const can = capabilities(role);
  return SETTINGS_TABS.filter((tab) => (tab === 'tokens' ? can.ownTokens : tab === 'users' ? can.manageUsers : tab === 'audit' ? can.readAudit : true));
}

export function tokenScopes(role: Role): TokenScope[] {
  return capabilities(role).writeTokens ? ['READ', 'READ_WRITE'] : ['READ'];
}
