import { ProcessEvaluation } from '../evaluations/process-evaluation.entity';
import { KpiInterval } from '../kpis/kpi-interval.entity';
import { Organization } from '../organizations/organization.entity';
import { Program } from '../programs/program.entity';
import { SurveyResponse } from '../responses/survey-response.entity';
import { Site } from '../sites/site.entity';

/** Every TypeORM entity; the schema itself comes only from migrations/. */
export const ENTITIES = [Organization, Program, Site, SurveyResponse, ProcessEvaluation, KpiInterval];
