import { Module } from '@nestjs/common';
import { ProgramsResolver } from './programs.resolver';

@Module({ providers: [ProgramsResolver] })
export class ProgramsModule {}
