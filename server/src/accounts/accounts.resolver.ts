import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentPrincipal } from '../auth/policy.decorators';
import type { Principal } from '../auth/principal';
import { allows } from '../auth/roles';
import { ApiToken, CreateApiTokenInput, CreatedApiToken, CreateUserInput, UpdateUserInput, User } from './account.types';
import { AccountsService } from './accounts.service';

@Resolver()
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Allow('data:read')
  @Query(() => User, { description: 'The signed-in user.' })
  me(@CurrentPrincipal() principal: Principal): Promise<User> {
    return this.accounts.user(principal.userId);
  }

  @Allow('users:manage')
  @Query(() => [User])
  users(): Promise<User[]> {
    return this.accounts.users();
  }

  @Allow('users:manage')
  @Mutation(() => User)
  createUser(@Args('input') input: CreateUserInput): Promise<User> {
    return this.accounts.createUser(input);
  }

  @Allow('users:manage')
  @Mutation(() => User)
  updateUser(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateUserInput): Promise<User> {
    return this.accounts.updateUser(id, input);
  }

  @Allow('tokens:own')
  @Query(() => [ApiToken], { description: "Your API tokens; an admin's `all: true` lists everyone's." })
  apiTokens(@CurrentPrincipal() principal: Principal, @Args('all', { defaultValue: false }) all: boolean): Promise<ApiToken[]> {
    return this.accounts.apiTokens(principal, all && allows(principal.role, 'users:manage', principal.via));
  }

  @Allow('tokens:own')
  @Mutation(() => CreatedApiToken, { description: 'Creates an API token; the secret is returned this once.' })
  createApiToken(@CurrentPrincipal() principal: Principal, @Args('input') input: CreateApiTokenInput): Promise<CreatedApiToken> {
    return this.accounts.createApiToken(principal, input);
  }

  @Allow('tokens:own')
  @Mutation(() => ApiToken)
  revokeApiToken(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<ApiToken> {
    return this.accounts.revokeApiToken(principal, id, allows(principal.role, 'users:manage', principal.via));
  }
}
