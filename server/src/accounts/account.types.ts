import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, Role, TOKEN_SCOPES, TokenScope } from '../auth/roles';

const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as Record<Role, Role>;
const TokenScopeEnum = Object.fromEntries(TOKEN_SCOPES.map((s) => [s, s])) as Record<TokenScope, TokenScope>;
registerEnumType(RoleEnum, { name: 'Role', description: 'ADMIN manages everything; DIRECTOR and ANALYST read the organisation; SITE_MANAGER reads assigned sites.' });
registerEnumType(TokenScopeEnum, { name: 'TokenScope', description: 'READ tokens never write; READ_WRITE tokens may import (admins and analysts).' });

@ObjectType()
export class User {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() name: string;
  @Field(() => RoleEnum) role: Role;
  @Field() active: boolean;
  @Field(() => [ID], { description: 'Assigned sites (site managers).' }) siteIds: string[];
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastLoginAt: Date | null;
}

@InputType()
export class CreateUserInput {
  @Field() email: string;
  @Field() name: string;
  @Field(() => RoleEnum) role: Role;
  @Field({ nullable: true, description: 'At least 10 characters; without one the user cannot sign in until an admin sets it.' })
  password?: string;
  @Field(() => [ID], { nullable: true }) siteIds?: string[];
}

@InputType()
export class UpdateUserInput {
  @Field({ nullable: true }) name?: string;
  @Field(() => RoleEnum, { nullable: true }) role?: Role;
  @Field({ nullable: true }) active?: boolean;
  @Field({ nullable: true }) password?: string;
  @Field(() => [ID], { nullable: true }) siteIds?: string[];
}

@ObjectType()
export class ApiToken {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'The first characters of the token, to recognise it.' }) prefix: string;
  @Field(() => TokenScopeEnum) scope: TokenScope;
  @Field() ownerEmail: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastUsedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) expiresAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) revokedAt: Date | null;
}

@ObjectType()
export class CreatedApiToken {
  @Field({ description: 'The secret, shown this once: only its digest is stored.' }) token: string;
  @Field(() => ApiToken) apiToken: ApiToken;
}

@InputType()
export class CreateApiTokenInput {
  @Field() name: string;
  @Field(() => TokenScopeEnum, { defaultValue: 'READ' }) scope: TokenScope;
  @Field(() => Int, { nullable: true, description: 'Days until it expires; none = until revoked.' }) expiresInDays?: number;
}
