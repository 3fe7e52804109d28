/** The fields of a MetricCell every view reads (value, interval, sample, change and its test). */
export const METRIC_CELL_FIELDS = 'metric value n ciLow ciHigh lowSample previousValue delta pValue adjustedPValue significant';

export const SITE_REF_FIELDS = 'id code name city country region timeZone';

export const METRIC_SETTINGS_FIELDS =
  'serviceLevelAbandons shortAbandonSeconds fcrMethod csatMethod minSample passMarkPct scoreCapPct';
