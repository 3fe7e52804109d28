import type { UpdateUserInput } from '../../api/operations/accounts';
import type { Role, User } from '../../api/types';

export interface UserDraft {
  email: string;
  name: string;
  role: Role;
  active: boolean;
  siteIds: string[];
  /** Empty: keep the current password (or, for a new user, none until an admin sets one). */
  password: string;
}

/**
 * What to send for a form: for an existing user only what changed (the audit log then records
 * exactly that); sites only matter to site managers, so other roles lose their assignments.
 */
export function userChanges(user: User | null, draft: UserDraft): UpdateUserInput {
  const siteIds = draft.role === 'SITE_MANAGER' ? [...draft.siteIds].sort((a, b) => Number(a) - Number(b)) : [];
  const changes: UpdateUserInput = {};
  if (!user || draft.name.trim() !== user.name) changes.name = draft.name.trim();
  if (!user || draft.role !== user.role) changes.role = draft.role;
  if (user && draft.active !== user.active) changes.active = draft.active;
  if (draft.password) changes.password = draft.password;
  const before = user ? [...user.siteIds].sort((a, b) => Number(a) - Number(b)) : [];
  if (siteIds.join(',') !== before.join(',')) changes.siteIds = siteIds;
  return changes;
}
