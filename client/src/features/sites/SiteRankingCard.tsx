import type { MetricId } from '@cxlens/shared';
import { useMemo, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { useSiteRanking } from '../../api/operations/siteRanking';
import { TONE_COLORS } from '../../charts/palette';
import { DataCard } from '../../components/DataCard';
import { ExportActions } from '../../components/ExportActions';
import { exportFileName } from '../../export/csv';
import { drillDownHref } from '../../filters/drilldown';
import { useFilters } from '../../filters/useFilters';
import { useT } from '../../i18n';
import { csvValue } from '../../metrics/format';
import { useMetricText } from '../../metrics/useMetricText';
import { toRankingBars } from './ranking';
import { SiteRankingChart } from './SiteRankingChart';

/** The sites ranked on one metric, against the organization, optionally mix-adjusted. */
export function SiteRankingCard({ metric, mixAdjusted }: { metric: MetricId; mixAdjusted: boolean }) {
  const t = useT();
  const text = useMetricText();
  const navigate = useNavigate();
  const chartRef = useRef<HTMLDivElement>(null);
  const { filters, metricFilter } = useFilters();
  const result = useSiteRanking({ filter: metricFilter, measure: metric, mixAdjusted });
  const ranking = result.data?.siteRanking;
  const bars = useMemo(() => (ranking ? toRankingBars(ranking) : []), [ranking]);
  const label = text.label(metric);
  const title = t(mixAdjusted ? 'sites.ranking.titleMix' : 'sites.ranking.title', { metric: label });
  const variant = ranking ? text.variant(metric, ranking.variant, undefined) : '';

  const csv = () => ({
    name: exportFileName(['site-ranking', metric, mixAdjusted ? 'mix-adjusted' : null, filters.from, filters.to]),
    header: [t('csv.rank'), t('common.site'), t('common.code'), `${label}${text.unitSuffix(metric)}`, t('csv.ciLow'), t('csv.ciHigh'), 'n', 'p (BH)', t('csv.significant'), t('csv.lowSample')],
    rows: bars.map((b) => [b.rank, b.label, b.code, csvValue(metric, b.value), csvValue(metric, b.ciLow), csvValue(metric, b.ciHigh), b.n, b.adjustedPValue, b.direction !== 'none', b.lowSample]),
  });
  const png = () => ({
    target: chartRef,
    fileName: exportFileName(['site-ranking', metric, filters.from, filters.to]),
    title,
    subtitle: `${filters.from} – ${filters.to}`,
    legend: [
      { label: t('legend.better'), color: TONE_COLORS.better },
      { label: t('legend.worse'), color: TONE_COLORS.worse },
      { label: t('legend.notSignificant'), color: TONE_COLORS.neutral },
    ],
  });

  return (
    <DataCard
      title={title}
      subtitle={variant}
      state={{ ...result, hasData: Boolean(ranking) }}
      empty={bars.every((b) => b.value === null) ? { title: t('chart.noData'), body: t('chart.noDataBody') } : null}
      actions={<ExportActions title={title} csv={csv} png={png} />}
      testId="site-ranking"
    >
      <div ref={chartRef}>
        <SiteRankingChart
          bars={bars}
          metric={metric}
          organizationValue={ranking?.organization.value ?? null}
          label={title}
          onSelect={(bar) => navigate(drillDownHref(filters, { metric, siteId: bar.siteId }, text.locale))}
        />
      </div>
      <ul className="legend" aria-label={t('legend.label')}>
        <li><span className="legend__swatch" style={{ background: TONE_COLORS.better }} aria-hidden="true" />▲/▼ {t('legend.better')}</li>
        <li><span className="legend__swatch" style={{ background: TONE_COLORS.worse }} aria-hidden="true" />▲/▼ {t('legend.worse')}</li>
        <li><span className="legend__swatch" style={{ background: TONE_COLORS.neutral }} aria-hidden="true" />{t('legend.notSignificant')}</li>
        <li><span className="legend__line" aria-hidden="true" />{t('legend.orgAverage')}</li>
        <li><span className="legend__whisker" aria-hidden="true" />{t('legend.ci')}</li>
      </ul>
      <p className="chart-note secondary-text">{mixAdjusted ? t('sites.ranking.mixNote') : t('sites.ranking.note')}</p>
    </DataCard>
  );
}
