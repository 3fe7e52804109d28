import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ImportKind } from '../import-kind';
import type { MappingSpec } from '../mapping/mapping-spec';
import { DELETE_MAPPING_SQL, MAPPING_BY_NAME_SQL, MAPPINGS_SQL, UPSERT_MAPPING_SQL } from '../queries/import-mappings.sql';
import { inOrgTransaction } from '../queryable';
import { ImportMapping } from './import-mapping.entity';

@Injectable()
export class ImportMappingsRepository {
  constructor(private readonly db: DataSource) {}

  async save(orgId: string, name: string, kind: ImportKind, spec: MappingSpec): Promise<ImportMapping> {
    const [row] = await inOrgTransaction(this.db, orgId, (query) => query(UPSERT_MAPPING_SQL, [orgId, name, kind, spec]));
    return row;
  }

  async byName(orgId: string, name: string): Promise<ImportMapping | null> {
    const [row] = await inOrgTransaction(this.db, orgId, (query) => query(MAPPING_BY_NAME_SQL, [orgId, name]));
    return row ?? null;
  }

  list(orgId: string): Promise<ImportMapping[]> {
    return inOrgTransaction(this.db, orgId, (query) => query(MAPPINGS_SQL, [orgId]));
  }

  async delete(orgId: string, name: string): Promise<boolean> {
    const rows = await inOrgTransaction(this.db, orgId, (query) => query(DELETE_MAPPING_SQL, [orgId, name]));
    return rows.length > 0;
  }
}
