import { Injectable } from '@nestjs/common';
import { MetricSettings, resolveMetricSettings } from '@cxlens/shared';
import { settingEffects, storedOverrides, validatedChanges } from './catalog/settings-changes';
import { MetricsRepository } from './metrics.repository';

/** The organisation's metric variants, kept in organization.settings.metrics as overrides of the defaults. */
@Injectable()
export class MetricSettingsService {
  constructor(private readonly repository: MetricsRepository) {}

  async forOrganization(orgId: string): Promise<MetricSettings> {
    return resolveMetricSettings(storedOverrides(await this.repository.storedMetricSettings(orgId)));
  }

  async update(orgId: string, input: Partial<MetricSettings>): Promise<{ settings: MetricSettings; effects: string[] }> {
    const stored = storedOverrides(await this.repository.storedMetricSettings(orgId));
    const before = resolveMetricSettings(stored);
    const changes = validatedChanges(stored, input);
    const overrides = { ...stored, ...changes };
    await this.repository.saveMetricSettings(orgId, overrides);
    const settings = resolveMetricSettings(overrides);
    return { settings, effects: settingEffects(before, settings) };
  }
}
