import type { ApiToken, TokenScope } from '../types';
import { useMutation } from '../useMutation';
import { useQuery } from '../useQuery';

const TOKEN_FIELDS = 'id name prefix scope ownerEmail createdAt lastUsedAt expiresAt revokedAt';

export const API_TOKENS_QUERY = /* GraphQL */ `
  query ApiTokens($all: Boolean!) {
    apiTokens(all: $all) { ${TOKEN_FIELDS} }
  }
`;

export const CREATE_API_TOKEN_MUTATION = /* GraphQL */ `
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken { ${TOKEN_FIELDS} }
    }
  }
`;

export const REVOKE_API_TOKEN_MUTATION = /* GraphQL */ `
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) { ${TOKEN_FIELDS} }
  }
`;

export interface CreateApiTokenInput {
  name: string;
  scope: TokenScope;
  /** None: valid until revoked. */
  expiresInDays?: number;
}

export interface CreatedApiToken {
  /** The secret: shown this once, only its digest is stored. */
  token: string;
  apiToken: ApiToken;
}

/** The caller's API tokens; an admin's `all` lists everyone's. */
export function useApiTokens(all: boolean) {
  return useQuery<{ apiTokens: ApiToken[] }>(API_TOKENS_QUERY, { all });
}

export function useCreateApiToken() {
  return useMutation<{ createApiToken: CreatedApiToken }, { input: CreateApiTokenInput }>(CREATE_API_TOKEN_MUTATION);
}

export function useRevokeApiToken() {
  return useMutation<{ revokeApiToken: ApiToken }, { id: string }>(REVOKE_API_TOKEN_MUTATION);
}
