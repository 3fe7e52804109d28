import { MetricId, MetricSettings, Parts, SIGNIFICANCE_LEVEL, benjaminiHochberg, compareMetric, computeMetric, definitionFor, metricSample, sumParts } from '@cxlens/shared';
import { userInputError } from '../../common/user-input-error';
import { compareIds } from '../engine/row-order';
import { ChannelParts, ChannelWeight, organisationMix, partsWithout, standardize, standardizedDifferenceP, sumChannelParts } from './mix-adjustment';

export interface RankedSiteValue {
  siteId: string;
  /** 1 = best; equal values share a rank; null when the site has no value. */
  rank: number | null;
  value: number | null;
  /** The site's own n of the measure (not re-weighted). */
  n: number;
  ciLow: number | null;
  ciHigh: number | null;
  lowSample: boolean;
  /** value - the organisation's value, in display units. */
  differenceFromOrganization: number | null;
  /** Two-sided p of the site against the rest of the organisation (independent samples). */
  pValue: number | null;
  adjustedPValue: number | null;
  significant: boolean;
  coverage: number | null;
  missingChannels: string[];
}

export interface OrganizationValue {
  value: number | null;
  n: number;
  ciLow: number | null;
  ciHigh: number | null;
  lowSample: boolean;
}

export interface SiteRankingValue {
  organization: OrganizationValue;
  sites: RankedSiteValue[];
  /** The reference mix, when mix-adjusted. */
  channelWeights: ChannelWeight[] | null;
}

/** Per site, per channel parts of one measure. */
export type SiteChannelParts = ReadonlyMap<string, ChannelParts>;

/** The organisation's parts per channel and in total: each site's rest is this less the site. */
interface OrganizationParts {
  channels: ChannelParts;
  total: Parts;
}

// Each site's entry is built once with every field (rank, adjustedPValue and significant are set in place later):
// copying every entry to add the three (an object spread per site) took a quarter of the ranking's time.

function crudeSite(measure: MetricId, settings: MetricSettings, siteId: string, siteChannels: ChannelParts, org: OrganizationParts, organization: OrganizationValue): RankedSiteValue {
  const site = sumParts(siteChannels.values());
  const rest = partsWithout(org.total, site);
  const result = computeMetric(measure, site, settings);
  return {
    siteId,
    rank: null,
    value: result.value,
    n: result.n,
    ciLow: result.ciLow,
    ciHigh: result.ciHigh,
    lowSample: result.lowSample,
    differenceFromOrganization: result.value === null || organization.value === null ? null : result.value - organization.value,
    pValue: compareMetric(measure, site, rest, settings).pValue,
    adjustedPValue: null,
    significant: false,
    coverage: null,
    missingChannels: [],
  };
}

function adjustedSite(
  measure: MetricId,
  settings: MetricSettings,
  siteId: string,
  siteChannels: ChannelParts,
  org: OrganizationParts,
  mix: ChannelWeight[],
  organization: OrganizationValue,
): RankedSiteValue {
  const site = standardize(measure, (channel) => siteChannels.get(channel), mix, settings);
  // Like for like: the rest is standardised over the channels the site has data in.
  const shared = site.missingChannels.length === 0 ? mix : mix.filter((w) => !site.missingChannels.includes(w.channel));
  const rest = standardize(measure, (channel) => partsWithout(org.channels.get(channel)!, siteChannels.get(channel)), shared, settings);
  // The site's own n and low-sample flag, without the crude interval computeMetric would compute too.
  const { n, lowSample } = metricSample(measure, sumParts(siteChannels.values()), settings);
  return {
    siteId,
    rank: null,
    value: site.value,
    n,
    ciLow: site.ciLow,
    ciHigh: site.ciHigh,
    lowSample,
    differenceFromOrganization: site.value === null || organization.value === null ? null : site.value - organization.value,
    pValue: standardizedDifferenceP(site, rest),
    adjustedPValue: null,
    significant: false,
    coverage: site.coverage,
    missingChannels: site.missingChannels,
  };
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Competition ranking ("1224") in the measure's good direction; sites without a value come last, unranked. */
function assignRanks(sites: RankedSiteValue[], higherIsBetter: boolean | null): void {
  const sign = higherIsBetter === false ? 1 : -1;
  const valued = sites.filter((s) => s.value !== null).sort((a, b) => sign * (a.value! - b.value!));
  valued.forEach((s, i) => {
    const previous = valued[i - 1];
    s.rank = previous && sameValue(previous.value!, s.value!) ? previous.rank : i + 1;
  });
}

/**
 * Sites ranked on one measure, each tested against the rest of the organisation; p-values are
 * adjusted with Benjamini–Hochberg across the sites. With mixAdjusted every site (and the rest)
 * is standardised to the organisation's channel mix before ranking and testing.
 */
export function rankSites(measure: MetricId, settings: MetricSettings, parts: SiteChannelParts, mixAdjusted: boolean): SiteRankingValue {
  const definition = definitionFor(measure, settings);
  if (mixAdjusted && definition.kind === 'count') {
    throw userInputError(`mixAdjusted applies to rates, means, ratios and NPS; ${measure} is a count`, 'mixAdjusted');
  }
  const orgChannels = sumChannelParts(parts.values());
  const orgParts: OrganizationParts = { channels: orgChannels, total: sumParts(orgChannels.values()) };
  const org = computeMetric(measure, orgParts.total, settings);
  const organization: OrganizationValue = { value: org.value, n: org.n, ciLow: org.ciLow, ciHigh: org.ciHigh, lowSample: org.lowSample };
  const mix = mixAdjusted ? organisationMix(measure, orgChannels, settings) : null;
  const sites: RankedSiteValue[] = [];
  for (const [siteId, siteChannels] of parts) {
    sites.push(
      mix ? adjustedSite(measure, settings, siteId, siteChannels, orgParts, mix, organization) : crudeSite(measure, settings, siteId, siteChannels, orgParts, organization),
    );
  }
  const adjusted = benjaminiHochberg(sites.map((s) => s.pValue ?? NaN));
  sites.forEach((s, i) => {
    const adjustedPValue = s.pValue === null ? null : adjusted[i];
    s.adjustedPValue = adjustedPValue;
    s.significant = adjustedPValue !== null && adjustedPValue < SIGNIFICANCE_LEVEL;
  });
  assignRanks(sites, definition.higherIsBetter);
  sites.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || compareIds(a.siteId, b.siteId));
  return { organization, sites, channelWeights: mix };
}
