import { MetricId } from './ids';
import { ALL_PARTS, Part } from './parts';
import { definitionFor } from './registry';
import { MetricSettings, resolveMetricSettings } from './settings';

/** The union of parts the metrics need under the settings, in PARTS_BY_FACT order. */
export function requiredParts(ids: readonly MetricId[], settings: Partial<MetricSettings> = {}): Part[] {
  const resolved = resolveMetricSettings(settings);
  const needed = new Set<Part>(ids.flatMap((id) => definitionFor(id, resolved).parts));
  return ALL_PARTS.filter((part) => needed.has(part));
}
