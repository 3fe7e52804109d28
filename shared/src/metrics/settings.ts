// Metric variants an organisation chooses. Defaults follow common contact-centre practice.

export const SERVICE_LEVEL_ABANDONS = ['IGNORE', 'ALL', 'AFTER_SHORT'] as const;
export type ServiceLevelAbandons = (typeof SERVICE_LEVEL_ABANDONS)[number];

export const FCR_METHODS = ['AGENT', 'CUSTOMER', 'REPEAT_CONTACT'] as const;
export type FcrMethod = (typeof FCR_METHODS)[number];

export const CSAT_METHODS = ['TOP2', 'MEAN'] as const;
export type CsatMethod = (typeof CSAT_METHODS)[number];

export interface MetricSettings {
  /** Which abandons count against the service level (see SERVICE_LEVEL in variants.ts). */
  serviceLevelAbandons: ServiceLevelAbandons;
  /** Abandons with a wait below this many seconds are "short"; applied when rows are rolled up. */
  shortAbandonSeconds: number;
  fcrMethod: FcrMethod;
  /** What the headline satisfaction tile shows; CSAT and CSAT_MEAN both stay available. */
  csatMethod: CsatMethod;
  /** Below this n a result is flagged lowSample. */
  minSample: number;
  /** An evaluation passes at a (capped) score_pct of at least this; applied when rows are rolled up. */
  passMarkPct: number;
  /** Evaluation scores above this (bonus points) are capped before summing; applied when rows are rolled up. */
  scoreCapPct: number;
}

export const DEFAULT_METRIC_SETTINGS: Readonly<MetricSettings> = Object.freeze({
  serviceLevelAbandons: 'AFTER_SHORT',
  shortAbandonSeconds: 5,
  fcrMethod: 'AGENT',
  csatMethod: 'TOP2',
  minSample: 30,
  passMarkPct: 80,
  scoreCapPct: 100,
});

function oneOf<T extends string>(name: string, value: T, allowed: readonly T[]): void {
  if (!allowed.includes(value)) throw new RangeError(`metric setting ${name} must be one of ${allowed.join(', ')}, got ${String(value)}`);
}

function atLeast(name: string, value: number, min: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
    throw new RangeError(`metric setting ${name} must be a number >= ${min}, got ${String(value)}`);
  }
}

/** Objects this function returned: frozen, so resolving them again may hand them back as they are. */
const RESOLVED = new WeakSet<object>();

/**
 * Defaults overlaid with the organisation's choices, validated; throws RangeError naming the bad
 * setting. The result is frozen, and resolving it again is free (computeMetric resolves its
 * settings on every call, tens of thousands of times for a large result).
 */
export function resolveMetricSettings(overrides: Partial<MetricSettings> = {}): MetricSettings {
  if (RESOLVED.has(overrides)) return overrides as MetricSettings;
  const settings: MetricSettings = { ...DEFAULT_METRIC_SETTINGS };
  for (const [key, value] of Object.entries(overrides)) {
    if (!(key in DEFAULT_METRIC_SETTINGS)) throw new RangeError(`unknown metric setting ${key}`);
    if (value !== undefined) (settings as unknown as Record<string, unknown>)[key] = value;
  }
  oneOf('serviceLevelAbandons', settings.serviceLevelAbandons, SERVICE_LEVEL_ABANDONS);
  oneOf('fcrMethod', settings.fcrMethod, FCR_METHODS);
  oneOf('csatMethod', settings.csatMethod, CSAT_METHODS);
  atLeast('shortAbandonSeconds', settings.shortAbandonSeconds, 0);
  atLeast('minSample', settings.minSample, 0);
  atLeast('passMarkPct', settings.passMarkPct, 0);
  atLeast('scoreCapPct', settings.scoreCapPct, settings.passMarkPct);
  RESOLVED.add(Object.freeze(settings));
  return settings;
}
