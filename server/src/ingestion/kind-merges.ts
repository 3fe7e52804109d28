import { refreshDailyRollups } from '../rollups/rollup-refresh';
import type { ImportKind } from './import-kind';
import type { PgQueryable } from './queryable';
import {
  CONTACT_IDS_SQL, CONTACT_MERGE, CONTACT_SURVEY_MERGE, DELETE_UNANSWERED_CONTACT_SURVEYS_SQL,
  RECOMPUTE_CONTACT_INTERVALS_SQL,
} from './queries/contact-merge.sql';
import { EVALUATION_IDS_SQL, EVALUATION_MERGE } from './queries/evaluation-merge.sql';
import type { ExternalIdMergeSql } from './queries/fact-merge.sql';
import { KPI_IDS_SQL, kpiMergeSql } from './queries/kpi-merge.sql';
import { affectedDaysOf, AFFECTED_FACTS_SQL } from './queries/staging.sql';
import { SURVEY_IDS_SQL, SURVEY_MERGE } from './queries/survey-merge.sql';

export interface MergeParameters {
  orgId: string;
  /** Label written to the facts' source column ('import' for files, 'api' for GraphQL). */
  source: string;
  shortAbandonSeconds: number;
  slThresholdS: number;
}

export interface MergeCounts {
  inserted: number;
  updated: number;
}

/** PostgreSQL's cardinality_violation: ON CONFLICT DO UPDATE met the same key twice in one statement. */
const CARDINALITY_VIOLATION = '21000';

/**
 * New rows first (no comparison with stored ones); the comparison and
 * updates only when some staged external_ids were already stored.
 */
async function mergeByExternalId(db: PgQueryable, merge: ExternalIdMergeSql, p: MergeParameters): Promise<MergeCounts> {
  const params = [p.orgId, p.source];
  const { keys, duplicates } = (await db.query(merge.keys)).rows[0] as { keys: number; duplicates: boolean };
  const { inserted } = (await db.query(merge.insertNew(duplicates), params)).rows[0] as { inserted: number };
  if (inserted === keys) return { inserted, updated: 0 };
  const upserted = (await db.query(merge.upsert(duplicates), params)).rows[0] as MergeCounts;
  return { inserted: inserted + upserted.inserted, updated: upserted.updated };
}

/**
 * KPI intervals in one statement without the sort that keeps the last of
 * duplicate keys; a file with duplicate keys fails it (inside a savepoint)
 * and is merged again with that sort.
 */
async function mergeKpis(db: PgQueryable, p: MergeParameters): Promise<MergeCounts> {
  const params = [p.orgId, p.source];
  await db.query('SAVEPOINT kpi_merge');
  try {
    const counts = (await db.query(kpiMergeSql(false), params)).rows[0] as MergeCounts;
    await db.query('RELEASE SAVEPOINT kpi_merge');
    return counts;
  } catch (error) {
    if ((error as { code?: string }).code !== CARDINALITY_VIOLATION) throw error;
    await db.query('ROLLBACK TO SAVEPOINT kpi_merge');
    return (await db.query(kpiMergeSql(true), params)).rows[0] as MergeCounts;
  }
}

/** The merge of the staged rows of one kind, with what follows from it (contact intervals and linked surveys). */
export async function mergeStaged(kind: ImportKind, db: PgQueryable, p: MergeParameters): Promise<MergeCounts> {
  switch (kind) {
    case 'surveys':
      return mergeByExternalId(db, SURVEY_MERGE, p);
    case 'evaluations':
      return mergeByExternalId(db, EVALUATION_MERGE, p);
    case 'kpis':
      return mergeKpis(db, p);
    case 'contacts': {
      const merged = await mergeByExternalId(db, CONTACT_MERGE, p);
      await db.query(RECOMPUTE_CONTACT_INTERVALS_SQL, [p.orgId, p.shortAbandonSeconds, p.slThresholdS]);
      await db.query(CONTACT_SURVEY_MERGE.upsert(false), [p.orgId]);
      await db.query(DELETE_UNANSWERED_CONTACT_SURVEYS_SQL, [p.orgId]);
      return merged;
    }
    default: {
      const never: never = kind;
      throw new Error(`unknown import kind ${never}`);
    }
  }
}

const IDS_SQL: Record<ImportKind, string> = {
  surveys: SURVEY_IDS_SQL,
  evaluations: EVALUATION_IDS_SQL,
  kpis: KPI_IDS_SQL,
  contacts: CONTACT_IDS_SQL,
};

/** Ids of the stored rows, in the order of the staged rows (for GraphQL batches). */
export async function stagedRowIds(kind: ImportKind, db: PgQueryable, orgId: string): Promise<string[]> {
  const { rows } = await db.query(IDS_SQL[kind], [orgId]);
  return rows.map((r: { id: string }) => r.id);
}

/** Recomputes the daily rollups of every site-day the merge touched, inside the import's transaction. */
export async function refreshAffectedRollups(db: PgQueryable, orgId: string): Promise<void> {
  const { rows } = await db.query(AFFECTED_FACTS_SQL);
  for (const { fact } of rows as { fact: 'survey' | 'evaluation' | 'kpi' }[]) {
    await refreshDailyRollups(db, fact, orgId, { sql: affectedDaysOf(fact) });
  }
}
