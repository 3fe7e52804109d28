import { DEFAULT_METRIC_SETTINGS, MetricSettings, resolveMetricSettings } from '@cxlens/shared';
import { userInputError } from '../../common/user-input-error';

/** The organisation's stored overrides; anything but an object counts as none, and settings this version no longer knows are ignored. */
export function storedOverrides(stored: unknown): Partial<MetricSettings> {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  return Object.fromEntries(Object.entries(stored).filter(([key]) => key in DEFAULT_METRIC_SETTINGS)) as Partial<MetricSettings>;
}

/** The changed settings only, validated together with what is stored; throws a user error naming the setting. */
export function validatedChanges(stored: Partial<MetricSettings>, input: Partial<MetricSettings>): Partial<MetricSettings> {
  const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined && value !== null));
  try {
    resolveMetricSettings({ ...stored, ...changes });
  } catch (error) {
    if (error instanceof RangeError) throw userInputError(error.message, /metric setting (\w+)/.exec(error.message)?.[1]);
    throw error;
  }
  return changes as Partial<MetricSettings>;
}

const RECORDED_AT_IMPORT: Partial<Record<keyof MetricSettings, string>> = {
  shortAbandonSeconds:
    'Short abandons are counted per interval when KPI data is imported (abandoned_short); intervals already stored keep their counts, ' +
    'so the new threshold applies to data imported from now on. Re-import a period to restate it; its daily rollups are rebuilt with it.',
  passMarkPct:
    'Pass or fail is decided when an evaluation is imported and stored with it; evaluations already stored keep their result, ' +
    'so MYSTERY_PASS and QA_PASS change for data imported from now on. Re-import a period to restate it; its daily rollups are rebuilt with it.',
  scoreCapPct:
    'Scores are capped when evaluations are imported; stored scores keep their cap until re-imported (their daily rollups are rebuilt with them).',
};

/** What a change means for the numbers, in words, for the response and the audit trail. */
export function settingEffects(before: MetricSettings, after: MetricSettings): string[] {
  const effects: string[] = [];
  const changed = (Object.keys(after) as (keyof MetricSettings)[]).filter((key) => before[key] !== after[key]);
  for (const key of changed) {
    effects.push(RECORDED_AT_IMPORT[key] ?? `${key} applies when metrics are computed: every period, history included, uses it from now on.`);
  }
  return effects;
}
