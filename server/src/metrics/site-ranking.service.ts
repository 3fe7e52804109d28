import { Injectable } from '@nestjs/common';
import { Parts, definitionFor, describeVariant } from '@cxlens/shared';
import { SiteRankingArgs } from './dto/metric-args';
import { RankingTest } from './dto/metric-enums';
import { SiteRanking } from './dto/site-ranking.types';
import { MetricsPlan, planMetrics } from './engine/metrics-plan';
import { reportingPeriod } from './engine/result-parts';
import { SliceMap } from './engine/slices';
import { TenantDb } from '../tenancy/tenant-db';
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

/** Fewer other sites than this and an organisation total would let a site manager subtract their way to a peer's number. */
export const MIN_OTHER_SITES_FOR_BENCHMARK = 3;

@Injectable()
export class SiteRankingService {
  constructor(
    private readonly settings: MetricSettingsService,
    private readonly slices: SliceLoader,
    private readonly db: TenantDb,
  ) {}

  /**
   * Parts per site and channel. A site manager's own query sees only their sites (row-level
   * security); the organisation benchmark is read org-wide in a separate scope, and only the
   * manager's own sites leave this function by name.
   */
  private async sitesAndBenchmark(plan: MetricsPlan): Promise<{ parts: Map<string, Map<string, Parts>>; ownSites: Set<string> | null }> {
    const scope = this.db.scope();
    if (scope.siteIds === '*') return { parts: partsBySiteAndChannel(await this.slices.load(plan, plan.current)), ownSites: null };
    const ownSites = new Set(scope.siteIds);
    const orgWide = partsBySiteAndChannel(await this.db.withScope({ orgId: scope.orgId, siteIds: '*' }, () => this.slices.load(plan, plan.current)));
    const others = [...orgWide.keys()].filter((site) => !ownSites.has(site)).length;
    if (others >= MIN_OTHER_SITES_FOR_BENCHMARK) return { parts: orgWide, ownSites };
    return { parts: new Map([...orgWide].filter(([site]) => ownSites.has(site))), ownSites: new Set() };
  }

  async siteRanking(orgId: string, args: SiteRankingArgs): Promise<SiteRanking> {
    const settings = await this.settings.forOrganization(orgId);
    const mixAdjusted = Boolean(args.mixAdjusted);
    // Per site and channel: the crude ranking sums the channels, the mix adjustment re-weights them.
    const request = { filter: args.filter, measures: [args.measure], groupBy: ['SITE', 'CHANNEL'], granularity: 'NONE', compareTo: null, source: 'AUTO' } as const;
    const plan = planMetrics(orgId, request, settings);
    const { parts, ownSites } = await this.sitesAndBenchmark(plan);
    const ranking = rankSites(args.measure, settings, parts, mixAdjusted);
    const visible = ownSites && ownSites.size > 0 ? ranking.sites.filter((site) => ownSites.has(site.siteId)) : ranking.sites;
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
      organizationWide: ownSites === null || ownSites.size > 0,
      channelWeights: ranking.channelWeights as SiteRanking['channelWeights'],
      sites: visible as SiteRanking['sites'],
    };
  }
}
