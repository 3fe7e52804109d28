import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Site } from './site.entity';

@Injectable()
export class SitesService {
  constructor(private readonly db: DataSource) {}

  list(orgId: string, activeOnly = false): Promise<Site[]> {
    return this.db.getRepository(Site).find({
      where: activeOnly ? { orgId, active: true } : { orgId },
      order: { name: 'ASC', id: 'ASC' },
    });
  }
}
