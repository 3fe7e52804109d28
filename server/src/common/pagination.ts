import { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { userInputError } from './user-input-error';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

/** A Relay-style connection type for `T`, e.g. SurveyResponseConnection. */
export function Connection<T>(node: Type<T>): Type<Page<T>> {
  @ObjectType(`${node.name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${node.name}Connection`, { isAbstract: false })
  class ConnectionType {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionType as Type<Page<T>>;
}

interface Position {
  at: string;
  id: string;
}

export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

export function decodeCursor(cursor: string): Position {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof id === 'string' && /^\d+$/.test(id)) {
      return { at, id };
    }
  } catch {
    // fall through to the error below
  }
  throw userInputError(`"after" is not a cursor returned by this API: ${cursor.slice(0, 40)}`, 'after');
}

export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw userInputError(`"first" must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${first}`, 'first');
  }
  return first;
}

/**
 * Newest first, ties broken by id: a stable order, so walking the pages with
 * `after` visits every row exactly once even when rows share a timestamp.
 */
export async function keysetPage<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  timeColumn: string,
  timeOf: (row: T) => Date,
  first: number,
  after?: string | null,
): Promise<Page<T>> {
  const alias = qb.alias;
  if (after) {
    const { at, id } = decodeCursor(after);
    qb.andWhere(`(${alias}.${timeColumn}, ${alias}.id) < (:afterAt::timestamptz, :afterId::bigint)`, { afterAt: at, afterId: id });
  }
  const rows = await qb
    .orderBy(`${alias}.${timeColumn}`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(checkPageSize(first) + 1)
    .getMany();
  const hasNextPage = rows.length > first;
  const edges = rows.slice(0, first).map((node) => ({ cursor: encodeCursor(timeOf(node), node.id), node }));
  return { edges, pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null } };
}
