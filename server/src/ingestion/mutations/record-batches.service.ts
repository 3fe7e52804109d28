import { Injectable } from '@nestjs/common';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { userInputError } from '../../common/user-input-error';
import { ImportKind, Rejection } from '../import-kind';
import { ImportRunner } from '../import-runner';
import { inputRecords } from '../record-sources';
import { CollectingRejectionSink } from '../rejection-sink';

export const MAX_BATCH = 5000;
const LISTED_IN_MESSAGE = 10;
const LISTED_IN_EXTENSIONS = 100;

@ObjectType({ description: 'What a record* mutation did. The batch is all-or-nothing.' })
export class RecordResult {
  @Field(() => Int)
  inserted: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int, { description: 'Inputs equal to what was stored (or repeated in the batch).' })
  unchanged: number;

  @Field(() => [ID], { description: 'Ids of the stored rows, one per input, in input order.' })
  ids: string[];
}

const camelCase = (field: string) => field.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const where = (r: Rejection) => `inputs[${r.line}]${r.field ? `.${camelCase(r.field)}` : ''}`;

function invalidBatch(rejections: readonly Rejection[], total: number): GraphQLError {
  const rows = new Set(rejections.map((r) => r.line)).size;
  const listed = rejections.slice(0, LISTED_IN_MESSAGE).map((r) => `${where(r)}${r.value === null ? '' : ` = ${JSON.stringify(r.value)}`}: ${r.reason}`);
  const more = rejections.length > LISTED_IN_MESSAGE ? `; and ${rejections.length - LISTED_IN_MESSAGE} more` : '';
  return new GraphQLError(`${rows} of ${total} inputs are invalid; nothing was recorded: ${listed.join('; ')}${more}`, {
    extensions: {
      code: 'BAD_USER_INPUT',
      errors: rejections.slice(0, LISTED_IN_EXTENSIONS).map((r) => ({ index: r.line, field: r.field && camelCase(r.field), value: r.value, reason: r.reason })),
    },
  });
}

/**
 * GraphQL batches take the file path: the inputs become records and go
 * through the same validation, staging and merge, in strict mode.
 */
@Injectable()
export class RecordBatchesService {
  private readonly runner: ImportRunner;

  constructor(db: DataSource) {
    this.runner = new ImportRunner(db);
  }

  async record(orgId: string, kind: ImportKind, inputs: readonly object[], slThresholdS = 20): Promise<RecordResult> {
    if (inputs.length > MAX_BATCH) {
      throw userInputError(`at most ${MAX_BATCH.toLocaleString('en')} inputs per call, got ${inputs.length.toLocaleString('en')}; split the batch or upload a file (POST /api/imports/${kind})`, 'inputs');
    }
    if (inputs.length === 0) return { inserted: 0, updated: 0, unchanged: 0, ids: [] };
    const sink = new CollectingRejectionSink();
    const settings = {
      orgId, kind, mode: 'strict', dryRun: false, dateFormats: [], createMissing: false, siteDefaults: null, slThresholdS, source: 'api', returnIds: true,
    } as const;
    const outcome = await this.runner.run(settings, [inputRecords(inputs)], sink);
    if (outcome.status === 'REJECTED') throw invalidBatch(sink.first, inputs.length);
    const { inserted, updated, unchanged } = outcome.counts;
    return { inserted, updated, unchanged, ids: outcome.ids ?? [] };
  }
}
