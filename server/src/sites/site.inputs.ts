import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class CreateSiteInput {
  @Field({ description: 'Short code used in imports, e.g. LIS-1.' })
  code: string;
  @Field()
  name: string;
  @Field()
  city: string;
  @Field({ description: 'ISO 3166-1 alpha-2, e.g. PT.' })
  country: string;
  @Field(() => String, { nullable: true })
  region?: string | null;
  @Field({ description: 'IANA time zone, e.g. Europe/Lisbon: the site-local day of every metric.' })
  timeZone: string;
  @Field({ nullable: true, defaultValue: true })
  active?: boolean;
}

@InputType({ description: 'Fields to change; omitted fields stay. region: null clears it.' })
export class UpdateSiteInput {
  @Field({ nullable: true })
  code?: string;
  @Field({ nullable: true })
  name?: string;
  @Field({ nullable: true })
  city?: string;
  @Field({ nullable: true })
  country?: string;
  @Field(() => String, { nullable: true })
  region?: string | null;
  @Field({ nullable: true, description: 'Changing it re-buckets the site’s daily rollups into the new local days.' })
  timeZone?: string;
  @Field({ nullable: true })
  active?: boolean;
}
