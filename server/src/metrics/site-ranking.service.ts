import { Injectable } from '@nestjs/common';
import { Parts, definitionFor, describeVariant } from '@cxlens/shared';
import { SiteRankingArgs } from './dto/metric-args';
import { RankingTest } from './dto/metric-enums';
import { SiteRanking } from './dto/site-ranking.types';
import { planMetrics } from './engine/metrics-plan';
import { reportingPeriod } from './engine/result-parts';
import { SliceMap } from './engine/slices';
import { MetricSettingsService } from './metric-settings.service';
import { rankSites } from './ranking/site-ranking';
import { SliceLoader } from './slice-loader';

/** Site → channel → parts, from slices grouped by [SITE, CHANNEL]. */
function partsBySiteAndChannel(slices: SliceMap): Map<string, Map<string, Parts>> {
  const bySite = new Map<string, Map<string, Parts>>();
  for (const { dimensions, parts } of slices.values()) {
    const [site, channel] = dimensions.map((d) => d.id!);
    if (!bySite.has(site)) bySite.set(site, new Map());
    bySite.get(site)!.set(channel, parts);
  }
  return bySite;
}

@Injectable()
export class SiteRankingService {
  constructor(
    private readonly settings: MetricSettingsService,
    private readonly slices: SliceLoader,
  ) {}

  async siteRanking(orgId: string, args: SiteRankingArgs): Promise<SiteRanking> {
    const settings = await this.settings.forOrganization(orgId);
    const mixAdjusted = Boolean(args.mixAdjusted);
    // Per site and channel: the crude ranking sums the channels, the mix adjustment re-weights them.
    const request = { filter: args.filter, measures: [args.measure], groupBy: ['SITE', 'CHANNEL'], granularity: 'NONE', compareTo: null, source: 'AUTO' } as const;
    const plan = planMetrics(orgId, request, settings);
    const ranking = rankSites(args.measure, settings, partsBySiteAndChannel(await this.slices.load(plan, plan.current)), mixAdjusted);
    const { testMethod } = definitionFor(args.measure, settings);
    const test: RankingTest = mixAdjusted && testMethod !== 'NONE' ? 'STANDARDIZED_Z' : testMethod;
    return {
      measure: args.measure,
      variant: describeVariant(args.measure, settings),
      period: reportingPeriod(plan.current),
      source: plan.source,
      mixAdjusted,
      test,
      pValueAdjustment: 'BENJAMINI_HOCHBERG',
      organization: ranking.organization,
      channelWeights: ranking.channelWeights as SiteRanking['channelWeights'],
      sites: ranking.sites as SiteRanking['sites'],
    };
  }
}
