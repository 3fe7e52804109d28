import type { Role } from '../api/types';
import { canSeePage } from '../features/auth/permissions';
import type { MessageKey } from '../i18n';
import { paths, type PageId } from './paths';

export interface NavGroup {
  label: MessageKey;
  pages: readonly PageId[];
}

/** The left navigation: analysis first, then the tools that feed it. */
export const NAV_GROUPS: readonly NavGroup[] = [
  { label: 'nav.group.insights', pages: ['overview', 'sites', 'channels', 'vopVsVoc', 'drivers', 'responses'] },
  { label: 'nav.group.workspace', pages: ['data', 'explorer', 'settings'] },
];

/** The navigation a role sees: pages it cannot use are left out (the server would refuse their data). */
export function navGroupsFor(role: Role | undefined): NavGroup[] {
  return NAV_GROUPS.map((group) => ({ ...group, pages: group.pages.filter((page) => !role || canSeePage(role, page)) })).filter((group) => group.pages.length > 0);
}

/** The navigation entry a URL belongs to, for the top bar's breadcrumb. */
export function findNavEntry(pathname: string): { group: NavGroup; page: PageId } | undefined {
  for (const group of NAV_GROUPS) {
    const page = group.pages.find((id) => paths[id] === pathname || (paths[id] !== '/' && pathname.startsWith(`${paths[id]}/`)));
    if (page) return { group, page };
  }
  return undefined;
}
