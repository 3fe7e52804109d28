import { METRICS, type MetricId } from '@cxlens/shared';
import { useMemo } from 'react';
import type { MetricSettings } from '../api/types';
import { useLocale, useT } from '../i18n';
import { formatCount, formatDelta, formatInterval, formatMetricValue, formatPValue, formatR } from './format';
import { variantInChinese } from './variantZh';

const ACRONYMS = new Set<MetricId>(['CSAT', 'DSAT', 'NPS', 'CES', 'ASA', 'AHT', 'FCR']);

/** Metric names, values and explanations in the active language. */
export function useMetricText() {
  const { locale } = useLocale();
  const t = useT();
  return useMemo(() => {
    const zh = locale === 'zh-CN';
    return {
      locale,
      label: (id: MetricId) => (zh ? METRICS[id].labelZh : METRICS[id].label),
      /** For table headers: the acronym where the trade uses one (ASA, AHT, FCR), the label otherwise. */
      short: (id: MetricId) => (ACRONYMS.has(id) ? id : zh ? METRICS[id].labelZh : METRICS[id].label),
      value: (id: MetricId, value: number | null) => formatMetricValue(id, value, locale),
      delta: (id: MetricId, delta: number | null) => formatDelta(id, delta, locale, t('metric.points')),
      interval: (id: MetricId, low: number | null, high: number | null) => formatInterval(id, low, high, locale),
      count: (n: number | null | undefined) => formatCount(n, locale),
      p: (p: number | null) => formatPValue(p, locale),
      r: (r: number | null) => formatR(r, locale),
      /** The variant in force; the server's sentence in English, ours in Chinese. */
      variant: (id: MetricId, serverText: string | undefined, settings: MetricSettings | undefined) =>
        zh ? variantInChinese(id, settings) : (serverText ?? METRICS[id].description),
      unitSuffix: (id: MetricId) => unitSuffix(id, t('metric.unit.seconds')),
    };
  }, [locale, t]);
}

/** The unit a CSV column or axis states in its header: "(%)", "(s)". */
function unitSuffix(id: MetricId, seconds: string): string {
  switch (METRICS[id].unit) {
    case 'PERCENT':
      return ' (%)';
    case 'SECONDS':
      return ` (${seconds})`;
    default:
      return '';
  }
}
