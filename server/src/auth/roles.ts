/** Account roles. Site managers are confined to their assigned sites. */
export const ROLES = ['ADMIN', 'DIRECTOR', 'SITE_MANAGER', 'ANALYST'] as const;
export type Role = (typeof ROLES)[number];

/** What an operation needs; a handler without one is denied (see PolicyGuard). */
export const PERMISSIONS = [
  'data:read', // metrics, lists, VOP vs VOC, drivers, verbatims — within the caller's site scope
  'data:write', // record facts, run imports
  'imports:read', // import history and rejected rows
  'org:manage', // sites, programs, metric settings, evaluation forms, saved mappings
  'users:manage', // accounts, roles, site assignments, everyone's tokens
  'audit:read',
  'tokens:own', // create and revoke one's own API tokens
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ALL = [...PERMISSIONS];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: ALL,
  DIRECTOR: ['data:read', 'imports:read', 'tokens:own'],
  ANALYST: ['data:read', 'imports:read', 'tokens:own', 'data:write'],
  SITE_MANAGER: ['data:read'],
};

export const TOKEN_SCOPES = ['READ', 'READ_WRITE'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

const WRITES: readonly Permission[] = ['data:write', 'org:manage', 'users:manage', 'tokens:own'];

/**
 * Analysts write only through a READ_WRITE API token (pipelines that import), never from a
 * dashboard session; a READ token never writes whatever its owner's role.
 */
export function allows(role: Role, permission: Permission, via: { kind: 'session' | 'token'; scope?: TokenScope }): boolean {
  if (!ROLE_PERMISSIONS[role].includes(permission)) return false;
  if (via.kind === 'token' && via.scope === 'READ' && WRITES.includes(permission)) return false;
  if (role === 'ANALYST' && permission === 'data:write' && !(via.kind === 'token' && via.scope === 'READ_WRITE')) return false;
  return true;
}
