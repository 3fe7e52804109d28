import type { AuthenticatedRequest } from '../auth/policy.decorators';

/** The caller's organisation comes from who they are (session or API token), never from a header. */
export { CurrentOrgId } from '../auth/policy.decorators';

/** A request after authentication; `orgId` is the principal's organisation. */
export type OrgScopedRequest = AuthenticatedRequest & { readonly orgId?: string };
