import { EvaluationForm } from '../evaluations/evaluation-form.entity';
import { ProcessEvaluation } from '../evaluations/process-evaluation.entity';
import { ContactRecord } from '../ingestion/contact-record.entity';
import { ImportJob } from '../ingestion/jobs/import-job.entity';
import { ImportMapping } from '../ingestion/jobs/import-mapping.entity';
import { ImportRejection } from '../ingestion/jobs/import-rejection.entity';
import { KpiInterval } from '../kpis/kpi-interval.entity';
import { Organization } from '../organizations/organization.entity';
import { Program } from '../programs/program.entity';
import { SurveyResponse } from '../responses/survey-response.entity';
import { Site } from '../sites/site.entity';

/** Every TypeORM entity; the schema itself comes only from migrations/. */
export const ENTITIES = [
  Organization, Program, Site, SurveyResponse, ProcessEvaluation, KpiInterval,
  ContactRecord, ImportJob, ImportRejection, ImportMapping, EvaluationForm,
];
