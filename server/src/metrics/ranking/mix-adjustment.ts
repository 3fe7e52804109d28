import {
  METRIC_CONFIDENCE,
  MetricId,
  MetricSettings,
  Part,
  Parts,
  addPartsInto,
  computeMetric,
  definitionFor,
  directStandardize,
  normalCriticalValue,
  twoSidedNormalP,
} from '@cxlens/shared';

/** Parts per channel of one unit (a site, the rest of the organisation, the organisation). */
export type ChannelParts = ReadonlyMap<string, Parts>;

/** A unit's parts in one channel; undefined when it has none there. */
export type PartsIn = (channel: string) => Parts | undefined;

export interface ChannelWeight {
  channel: string;
  /** The organisation's n of the measure in this channel over the period. */
  n: number;
  /** n as a share of the organisation's total: the mix every site is re-weighted to. */
  share: number;
}

export interface StandardizedEstimate {
  value: number | null;
  standardError: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Share of the organisation's mix the unit has data for (1 = every channel). */
  coverage: number;
  missingChannels: string[];
}

/** Sums the channel parts of several units, channel by channel. */
export function sumChannelParts(units: Iterable<ChannelParts>): Map<string, Parts> {
  const total = new Map<string, Parts>();
  for (const unit of units) {
    for (const [channel, parts] of unit) {
      const sum = total.get(channel);
      if (sum) addPartsInto(sum, parts);
      else total.set(channel, addPartsInto({}, parts));
    }
  }
  return total;
}

/**
 * The rest of the organisation in one channel: the organisation's parts less one unit's. The same
 * sums as adding up every other unit (exact for the integer counts and sums; score sums to
 * rounding), in time linear in the number of sites rather than quadratic.
 */
export function partsWithout(total: Parts, unit: Parts | undefined): Parts {
  if (!unit) return total;
  const rest: Parts = {};
  for (const part in total) rest[part as Part] = (total[part as Part] ?? 0) - (unit[part as Part] ?? 0);
  return rest;
}

/** The organisation's channel mix: weight = its n of the measure in each channel. */
export function organisationMix(measure: MetricId, organisation: ChannelParts, settings: MetricSettings): ChannelWeight[] {
  const counts = [...organisation].map(([channel, parts]) => ({ channel, n: computeMetric(measure, parts, settings).n })).filter((w) => w.n > 0);
  const total = counts.reduce((sum, w) => sum + w.n, 0);
  return counts.sort((a, b) => b.n - a.n || a.channel.localeCompare(b.channel)).map((w) => ({ ...w, share: w.n / total }));
}

const CRITICAL_VALUE = normalCriticalValue(METRIC_CONFIDENCE);

/**
 * Direct standardisation: the unit's per-channel values re-weighted to the organisation's mix,
 * with the variance of the weighted sum (channels are independent samples). A channel the unit
 * lacks drops out and the weights are renormalised; `coverage` says how much of the mix is left.
 */
export function standardize(measure: MetricId, partsIn: PartsIn, mix: readonly ChannelWeight[], settings: MetricSettings): StandardizedEstimate {
  const strata = mix.map(({ channel, n }) => {
    const result = computeMetric(measure, partsIn(channel) ?? {}, settings);
    const se = result.standardError;
    return { key: channel, weight: n, value: result.value, variance: se === null ? null : se * se };
  });
  const standardized = directStandardize(strata);
  const { min, max } = definitionFor(measure, settings).scale;
  const half = standardized.standardError === null ? null : CRITICAL_VALUE * standardized.standardError;
  const value = standardized.value;
  return {
    value,
    standardError: standardized.standardError,
    ciLow: value === null || half === null ? null : Math.max(min, value - half),
    ciHigh: value === null || half === null ? null : Math.min(max ?? Infinity, value + half),
    coverage: standardized.coverage,
    missingChannels: standardized.missing,
  };
}

/** Two-sided z test of two independent standardised estimates; null without both standard errors. */
export function standardizedDifferenceP(a: StandardizedEstimate, b: StandardizedEstimate): number | null {
  if (a.value === null || b.value === null || a.standardError === null || b.standardError === null) return null;
  const se = Math.sqrt(a.standardError ** 2 + b.standardError ** 2);
  if (!(se > 0)) return null;
  return twoSidedNormalP((a.value - b.value) / se);
}
