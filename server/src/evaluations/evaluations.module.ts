import { Module } from '@nestjs/common';
import { EvaluationsResolver } from './evaluations.resolver';
import { EvaluationsService } from './evaluations.service';

@Module({ providers: [EvaluationsService, EvaluationsResolver], exports: [EvaluationsService] })
export class EvaluationsModule {}
