import type { Role, User } from '../types';
import { useMutation } from '../useMutation';
import { useQuery } from '../useQuery';

const USER_FIELDS = 'id email name role active siteIds createdAt lastLoginAt';

export const USERS_QUERY = /* GraphQL */ `
  query Users {
    users { ${USER_FIELDS} }
  }
`;

export const CREATE_USER_MUTATION = /* GraphQL */ `
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) { ${USER_FIELDS} }
  }
`;

export const UPDATE_USER_MUTATION = /* GraphQL */ `
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) { ${USER_FIELDS} }
  }
`;

export interface CreateUserInput {
  email: string;
  name: string;
  role: Role;
  password?: string;
  siteIds?: string[];
}

export interface UpdateUserInput {
  name?: string;
  role?: Role;
  active?: boolean;
  password?: string;
  siteIds?: string[];
}

/** Every account of the organization (admins). */
export function useUsers() {
  return useQuery<{ users: User[] }>(USERS_QUERY);
}

export function useCreateUser() {
  return useMutation<{ createUser: User }, { input: CreateUserInput }>(CREATE_USER_MUTATION);
}

export function useUpdateUser() {
  return useMutation<{ updateUser: User }, { id: string; input: UpdateUserInput }>(UPDATE_USER_MUTATION);
}
