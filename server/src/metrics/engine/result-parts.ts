import { MetricId, MetricSettings, daysInclusive, describeVariant } from '@cxlens/shared';
import { SliceWindow } from '../queries/slice-spec';

export interface ReportingPeriodValue {
  from: string;
  to: string;
  fromTime: Date | null;
  toTime: Date | null;
  days: number;
}

export function reportingPeriod(window: SliceWindow): ReportingPeriodValue {
  return { from: window.from, to: window.to, fromTime: window.fromTime, toTime: window.toTime, days: daysInclusive(window.from, window.to) };
}

export function variantsOf(measures: readonly MetricId[], settings: MetricSettings): { metric: MetricId; description: string }[] {
  return measures.map((metric) => ({ metric, description: describeVariant(metric, settings) }));
}
