import { createHash } from 'node:crypto';
import { Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Principal } from '../auth/principal';

/**
 * Root query fields whose answer depends only on the organisation's data, the caller's role
 * and site scope, and the arguments: analytics and the lists beside them. Anything else (who
 * am I, tokens, users, audit log, import jobs) is never cached.
 */
export const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'metrics', 'summary', 'siteRanking', 'vopVsVoc', 'drivers', 'responses', 'evaluations', 'kpiIntervals',
  'channels', 'metricDefinitions', 'metricSettings', 'sites', 'programs', 'evaluationForms',
]);

/** True when every root field the query selects (through fragments too) is cacheable. */
export function isCacheableQuery(operation: OperationDefinitionNode, document: DocumentNode): boolean {
  if (operation.operation !== 'query') return false;
  const fragments = new Map(
    document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d.selectionSet] as const),
  );
  const seen = new Set<string>();
  const allCacheable = (set: SelectionSetNode): boolean =>
    set.selections.every((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === '__typename' || CACHEABLE_ROOT_FIELDS.has(s.name.value);
      if (s.kind === Kind.INLINE_FRAGMENT) return allCacheable(s.selectionSet);
      const name = s.name.value;
      if (seen.has(name)) return true;
      seen.add(name);
      const fragment = fragments.get(name);
      return fragment !== undefined && allCacheable(fragment);
    });
  return allCacheable(operation.selectionSet);
}

/**
 * Who sees the same answer: one organisation, one role (permissions differ by role) and one
 * site scope. Users with the same access share entries; the data version is added by the caller.
 */
export function accessKey(principal: Pick<Principal, 'orgId' | 'role' | 'siteIds'>): string {
  const sites = principal.siteIds === '*' ? '*' : [...principal.siteIds].sort().join(',');
  return `${principal.orgId}|${principal.role}|${sites}`;
}

/** The operation: its document (by hash), the operation chosen in it and its variables in a canonical order. */
export function operationKey(queryHash: string, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): string {
  return createHash('sha256').update(`${queryHash}\n${operationName ?? ''}\n${canonicalJson(variables ?? {})}`).digest('base64url');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
