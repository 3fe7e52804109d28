import { DEFAULT_METRIC_SETTINGS, DEFAULT_SCORING_RULES, ScoringRules } from '@cxlens/shared';
import { DateFormat } from './mapping/timestamps';
import { ORG_FORMS_SQL, ORG_PROGRAMS_SQL, ORG_SETTINGS_SQL, ORG_SITES_SQL } from './queries/reference-data.sql';
import type { PgQueryable } from './queryable';
import { ValidationContext } from './validation/kind-definition';
import { ReferenceResolver, SiteDefaults } from './validation/references';

export interface ContextOptions {
  dateFormats: readonly DateFormat[];
  createMissing: boolean;
  siteDefaults: SiteDefaults | null;
}

export interface ImportContext {
  validation: ValidationContext;
  /** The organisation's short-abandon threshold (its settings, else the metric default). */
  shortAbandonSeconds: number;
}

function shortAbandonSecondsOf(settings: Record<string, unknown> | undefined): number {
  const own = settings?.shortAbandonSeconds;
  return typeof own === 'number' && Number.isFinite(own) && own >= 0 ? own : DEFAULT_METRIC_SETTINGS.shortAbandonSeconds;
}

/** Everything a row is checked against, read once per import (sites and programs are few). */
export async function loadImportContext(db: PgQueryable, orgId: string, options: ContextOptions): Promise<ImportContext> {
  // One client runs one query at a time.
  const { rows: sites } = await db.query(ORG_SITES_SQL, [orgId]);
  const { rows: programs } = await db.query(ORG_PROGRAMS_SQL, [orgId]);
  const { rows: forms } = await db.query(ORG_FORMS_SQL, [orgId]);
  const { rows: org } = await db.query(ORG_SETTINGS_SQL, [orgId]);
  const rulesByForm = new Map<string, ScoringRules>((forms as (ScoringRules & { name: string })[]).map((f) => [f.name.trim().toLowerCase(), f]));
  return {
    validation: {
      refs: new ReferenceResolver(sites, programs, options.createMissing, options.siteDefaults),
      dateFormats: options.dateFormats,
      scoringRules: (form) => (form && rulesByForm.get(form.trim().toLowerCase())) || DEFAULT_SCORING_RULES,
    },
    shortAbandonSeconds: shortAbandonSecondsOf(org[0]?.settings),
  };
}
