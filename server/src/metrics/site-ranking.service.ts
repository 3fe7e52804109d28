import { Injectable } from '@nestjs/common';
import { Parts, definitionFor, describeVariant } from '@cxlens/shared';
import { SiteRankingArgs } from './dto/metric-args';
import { RankingTest } from './dto/metric-enums';
import { SiteRanking, SiteRankingEntry } from './dto/site-ranking.types';
import { MetricsPlan, planMetrics } from './engine/metrics-plan';
import { reportingPeriod } from './engine/result-parts';
import { SliceTable } from './engine/slices';
import { TenantDb } from '../tenancy/tenant-db';
import { MetricSettingsService } from './metric-settings.service';
import { MetricsRepository } from './metrics.repository';
import { rankSites } from './ranking/site-ranking';
import { SliceLoader } from './slice-loader';

/** Site → channel → parts, from slices grouped by [SITE, CHANNEL]. */
function partsBySiteAndChannel(slices: SliceTable): Map<string, Map<string, Parts>> {
  const bySite = new Map<string, Map<string, Parts>>();
  for (let position = 0; position < slices.size; position++) {
    const site = slices.idOf(position, 0)!;
    let channels = bySite.get(site);
    if (!channels) bySite.set(site, (channels = new Map()));
    channels.set(slices.idOf(position, 1)!, slices.readParts(position, {}));
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
    private readonly repository: MetricsRepository,
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

  /**
   * Sets each entry's site from one query in the caller's own scope (row-level security: a site manager reads only
   * their sites, the only entries that leave the service by name). A plain property: a field resolver per entry cost
   * more than the ranking (200 trips through Nest's resolver pipeline and DataLoader per request).
   */
  private async attachSites(orgId: string, entries: SiteRankingEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const sites = new Map((await this.repository.sitesByIds(orgId, entries.map((entry) => entry.siteId))).map((site) => [site.id, site]));
    for (const entry of entries) entry.site = sites.get(entry.siteId)!;
  }

  async siteRanking(orgId: string, args: SiteRankingArgs): Promise<SiteRanking> {
    const settings = await this.settings.forOrganization(orgId);
    const mixAdjusted = Boolean(args.mixAdjusted);
    // Per site and channel: the crude ranking sums the channels, the mix adjustment re-weights them.
    const request = { filter: args.filter, measures: [args.measure], groupBy: ['SITE', 'CHANNEL'], granularity: 'NONE', compareTo: null, source: 'AUTO' } as const;
    const plan = planMetrics(orgId, request, settings);
    const { parts, ownSites } = await this.sitesAndBenchmark(plan);
    const ranking = rankSites(args.measure, settings, parts, mixAdjusted);
    const visible = (ownSites && ownSites.size > 0 ? ranking.sites.filter((site) => ownSites.has(site.siteId)) : ranking.sites) as SiteRankingEntry[];
    await this.attachSites(orgId, visible);
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
      sites: visible,
    };
  }
}
