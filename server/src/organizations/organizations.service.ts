import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Organization } from './organization.entity';

@Injectable()
export class OrganizationsService {
  constructor(private readonly db: DataSource) {}

  list(): Promise<Organization[]> {
    return this.db.getRepository(Organization).find({ order: { id: 'ASC' } });
  }

  findById(id: string): Promise<Organization | null> {
    return this.db.getRepository(Organization).findOneBy({ id });
  }

  findBySlug(slug: string): Promise<Organization | null> {
    return this.db.getRepository(Organization).findOneBy({ slug });
  }

  /** The organisation used when a request names none: the oldest one. */
  async findDefault(): Promise<Organization | null> {
    const [first] = await this.db.getRepository(Organization).find({ order: { id: 'ASC' }, take: 1 });
    return first ?? null;
  }
}
