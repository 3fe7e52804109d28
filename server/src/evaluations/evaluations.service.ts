import { Injectable } from '@nestjs/common';
import { TenantDb } from '../tenancy/tenant-db';
import { applyListFilter } from '../common/list-filter.input';
import { keysetPage, Page } from '../common/pagination';
import { EvaluationFilter } from './evaluation-filter.input';
import { ProcessEvaluation } from './process-evaluation.entity';

@Injectable()
export class EvaluationsService {
  constructor(private readonly db: TenantDb) {}

  async page(orgId: string, filter: EvaluationFilter | undefined, first: number, after?: string | null): Promise<Page<ProcessEvaluation>> {
    const qb = applyListFilter((await this.db.repository(ProcessEvaluation)).createQueryBuilder('e'), orgId, filter, 'evaluatedAt');
    if (filter?.kind) qb.andWhere('e.kind = :kind', { kind: filter.kind });
    if (filter?.criticalFailedOnly) qb.andWhere('e.criticalFailed');
    return keysetPage(qb, 'evaluatedAt', (e) => e.evaluatedAt, first, after);
  }
}
