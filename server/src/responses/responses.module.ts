import { Module } from '@nestjs/common';
import { ResponsesResolver } from './responses.resolver';
import { ResponsesService } from './responses.service';

@Module({ providers: [ResponsesService, ResponsesResolver], exports: [ResponsesService] })
export class ResponsesModule {}
