import { Allow } from '../../auth/policy.decorators';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { userInputError } from '../../common/user-input-error';
import { CurrentOrgId } from '../../organizations/org-context';
import type { ImportKind } from '../import-kind';
import { checkSpec, UsageError } from '../import-options';
import { CODE_PATTERN } from '../validation/references';
import { ImportKindEnum } from './import-graphql-enums';
import { ImportMapping } from './import-mapping.entity';
import { ImportMappingSpecView, specFromView, specView } from './import-mapping-spec.types';
import { ImportMappingsRepository } from './import-mappings.repository';

@Resolver(() => ImportMapping)
export class ImportMappingsResolver {
  constructor(private readonly mappings: ImportMappingsRepository) {}

  @Allow('imports:read')
  @Query(() => [ImportMapping], { description: 'Saved column mappings, by name.' })
  importMappings(@CurrentOrgId() orgId: string): Promise<ImportMapping[]> {
    return this.mappings.list(orgId);
  }

  @Allow('data:write')
  @Mutation(() => ImportMapping, { description: 'Creates or replaces the mapping with this name.' })
  async saveImportMapping(
    @CurrentOrgId() orgId: string,
    @Args('name') name: string,
    @Args('kind', { type: () => ImportKindEnum }) kind: ImportKind,
    @Args('spec', { type: () => ImportMappingSpecView }) view: ImportMappingSpecView,
  ): Promise<ImportMapping> {
    if (!CODE_PATTERN.test(name)) throw userInputError(`name "${name}" must be letters, digits, _ . - (at most 64)`, 'name');
    const spec = specFromView(view);
    try {
      checkSpec(kind, spec);
    } catch (error) {
      if (error instanceof UsageError) throw userInputError(error.message, 'spec');
      throw error;
    }
    return this.mappings.save(orgId, name, kind, spec);
  }

  @Allow('data:write')
  @Mutation(() => Boolean, { description: 'True when a mapping with this name existed.' })
  deleteImportMapping(@CurrentOrgId() orgId: string, @Args('name') name: string): Promise<boolean> {
    return this.mappings.delete(orgId, name);
  }

  @ResolveField(() => ImportMappingSpecView, { name: 'spec' })
  spec(@Parent() mapping: ImportMapping): ImportMappingSpecView {
    return specView(mapping.spec);
  }
}
