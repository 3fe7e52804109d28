import { Allow } from '../auth/policy.decorators';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { userInputError } from '../common/user-input-error';
import { inOrgTransaction } from '../ingestion/queryable';
import { CurrentOrgId } from '../organizations/org-context';
import { programProblems } from '../sites/site-rules';
import { isUniqueViolation, rejectProblems } from '../sites/site-writes.service';
import { Program } from './program.entity';
import { CreateProgramInput, UpdateProgramInput } from './program.inputs';
import { INSERT_PROGRAM_SQL, UPDATE_PROGRAM_SQL } from './program-writes.sql';

const taken = (code: string | undefined) => userInputError(`code "${code}" is already used by another program`, 'code');

@Resolver(() => Program)
export class ProgramMutationsResolver {
  constructor(private readonly db: DataSource) {}

  @Allow('org:manage')
  @Mutation(() => Program, { description: 'Creates a client program; the code must be new in the organisation.' })
  async createProgram(@CurrentOrgId() orgId: string, @Args('input') input: CreateProgramInput): Promise<Program> {
    rejectProblems(programProblems(input, true));
    try {
      const params = [orgId, input.code, input.name.trim(), input.active ?? null];
      const [program] = await inOrgTransaction(this.db, orgId, (query) => query(INSERT_PROGRAM_SQL, params));
      return program;
    } catch (error) {
      if (isUniqueViolation(error)) throw taken(input.code);
      throw error;
    }
  }

  @Allow('org:manage')
  @Mutation(() => Program, { description: 'Changes the given fields of a program.' })
  async updateProgram(@CurrentOrgId() orgId: string, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateProgramInput): Promise<Program> {
    if (!/^\d{1,18}$/.test(id)) throw userInputError(`"${id}" is not a program id`, 'id');
    const given = { code: input.code ?? undefined, name: input.name ?? undefined };
    rejectProblems(programProblems(given, false));
    try {
      const params = [orgId, id, input.code ?? null, input.name?.trim() ?? null, input.active ?? null];
      const [program] = await inOrgTransaction(this.db, orgId, (query) => query(UPDATE_PROGRAM_SQL, params));
      if (!program) throw userInputError(`No program ${id} in this organisation`, 'id');
      return program;
    } catch (error) {
      if (isUniqueViolation(error)) throw taken(input.code);
      throw error;
    }
  }
}
