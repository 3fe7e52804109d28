import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import type { Channel } from '@cxlens/shared';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ChannelEnum } from './graphql-enums';
import { DEFAULT_PAGE_SIZE } from './pagination';
import { userInputError } from './user-input-error';

@InputType({ description: 'Which facts to list. Every field is optional; a list means "any of".' })
export class ListFilter {
  @Field({ nullable: true, description: 'Inclusive lower bound (ISO 8601 with offset).' })
  from?: Date;

  @Field({ nullable: true, description: 'Exclusive upper bound.' })
  to?: Date;

  @Field(() => [ID], { nullable: true })
  siteIds?: string[];

  @Field(() => [ChannelEnum], { nullable: true })
  channels?: Channel[];

  @Field(() => [ID], { nullable: true })
  programIds?: string[];
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, 1-500.' })
  first: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  after?: string | null;
}

function checkIds(ids: string[] | undefined, field: string): void {
  const bad = ids?.find((id) => !/^\d{1,18}$/.test(id));
  if (bad !== undefined) throw userInputError(`${field} contains "${bad}", which is not an id`, field);
}

/** Adds the org scope and the common filter to a fact query; `timeProp` is the fact's timestamp property. */
export function applyListFilter<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  orgId: string,
  filter: ListFilter | undefined,
  timeProp: string,
): SelectQueryBuilder<T> {
  const a = qb.alias;
  qb.where(`${a}.orgId = :orgId`, { orgId });
  if (!filter) return qb;
  checkIds(filter.siteIds, 'siteIds');
  checkIds(filter.programIds, 'programIds');
  if (filter.from && filter.to && filter.from >= filter.to) {
    throw userInputError('"from" must be before "to"', 'from');
  }
  if (filter.from) qb.andWhere(`${a}.${timeProp} >= :from`, { from: filter.from });
  if (filter.to) qb.andWhere(`${a}.${timeProp} < :to`, { to: filter.to });
  if (filter.siteIds?.length) qb.andWhere(`${a}.siteId IN (:...siteIds)`, { siteIds: filter.siteIds });
  if (filter.channels?.length) qb.andWhere(`${a}.channel IN (:...channels)`, { channels: filter.channels });
  if (filter.programIds?.length) qb.andWhere(`${a}.programId IN (:...programIds)`, { programIds: filter.programIds });
  return qb;
}
