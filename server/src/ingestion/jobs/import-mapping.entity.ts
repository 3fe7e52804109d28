import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ImportKind } from '../import-kind';
import type { MappingSpec } from '../mapping/mapping-spec';
import { ImportKindEnum } from './import-graphql-enums';

@ObjectType({ description: 'A saved column mapping, used by name (`--mapping NAME`, `?mapping=NAME`).' })
@Entity('import_mapping')
export class ImportMapping {
  @PrimaryColumn({ name: 'org_id', type: 'bigint' })
  orgId: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  id: string;

  @Field()
  @Column('text')
  name: string;

  @Field(() => ImportKindEnum)
  @Column('text')
  kind: ImportKind;

  /** Exposed through ImportMappingsResolver.spec as lists. */
  @Column('jsonb')
  spec: MappingSpec;

  @Field()
  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
