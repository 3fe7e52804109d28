import { Injectable } from '@nestjs/common';
import { TenantDb } from '../tenancy/tenant-db';
import { Organization } from './organization.entity';

@Injectable()
export class OrganizationsService {
  constructor(private readonly db: TenantDb) {}

  /** Under row-level security: the caller's own organisation. */
  async list(): Promise<Organization[]> {
    return (await this.db.repository(Organization)).find({ order: { id: 'ASC' } });
  }

  async findById(id: string): Promise<Organization | null> {
    return (await this.db.repository(Organization)).findOneBy({ id });
  }

  async findBySlug(slug: string): Promise<Organization | null> {
    return (await this.db.repository(Organization)).findOneBy({ slug });
  }
}
