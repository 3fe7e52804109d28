import { Injectable } from '@nestjs/common';
import { TenantDb } from '../tenancy/tenant-db';
import { Site } from './site.entity';

@Injectable()
export class SitesService {
  constructor(private readonly db: TenantDb) {}

  async list(orgId: string, activeOnly = false): Promise<Site[]> {
    return (await this.db.repository(Site)).find({
      where: activeOnly ? { orgId, active: true } : { orgId },
      order: { name: 'ASC', id: 'ASC' },
    });
  }
}
