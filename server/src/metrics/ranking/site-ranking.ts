import { MetricId, MetricSettings, Parts, SIGNIFICANCE_LEVEL, addParts, benjaminiHochberg, compareMetric, computeMetric, definitionFor } from '@cxlens/shared';
import { userInputError } from '../../common/user-input-error';
import { ChannelParts, ChannelWeight, StandardizedEstimate, channelPartsWithout, organisationMix, partsWithout, standardize, standardizedDifferenceP, sumChannelParts } from './mix-adjustment';

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

const sumOf = (unit: ChannelParts): Parts => addParts(...unit.values());

/** The organisation's parts per channel and in total: each site's rest is this less the site. */
interface OrganizationParts {
  channels: ChannelParts;
  total: Parts;
}

type Scored = Omit<RankedSiteValue, 'rank' | 'adjustedPValue' | 'significant'>;

function crudeSite(measure: MetricId, settings: MetricSettings, siteId: string, all: SiteChannelParts, org: OrganizationParts, organization: OrganizationValue): Scored {
  const site = sumOf(all.get(siteId)!);
  const rest = partsWithout(org.total, site);
  const result = computeMetric(measure, site, settings);
  return {
    siteId,
    value: result.value,
    n: result.n,
    ciLow: result.ciLow,
    ciHigh: result.ciHigh,
    lowSample: result.lowSample,
    differenceFromOrganization: result.value === null || organization.value === null ? null : result.value - organization.value,
    pValue: compareMetric(measure, site, rest, settings).pValue,
    coverage: null,
    missingChannels: [],
  };
}

function adjustedSite(
  measure: MetricId,
  settings: MetricSettings,
  siteId: string,
  all: SiteChannelParts,
  org: OrganizationParts,
  mix: ChannelWeight[],
  organization: OrganizationValue,
): Scored {
  const siteChannels = all.get(siteId)!;
  const site: StandardizedEstimate = standardize(measure, siteChannels, mix, settings);
  // Like for like: the rest is standardised over the channels the site has data in.
  const shared = mix.filter((w) => !site.missingChannels.includes(w.channel));
  const rest = standardize(measure, channelPartsWithout(org.channels, siteChannels), shared, settings);
  const crude = computeMetric(measure, sumOf(siteChannels), settings);
  return {
    siteId,
    value: site.value,
    n: crude.n,
    ciLow: site.ciLow,
    ciHigh: site.ciHigh,
    lowSample: crude.lowSample,
    differenceFromOrganization: site.value === null || organization.value === null ? null : site.value - organization.value,
    pValue: standardizedDifferenceP(site, rest),
    coverage: site.coverage,
    missingChannels: site.missingChannels,
  };
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Competition ranking ("1224") in the measure's good direction; sites without a value come last, unranked. */
function rank(scored: Scored[], higherIsBetter: boolean | null): Map<string, number | null> {
  const sign = higherIsBetter === false ? 1 : -1;
  const valued = scored.filter((s) => s.value !== null).sort((a, b) => sign * (a.value! - b.value!));
  const ranks = new Map<string, number | null>(scored.map((s) => [s.siteId, null]));
  valued.forEach((s, i) => {
    const previous = valued[i - 1];
    ranks.set(s.siteId, previous && sameValue(previous.value!, s.value!) ? ranks.get(previous.siteId)! : i + 1);
  });
  return ranks;
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
  const orgChannels = sumChannelParts([...parts.values()]);
  const orgParts: OrganizationParts = { channels: orgChannels, total: sumOf(orgChannels) };
  const org = computeMetric(measure, orgParts.total, settings);
  const organization: OrganizationValue = { value: org.value, n: org.n, ciLow: org.ciLow, ciHigh: org.ciHigh, lowSample: org.lowSample };
  const mix = mixAdjusted ? organisationMix(measure, orgChannels, settings) : null;
  const scored = [...parts.keys()].map((siteId) =>
    mix ? adjustedSite(measure, settings, siteId, parts, orgParts, mix, organization) : crudeSite(measure, settings, siteId, parts, orgParts, organization),
  );
  const adjusted = benjaminiHochberg(scored.map((s) => s.pValue ?? NaN));
  const ranks = rank(scored, definition.higherIsBetter);
  const sites = scored.map((s, i) => {
    const adjustedPValue = s.pValue === null ? null : adjusted[i];
    return { ...s, rank: ranks.get(s.siteId)!, adjustedPValue, significant: adjustedPValue !== null && adjustedPValue < SIGNIFICANCE_LEVEL };
  });
  sites.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.siteId.localeCompare(b.siteId, 'en', { numeric: true }));
  return { organization, sites, channelWeights: mix };
}
