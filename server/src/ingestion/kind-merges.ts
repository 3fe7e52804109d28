import { refreshDailyRollups } from '../rollups/rollup-refresh';
import type { ImportKind } from './import-kind';
import type { PgQueryable } from './queryable';
import {
  CONTACT_IDS_SQL, CONTACT_MERGE_SQL, CONTACT_SURVEY_MERGE_SQL, DELETE_UNANSWERED_CONTACT_SURVEYS_SQL,
  RECOMPUTE_CONTACT_INTERVALS_SQL,
} from './queries/contact-merge.sql';
import { EVALUATION_IDS_SQL, EVALUATION_MERGE_SQL } from './queries/evaluation-merge.sql';
import { KPI_IDS_SQL, KPI_MERGE_SQL } from './queries/kpi-merge.sql';
import { affectedDaysOf, AFFECTED_FACTS_SQL } from './queries/staging.sql';
import { SURVEY_IDS_SQL, SURVEY_MERGE_SQL } from './queries/survey-merge.sql';

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

const counted = (result: { rows: MergeCounts[] }): MergeCounts => result.rows[0];

/** The merge of the staged rows of one kind, with what follows from it (contact intervals and linked surveys). */
export async function mergeStaged(kind: ImportKind, db: PgQueryable, p: MergeParameters): Promise<MergeCounts> {
  switch (kind) {
    case 'surveys':
      return counted(await db.query(SURVEY_MERGE_SQL, [p.orgId, p.source]));
    case 'evaluations':
      return counted(await db.query(EVALUATION_MERGE_SQL, [p.orgId, p.source]));
    case 'kpis':
      return counted(await db.query(KPI_MERGE_SQL, [p.orgId, p.source]));
    case 'contacts': {
      const merged = counted(await db.query(CONTACT_MERGE_SQL, [p.orgId, p.source]));
      await db.query(RECOMPUTE_CONTACT_INTERVALS_SQL, [p.orgId, p.shortAbandonSeconds, p.slThresholdS]);
      await db.query(CONTACT_SURVEY_MERGE_SQL, [p.orgId]);
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
