import { Allow } from '../../auth/policy.decorators';
import { Args, ID, Int, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs } from '../../common/list-filter.input';
import { checkPageSize, Connection, decodeCursor, encodeCursor, Page } from '../../common/pagination';
import { userInputError } from '../../common/user-input-error';
import { CurrentOrgId } from '../../organizations/org-context';
import { ImportJob } from './import-job.entity';
import { ImportJobsRepository } from './import-jobs.repository';
import { ImportRejection } from './import-rejection.entity';

@ObjectType()
export class ImportJobConnection extends Connection(ImportJob) {}

@ObjectType()
export class ImportRejectionConnection extends Connection(ImportRejection) {}

function rejectionCursor(r: ImportRejection): string {
  return Buffer.from(JSON.stringify([r.line, r.id])).toString('base64url');
}

function decodeRejectionCursor(cursor: string): { line: number; id: string } {
  try {
    const [line, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Number.isInteger(line) && typeof id === 'string' && /^\d+$/.test(id)) return { line, id };
  } catch {
    // reported below
  }
  throw userInputError(`"after" is not a cursor returned by this API: ${cursor.slice(0, 40)}`, 'after');
}

function page<T>(rows: T[], first: number, cursor: (row: T) => string): Page<T> {
  const edges = rows.slice(0, first).map((node) => ({ cursor: cursor(node), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length ? edges[edges.length - 1].cursor : null } };
}

@Resolver(() => ImportJob)
export class ImportJobsResolver {
  constructor(private readonly jobs: ImportJobsRepository) {}

  @Allow('imports:read')
  @Query(() => ImportJobConnection, { description: 'Imports of the organisation, newest first.' })
  async importJobs(@CurrentOrgId() orgId: string, @Args() { first, after }: PageArgs): Promise<Page<ImportJob>> {
    const rows = await this.jobs.page(orgId, checkPageSize(first), after ? decodeCursor(after) : null);
    return page(rows, first, (j) => encodeCursor(j.startedAt, j.id));
  }

  @Allow('imports:read')
  @Query(() => ImportJob, { nullable: true, description: 'One import, or null when the organisation has none with this id.' })
  importJob(@CurrentOrgId() orgId: string, @Args('id', { type: () => ID }) id: string): Promise<ImportJob | null> {
    return this.jobs.byId(orgId, id);
  }

  @ResolveField(() => ImportRejectionConnection, { description: 'Rejected rows in file order (every one; also as CSV at rejectionsCsvUrl).' })
  async rejections(
    @CurrentOrgId() orgId: string,
    @Parent() job: ImportJob,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Page<ImportRejection>> {
    const rows = await this.jobs.rejections(orgId, job.id, checkPageSize(first) + 1, after ? decodeRejectionCursor(after) : undefined);
    return page(rows, first, rejectionCursor);
  }

  @ResolveField(() => String, { description: 'Download of every rejected row as CSV (add ?org=<slug> outside the default organisation).' })
  rejectionsCsvUrl(@Parent() job: ImportJob): string {
    return `/api/imports/${job.id}/rejections.csv`;
  }
}
