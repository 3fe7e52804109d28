import { Module } from '@nestjs/common';
import { MetricsModule } from '../metrics/metrics.module';
import { DriversService } from './drivers.service';
import { VopRepository } from './vop.repository';
import { VopResolver } from './vop.resolver';
import { VopService } from './vop.service';

@Module({ imports: [MetricsModule], providers: [VopRepository, VopService, DriversService, VopResolver] })
export class VopModule {}
