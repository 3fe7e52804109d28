import { Injectable } from '@nestjs/common';
import { TenantDb } from '../tenancy/tenant-db';
import { applyListFilter } from '../common/list-filter.input';
import { keysetPage, Page } from '../common/pagination';
import { ResponseFilter } from './response-filter.input';
import { SurveyResponse } from './survey-response.entity';

@Injectable()
export class ResponsesService {
  constructor(private readonly db: TenantDb) {}

  async page(orgId: string, filter: ResponseFilter | undefined, first: number, after?: string | null): Promise<Page<SurveyResponse>> {
    const qb = applyListFilter((await this.db.repository(SurveyResponse)).createQueryBuilder('r'), orgId, filter, 'respondedAt');
    if (filter?.search) {
      qb.andWhere(`r.comment ILIKE :search ESCAPE '\\'`, { search: `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    }
    if (filter?.withCommentOnly) qb.andWhere(`r.comment IS NOT NULL AND r.comment <> ''`);
    if (filter?.csatMax != null) qb.andWhere('r.csat <= :csatMax', { csatMax: filter.csatMax });
    if (filter?.npsMax != null) qb.andWhere('r.nps <= :npsMax', { npsMax: filter.npsMax });
    return keysetPage(qb, 'respondedAt', (r) => r.respondedAt, first, after);
  }
}
