import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'A tenant: one company (or BPO) using cxlens.' })
@Entity('organization')
export class Organization {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Field()
  @Column('text')
  slug: string;

  @Field()
  @Column('text')
  name: string;

  @Column('jsonb', { default: {} })
  settings: Record<string, unknown>;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
