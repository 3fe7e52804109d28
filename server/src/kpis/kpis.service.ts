import { Injectable } from '@nestjs/common';
import { TenantDb } from '../tenancy/tenant-db';
import { applyListFilter, ListFilter } from '../common/list-filter.input';
import { keysetPage, Page } from '../common/pagination';
import { KpiInterval } from './kpi-interval.entity';

@Injectable()
export class KpisService {
  constructor(private readonly db: TenantDb) {}

  async page(orgId: string, filter: ListFilter | undefined, first: number, after?: string | null): Promise<Page<KpiInterval>> {
    const qb = applyListFilter((await this.db.repository(KpiInterval)).createQueryBuilder('k'), orgId, filter, 'intervalStart');
    return keysetPage(qb, 'intervalStart', (k) => k.intervalStart, first, after);
  }
}
