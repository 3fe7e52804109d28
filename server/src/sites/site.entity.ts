import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'A contact center: a place in a city and country with its own time zone.' })
@Entity('site')
export class Site {
  @PrimaryColumn({ name: 'org_id', type: 'bigint' })
  orgId: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  id: string;

  @Field({ description: 'Short code used in imports, e.g. MNL-1.' })
  @Column('text')
  code: string;

  @Field()
  @Column('text')
  name: string;

  @Field()
  @Column('text')
  city: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code.' })
  @Column('char', { length: 2 })
  country: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  region: string | null;

  @Field({ description: 'IANA time zone: the site-local day, week and month of every metric.' })
  @Column('text', { name: 'time_zone' })
  timeZone: string;

  @Field()
  @Column('boolean', { default: true })
  active: boolean;
}
