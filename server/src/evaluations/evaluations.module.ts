import { Module } from '@nestjs/common';
import { EvaluationFormsResolver } from './evaluation-forms.resolver';
import { EvaluationsResolver } from './evaluations.resolver';
import { EvaluationsService } from './evaluations.service';

@Module({ providers: [EvaluationsService, EvaluationsResolver, EvaluationFormsResolver], exports: [EvaluationsService] })
export class EvaluationsModule {}
