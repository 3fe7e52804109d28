import { Allow } from '../../auth/policy.decorators';
import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import { userInputError } from '../../common/user-input-error';
import { CurrentOrgId } from '../../organizations/org-context';
import { RecordBatchesService, RecordResult } from './record-batches.service';
import { ContactRecordInput, KpiIntervalInput, ProcessEvaluationInput, SurveyResponseInput } from './record-inputs';

const BATCH = 'One to 5,000 records (a single record is a list of one); all-or-nothing, validated like an import file.';

@Resolver()
export class RecordMutationsResolver {
  constructor(private readonly batches: RecordBatchesService) {}

  @Allow('data:write')
  @Mutation(() => RecordResult, { description: `Records survey responses. ${BATCH}` })
  recordSurveyResponses(@CurrentOrgId() orgId: string, @Args('inputs', { type: () => [SurveyResponseInput] }) inputs: SurveyResponseInput[]): Promise<RecordResult> {
    return this.batches.record(orgId, 'surveys', inputs);
  }

  @Allow('data:write')
  @Mutation(() => RecordResult, { description: `Records mystery-shop and QA evaluations. ${BATCH}` })
  recordProcessEvaluations(@CurrentOrgId() orgId: string, @Args('inputs', { type: () => [ProcessEvaluationInput] }) inputs: ProcessEvaluationInput[]): Promise<RecordResult> {
    return this.batches.record(orgId, 'evaluations', inputs);
  }

  @Allow('data:write')
  @Mutation(() => RecordResult, { description: `Records KPI intervals (replacing the interval with the same site, channel, program and start). ${BATCH}` })
  recordKpiIntervals(@CurrentOrgId() orgId: string, @Args('inputs', { type: () => [KpiIntervalInput] }) inputs: KpiIntervalInput[]): Promise<RecordResult> {
    return this.batches.record(orgId, 'kpis', inputs);
  }

  @Allow('data:write')
  @Mutation(() => RecordResult, { description: `Records contact records and recomputes their KPI intervals. ${BATCH}` })
  recordContactRecords(
    @CurrentOrgId() orgId: string,
    @Args('inputs', { type: () => [ContactRecordInput] }) inputs: ContactRecordInput[],
    @Args('slThresholdS', { type: () => Int, defaultValue: 20, description: 'Service-level threshold in seconds.' }) slThresholdS: number,
  ): Promise<RecordResult> {
    if (slThresholdS < 1 || slThresholdS > 86_400) throw userInputError(`slThresholdS must be 1-86400 seconds, got ${slThresholdS}`, 'slThresholdS');
    return this.batches.record(orgId, 'contacts', inputs, slThresholdS);
  }
}
