import type { AuditEntry } from '../types';
import { useQuery } from '../useQuery';

export const AUDIT_LOG_QUERY = /* GraphQL */ `
  query AuditLog($first: Int!, $action: String, $before: String) {
    auditLog(first: $first, action: $action, before: $before) { id at actor actorTokenId action target details ip }
  }
`;

/** The actions the server records (AuditAction in server/src/audit/audit.service.ts, and the sign-in and token use of server/src/auth). */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'token.create',
  'token.revoke',
  'token.use',
  'user.create',
  'user.update',
  'import.run',
  'export.csv',
  'settings.update',
] as const;

export interface AuditLogVariables {
  first: number;
  action: string | null;
  before: string | null;
  [key: string]: unknown;
}

/** One page of the audit log, newest first; ask for one entry more than shown to know whether a next page exists. */
export function useAuditLog(variables: AuditLogVariables) {
  return useQuery<{ auditLog: AuditEntry[] }>(AUDIT_LOG_QUERY, variables);
}
