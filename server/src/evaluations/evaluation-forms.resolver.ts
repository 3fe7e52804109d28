import { Allow } from '../auth/policy.decorators';
import { Args, Field, Float, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { CriticalMode } from '@cxlens/shared';
import { DataSource } from 'typeorm';
import { userInputError } from '../common/user-input-error';
import { inOrgTransaction } from '../ingestion/queryable';
import { CurrentOrgId } from '../organizations/org-context';
import { CriticalModeEnum, EvaluationForm } from './evaluation-form.entity';

@InputType()
export class EvaluationFormInput {
  @Field({ description: 'Matched (case-insensitively) to the form named on evaluations.' })
  name: string;
  @Field(() => CriticalModeEnum, { defaultValue: 'GATE' })
  criticalMode: CriticalMode;
  @Field(() => Float, { defaultValue: 80 })
  passMarkPct: number;
  @Field(() => Float, { defaultValue: 100, description: 'At most 100 (process_evaluation stores 0-100).' })
  scoreCapPct: number;
}

const FORM_COLUMNS = `id, name, critical_mode AS "criticalMode", pass_mark_pct::float8 AS "passMarkPct", score_cap_pct::float8 AS "scoreCapPct"`;
const UPSERT_FORM_SQL = `
  INSERT INTO evaluation_form (org_id, name, critical_mode, pass_mark_pct, score_cap_pct) VALUES ($1, $2, $3, $4, $5)
  ON CONFLICT (org_id, name) DO UPDATE SET critical_mode = excluded.critical_mode, pass_mark_pct = excluded.pass_mark_pct,
    score_cap_pct = excluded.score_cap_pct
  RETURNING ${FORM_COLUMNS}`;
const FORMS_SQL = `SELECT ${FORM_COLUMNS} FROM evaluation_form WHERE org_id = $1 ORDER BY name`;

/** Scoring rules per checklist: imports and record mutations score items with them. */
@Resolver(() => EvaluationForm)
export class EvaluationFormsResolver {
  constructor(private readonly db: DataSource) {}

  @Allow('data:read')
  @Query(() => [EvaluationForm])
  evaluationForms(@CurrentOrgId() orgId: string): Promise<EvaluationForm[]> {
    return inOrgTransaction(this.db, orgId, (query) => query(FORMS_SQL, [orgId]));
  }

  @Allow('org:manage')
  @Mutation(() => EvaluationForm, { description: 'Creates or replaces the scoring rules of the form with this name.' })
  async saveEvaluationForm(@CurrentOrgId() orgId: string, @Args('input') input: EvaluationFormInput): Promise<EvaluationForm> {
    const name = input.name.trim();
    if (name === '' || name.length > 200) throw userInputError('name must be 1-200 characters, not blank', 'name');
    if (!(input.passMarkPct >= 0 && input.passMarkPct <= 100)) throw userInputError(`passMarkPct must be 0-100, got ${input.passMarkPct}`, 'passMarkPct');
    if (!(input.scoreCapPct >= input.passMarkPct && input.scoreCapPct <= 100)) {
      throw userInputError(`scoreCapPct must be between passMarkPct (${input.passMarkPct}) and 100, got ${input.scoreCapPct}`, 'scoreCapPct');
    }
    const params = [orgId, name, input.criticalMode, input.passMarkPct, input.scoreCapPct];
    const [form] = await inOrgTransaction(this.db, orgId, (query) => query(UPSERT_FORM_SQL, params));
    return form;
  }
}
