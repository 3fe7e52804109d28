import { Module } from '@nestjs/common';
import { RequestLoaders } from './loaders/request-loaders';
import { MetricCatalogResolver } from './metric-catalog.resolver';
import { MetricSettingsService } from './metric-settings.service';
import { MetricsRepository } from './metrics.repository';
import { MetricColumnsResolver } from './metric-columns.resolver';
import { MetricsResolver } from './metrics.resolver';
import { MetricsService } from './metrics.service';
import {
  DimensionValueResolver,
  KpiIntervalSiteResolver,
  ProcessEvaluationSiteResolver,
  SurveyResponseSiteResolver,
} from './nested-fields.resolvers';
import { SiteRankingService } from './site-ranking.service';
import { SliceLoader } from './slice-loader';
import { SummaryService } from './summary.service';

@Module({
  providers: [
    MetricsRepository,
    SliceLoader,
    MetricSettingsService,
    MetricsService,
    SummaryService,
    SiteRankingService,
    RequestLoaders,
    MetricsResolver,
    MetricColumnsResolver,
    MetricCatalogResolver,
    DimensionValueResolver,
    SurveyResponseSiteResolver,
    ProcessEvaluationSiteResolver,
    KpiIntervalSiteResolver,
  ],
  exports: [MetricsService, MetricSettingsService, SliceLoader],
})
export class MetricsModule {}
