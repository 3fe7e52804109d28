import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { userInputError } from '../common/user-input-error';
import { LOCK_ORG_IMPORTS_SQL } from '../ingestion/queries/reference-data.sql';
import { inOrgTransaction, orgScopeStatements } from '../ingestion/queryable';
import { FACT_TABLES, Fact } from '../rollups/fact-tables';
import { refreshDailyRollups } from '../rollups/rollup-refresh';
import { Site } from './site.entity';
import { CreateSiteInput, UpdateSiteInput } from './site.inputs';
import { FieldProblem, siteProblems } from './site-rules';
import { INSERT_SITE_SQL, siteDaysSql, UPDATE_SITE_SQL } from './site-writes.sql';

export function rejectProblems(problems: FieldProblem[]): void {
  if (problems.length) throw userInputError(problems.map((p) => `${p.field} ${p.reason}`).join('; '), problems[0].field);
}

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === '23505';
}

const dropUndefined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

@Injectable()
export class SiteWritesService {
  constructor(private readonly db: DataSource) {}

  async create(orgId: string, input: CreateSiteInput): Promise<Site> {
    rejectProblems(siteProblems(dropUndefined(input), true));
    try {
      const params = [orgId, input.code, input.name.trim(), input.city.trim(), input.country, input.region ?? null, input.timeZone, input.active ?? null];
      const [site] = await inOrgTransaction(this.db, orgId, (query) => query(INSERT_SITE_SQL, params));
      return site;
    } catch (error) {
      if (isUniqueViolation(error)) throw userInputError(`code "${input.code}" is already used by another site`, 'code');
      throw error;
    }
  }

  /** A new time zone moves the site's facts to other local days: its rollups are recomputed in the same transaction. */
  async update(orgId: string, id: string, input: UpdateSiteInput): Promise<Site> {
    if (!/^\d{1,18}$/.test(id)) throw userInputError(`"${id}" is not a site id`, 'id');
    const { region, ...rest } = input;
    rejectProblems(siteProblems(dropUndefined({ ...rest, region }), false));
    try {
      return await this.db.transaction(async (tx) => {
        for (const statement of orgScopeStatements(orgId)) await tx.query(statement);
        const params = [orgId, id, rest.code ?? null, rest.name?.trim() ?? null, rest.city?.trim() ?? null, rest.country ?? null, region ?? null, rest.timeZone ?? null, rest.active ?? null, region === null];
        const [row] = await tx.query(UPDATE_SITE_SQL, params);
        if (!row) throw userInputError(`No site ${id} in this organisation`, 'id');
        const { previousTimeZone, ...site } = row;
        if (previousTimeZone !== site.timeZone) {
          await tx.query(LOCK_ORG_IMPORTS_SQL, [orgId]); // imports refresh the same rollup rows
          for (const fact of Object.keys(FACT_TABLES) as Fact[]) {
            const { rollup, table, time } = FACT_TABLES[fact];
            await refreshDailyRollups(tx, fact, orgId, { sql: siteDaysSql(rollup, table, time), params: [id] });
          }
        }
        return site;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw userInputError(`code "${rest.code}" is already used by another site`, 'code');
      throw error;
    }
  }
}
