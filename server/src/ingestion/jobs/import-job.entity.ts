import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ImportKind, ImportMode, ImportStatus } from '../import-kind';
import { ImportKindEnum, ImportModeEnum, ImportStatusEnum } from './import-graphql-enums';

const bigintAsNumber = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@ObjectType({ description: 'One import of a file: who, when, what, and what became of its rows.' })
@Entity('import_job')
export class ImportJob {
  @PrimaryColumn({ name: 'org_id', type: 'bigint' })
  orgId: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  id: string;

  @Field(() => ImportKindEnum)
  @Column('text')
  kind: ImportKind;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'file_name', nullable: true })
  fileName: string | null;

  @Field(() => Float, { nullable: true, description: 'Bytes received.' })
  @Column('bigint', { name: 'size_bytes', nullable: true, transformer: bigintAsNumber })
  sizeBytes: number | null;

  @Field(() => ImportModeEnum)
  @Column('text')
  mode: ImportMode;

  @Field({ description: 'Validated and merged, then rolled back: nothing was written.' })
  @Column('boolean', { name: 'dry_run' })
  dryRun: boolean;

  @Field(() => ImportStatusEnum)
  @Column('text')
  status: ImportStatus;

  @Field(() => Int, { description: 'Data rows read (the header excluded).' })
  @Column('integer', { name: 'rows_read' })
  rowsRead: number;

  @Field(() => Int)
  @Column('integer', { name: 'rows_inserted' })
  rowsInserted: number;

  @Field(() => Int)
  @Column('integer', { name: 'rows_updated' })
  rowsUpdated: number;

  @Field(() => Int, { description: 'Valid rows equal to what was already stored (a re-import), or repeated in the file.' })
  @Column('integer', { name: 'rows_unchanged' })
  rowsUnchanged: number;

  @Field(() => Int, { description: 'Rows left out by a --skip-empty rule.' })
  @Column('integer', { name: 'rows_skipped' })
  rowsSkipped: number;

  @Field(() => Int)
  @Column('integer', { name: 'rows_rejected' })
  rowsRejected: number;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'error_summary', nullable: true })
  errorSummary: string | null;

  @Column('jsonb', { default: {} })
  options: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'The user who imported (once authentication exists).' })
  @Column('text', { name: 'created_by', nullable: true })
  createdBy: string | null;

  @Field()
  @Column('timestamptz', { name: 'started_at' })
  startedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'finished_at', nullable: true })
  finishedAt: Date | null;

  @Field(() => Int, { nullable: true })
  @Column('integer', { name: 'duration_ms', nullable: true })
  durationMs: number | null;
}
