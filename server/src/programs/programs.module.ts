import { Module } from '@nestjs/common';
import { ProgramMutationsResolver } from './program-mutations.resolver';
import { ProgramsResolver } from './programs.resolver';

@Module({ providers: [ProgramsResolver, ProgramMutationsResolver] })
export class ProgramsModule {}
