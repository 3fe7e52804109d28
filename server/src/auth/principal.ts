import type { Role, TokenScope } from './roles';

/** Who is calling, established by AuthenticationMiddleware from a session cookie or an API token. */
export interface Principal {
  userId: string;
  orgId: string;
  orgSlug: string;
  email: string;
  name: string;
  role: Role;
  /** '*' for every site of the organisation; a site manager's assigned sites otherwise. */
  siteIds: '*' | string[];
  via: { kind: 'session'; sessionId: string } | { kind: 'token'; tokenId: string; scope: TokenScope };
}
